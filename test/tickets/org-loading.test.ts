import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadNodeOrg } from '../../src/entry/node-org';
import { loadOrgText, OrgFileError } from '../../src/org-loading';

describe('loading the organisation file', () => {
  it('should load the shipped knowledge/org.yaml', () => {
    const org = loadNodeOrg('knowledge/org.yaml');
    expect(org.disciplineOffice.name).toBe('示例市纪委监委');
    expect(org.departments.some((d) => d.id === 'zjj')).toBe(true);
  });

  it('should stop with one line naming ORG_FILE, the path and every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qinqing-org-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'org.yaml');
    writeFileSync(
      path,
      'name: 坏\ndiscipline_office:\n  name: x\n  handlers: [bad]\ndepartments: []\nadmins: []\n',
    );
    expect(() => loadNodeOrg(path)).toThrow(OrgFileError);
    expect(() => loadNodeOrg(path)).toThrow(
      /^Invalid configuration: ORG_FILE .*org\.yaml has \d+ problems?: .*discipline_office\.handlers\[0\]/,
    );
    expect(() => loadNodeOrg(join(dir, 'missing.yaml'))).toThrow(/ORG_FILE .*missing\.yaml does not exist/);
    expect(() => loadOrgText('', 'bundled')).toThrow(/ORG_FILE bundled has 1 problem: /);
  });
});
