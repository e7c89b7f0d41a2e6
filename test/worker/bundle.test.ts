import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runWrangler } from '../support/wrangler';

/** The budget for the gzipped Worker bundle (Cloudflare's free plan allows 3 MiB). */
const MAX_GZIPPED_BYTES = 1024 * 1024;

describe('wrangler deploy --dry-run', () => {
  it('should bundle the Worker from wrangler.toml within 1 MiB gzipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qinqing-bundle-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'out');
    const result = await runWrangler(['deploy', '--dry-run', '--outdir', out], join(dir, 'logs'));
    expect(result.code, result.stderr).toBe(0);

    const scripts = readdirSync(out).filter((f) => /\.(m?js|wasm)$/.test(f));
    expect(scripts).toContain('worker.js');
    const gzipped = scripts.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(MAX_GZIPPED_BYTES);
    // The SDK reads __dirname at import time; wrangler.toml's [define] must have replaced it.
    expect(readFileSync(join(out, 'worker.js'), 'utf8')).not.toMatch(/\b__dirname\b/);
  });
});
