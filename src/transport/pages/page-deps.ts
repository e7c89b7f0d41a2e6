import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Org } from '../../domain/org';
import type { Runtime } from '../../runtime';

/** What the page routes need from the app. */
export interface PageDeps {
  config: Config;
  database: Database;
  runtime: Runtime;
  now: () => number;
  log: (line: string) => void;
  /** The organisation file, for department and recipient names; pages fall back to ids without it. */
  org: Org | null;
}
