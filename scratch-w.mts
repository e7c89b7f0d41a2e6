import { unstable_startWorker } from 'wrangler';
import { startFakeLarkServer } from '/work/main/test/fakes/fake-lark-server';
import { messageEvent, toWire, TEST_LARK, postInit } from '/work/main/test/support/lark-events';
const fake = await startFakeLarkServer();
const t0 = Date.now();
const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  bindings: {
    LARK_DOMAIN: { type: 'plain_text', value: fake.url },
    LARK_APP_ID: { type: 'plain_text', value: TEST_LARK.appId },
    LARK_APP_SECRET: { type: 'plain_text', value: TEST_LARK.appSecret },
    LARK_VERIFICATION_TOKEN: { type: 'plain_text', value: TEST_LARK.verificationToken },
    LARK_ENCRYPT_KEY: { type: 'plain_text', value: TEST_LARK.encryptKey },
  },
  dev: { persist: '/tmp/wp', server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'warn' },
});
await worker.ready;
console.log('ready in', Date.now() - t0, String(await worker.url));
let res = await worker.fetch('http://x/healthz');
console.log(res.status, await res.text());
const wire = await toWire(messageEvent({ messageId: 'om_w' }), { encryptKey: TEST_LARK.encryptKey });
res = await worker.fetch('http://x/lark/events', postInit(wire) as any);
console.log(res.status, await res.text());
for (let i = 0; i < 50 && fake.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
console.log(fake.calls.map((c) => `${c.method} ${c.path} ${c.outcome}`));
res = await worker.fetch('http://x/lark/events', postInit(wire) as any);
console.log(res.status, await res.text());
await worker.dispose();
await fake.close();
console.log('done in', Date.now() - t0);
