// The ports handlers may use; src/runtime.ts supplies them (drizzle, the corpus, the org file).

/** Everything handlers can reach; each feature adds its port here. */
export type HandlerPorts = Record<string, never>;
