// Assembles the bot from what a runtime has loaded: Lark client, handler ports, runtime and app. The
// entries (and the in-process test apps) call this; loading config, database, knowledge and the
// organisation file is what differs between runtimes and stays in src/entry/.
import type { HandlerPorts } from '../handlers/ports';
import { createApp } from './app';
import type { Config } from './config';
import type { ConductEngine } from './domain/conduct/engine';
import type { Org } from './domain/org/org-types';
import { createHandlerPorts } from './handler-ports';
import { createLarkClient, type LarkClient } from './lark/client';
import { createRuntime, type RuntimeOptions } from './runtime';

/** Where the handlers' ports come from: the knowledge and organisation, or ready-made ports (tests). */
type PortChoice =
  | { engine: ConductEngine; org: Org; ports?: never }
  | { ports: HandlerPorts; engine?: never; org?: never };

/** What `createBot` needs: the runtime's options, with the Lark client and the ports optional. */
export type BotOptions = Omit<RuntimeOptions, 'lark' | 'ports'> & {
  /** The outbound client; by default the SDK client built from config (none without app credentials). */
  lark?: LarkClient | null;
} & PortChoice;

/** The assembled bot: the Hono app both runtimes serve and the runtime behind it. */
export type Bot = ReturnType<typeof createBot>;

/** The official SDK client for the configured app, or null when no app credentials are set (local mode). */
export function larkFromConfig(config: Config): LarkClient | null {
  return config.LARK_APP_ID && config.LARK_APP_SECRET
    ? createLarkClient({
        appId: config.LARK_APP_ID,
        appSecret: config.LARK_APP_SECRET,
        domain: config.LARK_DOMAIN,
      })
    : null;
}

/** Builds Lark client, handler ports, runtime and app the same way on every runtime. */
export function createBot(options: BotOptions) {
  // engine, org and ports become the runtime's ports below; the rest are the runtime's own options.
  const { engine, org, ports, lark, ...runtimeOptions } = options;
  const { config, database, now, log } = runtimeOptions;
  const client = lark === undefined ? larkFromConfig(config) : lark;
  const runtime = createRuntime({
    ...runtimeOptions,
    lark: client,
    ports: options.ports
      ? options.ports
      : createHandlerPorts({ database, engine: options.engine, org: options.org }),
  });
  const app = createApp({ config, database, runtime, now, log });
  return { app, runtime, lark: client };
}
