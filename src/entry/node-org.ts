// Node only: reads ORG_FILE from disk.
import { existsSync, readFileSync } from 'node:fs';
import type { Org } from '../domain/org/org-types';
import { loadOrgText, OrgFileError } from '../org-loading';

/** Reads and validates the organisation file at `path` (ORG_FILE); throws OrgFileError naming what is wrong. */
export function loadNodeOrg(path: string): Org {
  if (!existsSync(path)) throw new OrgFileError(`Invalid configuration: ORG_FILE ${path} does not exist`);
  return loadOrgText(readFileSync(path, 'utf8'), path);
}
