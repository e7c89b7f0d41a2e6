// Reading the organisation file (ORG_FILE) on either runtime: Node reads the file, the Worker bundles
// knowledge/org.yaml as text. Both go through here, so a broken file stops the start the same way.

import type { Org } from './domain/org/org-types';
import { parseOrgFile } from './domain/org/parse-org-file';

/** Thrown when the organisation file is invalid: one line naming ORG_FILE, then each problem with its path. */
export class OrgFileError extends Error {}

/** Parses and validates the organisation file's text; `origin` names it in the error (a path). */
export function loadOrgText(yamlText: string, origin: string): Org {
  const result = parseOrgFile(yamlText);
  if (result.ok) return result.org;
  const count = result.errors.length;
  throw new OrgFileError(
    `Invalid configuration: ORG_FILE ${origin} has ${count} problem${count === 1 ? '' : 's'}: ${result.errors.join('; ')}`,
  );
}
