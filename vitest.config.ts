import { defineConfig } from 'vitest/config';

// Node environment everywhere: the Lark SDK picks the XHR adapter under jsdom (node-sdk#74).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
