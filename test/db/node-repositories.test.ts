import { openTestDatabase } from '../support/test-database';
import { repositoryContract } from './repository-contract';

repositoryContract('better-sqlite3', async () => {
  const database = openTestDatabase();
  return { database, close: () => database.close() };
});
