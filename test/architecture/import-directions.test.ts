import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of STYLE.md, enforced: domain code is plain TypeScript, handlers return data.
const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function resolved(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(root, join(root, file, '..', spec));
}

const FORBIDDEN: Record<string, RegExp[]> = {
  'src/domain': [
    /^hono/,
    /^drizzle-orm/,
    /^@larksuiteoapi/,
    /^node:/,
    /^src\/(lark|db|transport|entry)/,
    /^handlers/,
  ],
  handlers: [/^hono/, /^drizzle-orm/, /^@larksuiteoapi/, /^node:/, /^src\/(lark|db|transport|entry)/],
  'src/lark': [/^src\/(db|transport|entry)/, /^handlers/, /^hono/],
};

describe('import directions', () => {
  for (const [dir, rules] of Object.entries(FORBIDDEN)) {
    it(`should keep ${dir} free of the layers above it`, () => {
      const violations = files(dir).flatMap((file) =>
        imports(file)
          .map((spec) => resolved(file, spec))
          .filter((target) => rules.some((rule) => rule.test(target)))
          .map((target) => `${file} → ${target}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('should keep runtime-specific modules out of the shared code', () => {
    const shared = [...files('src'), ...files('handlers')].filter(
      (f) => !f.startsWith('src/entry/') && f !== 'src/db/node-database.ts' && f !== 'src/db/d1-database.ts',
    );
    const violations = shared.flatMap((file) =>
      imports(file)
        .filter((spec) => /^(better-sqlite3|@hono\/node-server|drizzle-orm\/(better-sqlite3|d1))/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(violations).toEqual([]);
  });

  it('should keep the entries on top: shared code (bootstrap included) never imports src/entry', () => {
    const shared = [...files('src'), ...files('handlers')].filter((f) => !f.startsWith('src/entry/'));
    const violations = shared.flatMap((file) =>
      imports(file)
        .map((spec) => resolved(file, spec))
        .filter((target) => target.startsWith('src/entry'))
        .map((target) => `${file} → ${target}`),
    );
    expect(violations).toEqual([]);
  });
});
