// The one schema both drivers (better-sqlite3 and D1) run.
export * from './conduct';
export * from './inbox';
export * from './kv';
export * from './outbox';
export * from './tickets';
