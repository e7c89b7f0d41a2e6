import { defineConfig } from 'drizzle-kit';

// Migrations are generated here only (`npm run db:generate`) and applied by migrate() on Node
// and `wrangler d1 migrations apply DB` on Workers: one folder for both.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
