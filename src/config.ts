import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const larkDomain = z
  .string()
  .trim()
  .refine((v) => v === 'feishu' || v === 'lark' || /^https?:\/\/[^\s/]+(:\d+)?\/?$/.test(v), {
    message: 'must be "feishu", "lark" or a base URL such as http://127.0.0.1:9999',
  });

const portError = 'must be a whole number from 1 to 65535';

const configSchema = z
  .object({
    PORT: z.coerce
      .number({ error: portError })
      .int({ error: portError })
      .min(1, { error: portError })
      .max(65535, { error: portError })
      .default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    DATABASE_PATH: z.string().trim().min(1).default('./data/qinqing.db'),
    LARK_APP_ID: optional,
    LARK_APP_SECRET: optional,
    LARK_VERIFICATION_TOKEN: optional,
    LARK_ENCRYPT_KEY: optional,
    LARK_DOMAIN: larkDomain.default('feishu'),
    ORG_FILE: z.string().trim().min(1).default('knowledge/org.yaml'),
    KNOWLEDGE_DIR: optional,
    ADMIN_TOKEN: optional,
  })
  .superRefine((c, ctx) => {
    if (c.LARK_APP_ID && !c.LARK_APP_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['LARK_APP_SECRET'],
        message: 'is required when LARK_APP_ID is set',
      });
    }
    if (c.LARK_APP_ID && !c.LARK_VERIFICATION_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['LARK_VERIFICATION_TOKEN'],
        message: 'is required when LARK_APP_ID is set (every event is checked against it)',
      });
    }
    if (c.ADMIN_TOKEN !== undefined && c.ADMIN_TOKEN.length < 12) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_TOKEN'], message: 'must be at least 12 characters' });
    }
  });

/** The validated configuration; `mode` is derived: without an app id the bot keeps messages locally. */
export type Config = z.infer<typeof configSchema> & { mode: 'lark' | 'local' };

/** Thrown by `loadConfig` with one line naming the variable and what is wrong. */
export class ConfigError extends Error {}

/** Validates raw environment strings (process.env, or Worker bindings) into a Config. */
export function loadConfig(env: Record<string, unknown>): Config {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape ?? {})) {
    const value = env[key];
    if (typeof value === 'string' || typeof value === 'number') picked[key] = String(value);
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join('.') || 'configuration';
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`);
  }
  return { ...parsed.data, mode: parsed.data.LARK_APP_ID ? 'lark' : 'local' };
}
