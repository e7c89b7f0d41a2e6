import { openTestDatabase } from '../support/test-database';
import { ticketRepositoryContract } from './tickets-contract';

ticketRepositoryContract('better-sqlite3', async () => {
  const database = openTestDatabase();
  return { database, close: () => database.close() };
});
