import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

function errorOf(env: Record<string, unknown>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('should default to local mode on 127.0.0.1:3000 with the feishu domain', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      PORT: 3000,
      HOST: '127.0.0.1',
      DATABASE_PATH: './data/qinqing.db',
      LARK_DOMAIN: 'feishu',
      ORG_FILE: 'knowledge/org.yaml',
    });
    expect(config.LARK_APP_ID).toBeUndefined();
  });

  it('should switch to Lark mode with an app id, secret and verification token', () => {
    const config = loadConfig({
      LARK_APP_ID: 'cli_0123456789abcdef',
      LARK_APP_SECRET: 's',
      LARK_VERIFICATION_TOKEN: 't',
      LARK_DOMAIN: 'http://127.0.0.1:9999',
      PORT: '8080',
    });
    expect(config).toMatchObject({ mode: 'lark', PORT: 8080, LARK_DOMAIN: 'http://127.0.0.1:9999' });
  });

  it('should treat empty strings as unset', () => {
    expect(loadConfig({ LARK_APP_ID: '', LARK_ENCRYPT_KEY: '  ' })).toMatchObject({ mode: 'local' });
  });

  it('should name LARK_APP_SECRET in one line when LARK_APP_ID is set without it', () => {
    const message = errorOf({ LARK_APP_ID: 'cli_0123456789abcdef', LARK_VERIFICATION_TOKEN: 't' });
    expect(message).toContain('LARK_APP_SECRET');
    expect(message).not.toContain('\n');
  });

  it('should name LARK_VERIFICATION_TOKEN when LARK_APP_ID is set without it', () => {
    const message = errorOf({ LARK_APP_ID: 'cli_0123456789abcdef', LARK_APP_SECRET: 's' });
    expect(message).toContain('LARK_VERIFICATION_TOKEN');
    expect(message).not.toContain('\n');
  });

  it.each(['larksuite', 'ftp://example.com', 'http://', 'http://host/with/path', 'https://a b'])(
    'should refuse LARK_DOMAIN=%s in one line naming it',
    (domain) => {
      const message = errorOf({ LARK_DOMAIN: domain });
      expect(message).toContain('LARK_DOMAIN');
      expect(message).not.toContain('\n');
    },
  );

  it.each(['lark', 'feishu', 'https://open.larksuite.com', 'http://127.0.0.1:9999/'])(
    'should accept LARK_DOMAIN=%s',
    (domain) => {
      expect(loadConfig({ LARK_DOMAIN: domain }).LARK_DOMAIN).toBe(domain);
    },
  );

  it.each(['0', '70000', 'abc', '80.5', '-1'])('should refuse PORT=%s in one line naming it', (port) => {
    const message = errorOf({ PORT: port });
    expect(message).toContain('PORT');
    expect(message).not.toContain('\n');
  });

  it('should refuse an ADMIN_TOKEN shorter than 12 characters', () => {
    expect(errorOf({ ADMIN_TOKEN: 'short' })).toContain('ADMIN_TOKEN');
  });
});
