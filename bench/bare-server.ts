// The baseline of the ack benchmark: a bare Hono app on @hono/node-server that only reads the body.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/lark/events', async (c) => {
  await c.req.text();
  return c.json({ ok: true });
});
app.get('/healthz', (c) => c.json({ ok: true }));

const port = Number(process.env.PORT ?? 0);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`bare hono listening on http://127.0.0.1:${info.port}`);
});
