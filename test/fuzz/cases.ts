// Seeded generators of hostile bodies for POST /lark/events. None of them is a valid, acceptable event:
// every one must be refused with a 4xx. A fixed seed makes every run send the same bytes.
import { larkEncrypt, larkSignature } from '../../src/lark/crypto';
import { cardActionEvent, messageEvent, TEST_LARK, urlVerification } from '../support/lark-events';

/** One hostile request. */
export interface FuzzCase {
  name: string;
  body: Uint8Array | string;
  headers: Record<string, string>;
  method?: string;
}

/** mulberry32: a small deterministic PRNG. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    bytes: (length: number) => Uint8Array.from({ length }, () => int(256)),
    string: (
      length: number,
      alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789亲清政商"\\{}[]:,\u0000\u202e',
    ) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join(''),
  };
}

type Random = ReturnType<typeof seededRandom>;

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
  'application/xml',
  '',
];

/** Signs a body like Lark (fresh timestamp unless given). */
async function signed(
  body: string,
  options: { timestamp?: string; nonce?: string } = {},
): Promise<FuzzCase['headers']> {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? 'fuzz-nonce';
  return {
    ...JSON_TYPE,
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': nonce,
    'x-lark-signature': await larkSignature(timestamp, nonce, TEST_LARK.encryptKey, body),
  };
}

/** Encrypts and signs a payload exactly like Lark: only the payload itself is wrong. */
async function sealed(name: string, payload: unknown): Promise<FuzzCase> {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const body = JSON.stringify({ encrypt: await larkEncrypt(text, TEST_LARK.encryptKey) });
  return { name, body, headers: await signed(body) };
}

function nested(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** A message event whose one field `path` is replaced by `value`. */
function brokenMessage(path: string[], value: unknown): unknown {
  const event = messageEvent({ text: '老板请吃饭能去吗' }) as unknown as Record<string, unknown>;
  let target = event;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return event;
}

async function randomBytes(r: Random): Promise<FuzzCase> {
  const type = r.pick(CONTENT_TYPES);
  return { name: 'random bytes', body: r.bytes(r.int(3000)), headers: type ? { 'content-type': type } : {} };
}

async function wrongTypes(r: Random): Promise<FuzzCase> {
  const values = [
    'null',
    '0',
    '-1e309',
    '"x"',
    'true',
    '[]',
    '[{}]',
    '""',
    '{"schema":2}',
    '{"header":[]}',
    '{"encrypt":123}',
    '{"encrypt":""}',
    '{"encrypt":null}',
    '{"encrypt":["a"]}',
    '{"type":"url_verification"}',
    '{"type":"url_verification","challenge":{}}',
  ];
  const body = r.pick(values);
  return r.next() < 0.5
    ? { name: `wrong type ${body}`, body, headers: JSON_TYPE }
    : { name: `wrong type signed ${body}`, body, headers: await signed(body) };
}

async function deepNesting(r: Random): Promise<FuzzCase> {
  const depth = r.pick([1000, 10_000, 100_000]);
  const inner = r.next() < 0.5 ? nested(depth, '[', ']', '1') : nested(depth, '{"a":', '}', '1');
  const kind = r.int(3);
  if (kind === 0) return { name: `nested ${depth} plain`, body: inner, headers: JSON_TYPE };
  if (kind === 1) return { name: `nested ${depth} signed`, body: inner, headers: await signed(inner) };
  // Sealed and signed properly, the nesting inside the event (and as the whole event).
  const payload =
    r.next() < 0.5
      ? `{"schema":"2.0","header":${inner},"event":{}}`
      : JSON.stringify(
          brokenMessage(['event', 'message'], JSON.parse(nested(Math.min(depth, 1000), '{"a":', '}', '1'))),
        );
  return sealed(`nested ${depth} sealed`, payload);
}

async function hugeStrings(r: Random): Promise<FuzzCase> {
  const kind = r.int(4);
  if (kind === 0)
    return {
      name: 'over 1 MiB',
      body: `{"x":"${'a'.repeat(1024 * 1024 + r.int(1000))}"}`,
      headers: JSON_TYPE,
    };
  if (kind === 1)
    return {
      name: 'just under 1 MiB, unsigned',
      body: `{"x":"${'亲'.repeat(300_000)}"}`,
      headers: JSON_TYPE,
    };
  if (kind === 2) {
    return sealed('huge event id', brokenMessage(['header', 'event_id'], 'e'.repeat(200_000)));
  }
  return sealed('huge message content', brokenMessage(['event', 'message', 'content'], 'x'.repeat(600_000)));
}

async function forgedEncryption(r: Random): Promise<FuzzCase> {
  const real = await larkEncrypt(JSON.stringify(messageEvent()), TEST_LARK.encryptKey);
  const kind = r.int(6);
  let encrypt: string;
  if (kind === 0) encrypt = btoa(String.fromCharCode(...r.bytes(16 * (1 + r.int(8)))));
  else if (kind === 1) encrypt = real.slice(0, Math.max(4, r.int(real.length)));
  else if (kind === 2) {
    const bytes = Uint8Array.from(atob(real), (ch) => ch.charCodeAt(0));
    bytes[16 + r.int(bytes.length - 16)]! ^= 1 << r.int(8);
    encrypt = btoa(String.fromCharCode(...bytes));
  } else if (kind === 3) encrypt = await larkEncrypt(JSON.stringify(messageEvent()), 'some-other-key');
  else if (kind === 4) encrypt = `${real.slice(0, 10)}!!!${real.slice(13)}`;
  else encrypt = await larkEncrypt(r.string(50), TEST_LARK.encryptKey);
  const body = JSON.stringify({ encrypt });
  return { name: `forged encryption ${kind}`, body, headers: await signed(body) };
}

async function badSignatures(r: Random): Promise<FuzzCase> {
  const good = await sealed('', messageEvent());
  const body = good.body as string;
  const kind = r.int(6);
  if (kind === 0)
    return {
      name: 'wrong signature',
      body,
      headers: { ...good.headers, 'x-lark-signature': 'a'.repeat(64) },
    };
  if (kind === 1) {
    const { 'x-lark-signature': _drop, ...rest } = good.headers;
    return { name: 'no signature', body, headers: rest };
  }
  if (kind === 2)
    return {
      name: 'stale timestamp',
      body,
      headers: await signed(body, { timestamp: String(Math.floor(Date.now() / 1000) - 3600) }),
    };
  if (kind === 3) {
    const timestamp = r.string(12, '0123456789-:. +abcXYZ');
    return { name: `garbage timestamp ${timestamp}`, body, headers: await signed(body, { timestamp }) };
  }
  if (kind === 4) return { name: 'body changed after signing', body: `${body} `, headers: good.headers };
  return {
    name: 'signature of another key',
    body,
    headers: {
      ...good.headers,
      'x-lark-signature': await larkSignature(
        good.headers['x-lark-request-timestamp']!,
        'fuzz-nonce',
        'other',
        body,
      ),
    },
  };
}

async function wrongIdentity(r: Random): Promise<FuzzCase> {
  return r.next() < 0.5
    ? sealed('wrong token', messageEvent({ token: r.string(20) }))
    : sealed('wrong app id', messageEvent({ appId: `cli_${r.string(16)}` }));
}

async function malformedEnvelopes(r: Random): Promise<FuzzCase> {
  const breakers: [string[], unknown][] = [
    [['schema'], '1.0'],
    [['schema'], 2],
    [['header'], null],
    [['header', 'event_id'], ''],
    [['header', 'event_id'], 42],
    [['header', 'event_type'], ['im.message.receive_v1']],
    [['event'], []],
    [['event'], 'event'],
    [['event', 'sender'], null],
    [['event', 'sender', 'sender_id'], 'ou_x'],
    [['event', 'message', 'message_id'], null],
    [['event', 'message', 'chat_id'], { id: 1 }],
    [['event', 'message', 'content'], { text: 'not a string' }],
    [['event', 'message', 'content'], '{not json'],
    [['event', 'message', 'message_type'], 7],
    [['event', 'message', 'mentions'], Array.from({ length: 500 }, () => ({ key: '@_user_1', id: {} }))],
    [['event', 'message', 'mentions'], 'everyone'],
  ];
  const [path, value] = r.pick(breakers);
  if (r.next() < 0.2) {
    const card = cardActionEvent() as unknown as { event: Record<string, unknown> };
    card.event.operator = r.pick([null, 'ou_x', { open_id: 5 }]);
    return sealed('malformed card action', card);
  }
  return sealed(`malformed ${path.join('.')}`, brokenMessage(path, value));
}

async function wrongContentTypes(r: Random): Promise<FuzzCase> {
  const type = r.pick(CONTENT_TYPES.slice(1));
  const bodies = [
    'a=1&b=2',
    '------x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n------x--',
    '<xml/>',
    r.string(200),
  ];
  return {
    name: `content type ${type}`,
    body: r.pick(bodies),
    headers: type ? { 'content-type': type } : {},
  };
}

async function handshakes(r: Random): Promise<FuzzCase> {
  const kind = r.int(4);
  if (kind === 0)
    return {
      name: 'handshake wrong token',
      body: JSON.stringify(urlVerification({ token: r.string(10) })),
      headers: JSON_TYPE,
    };
  if (kind === 1)
    return {
      name: 'handshake long challenge',
      body: JSON.stringify(urlVerification({ challenge: r.string(600) })),
      headers: JSON_TYPE,
    };
  if (kind === 2) return sealed('sealed handshake wrong token', urlVerification({ token: 'nope' }));
  return {
    name: 'handshake without challenge',
    body: JSON.stringify({ type: 'url_verification', token: TEST_LARK.verificationToken }),
    headers: JSON_TYPE,
  };
}

async function invalidUtf8(r: Random): Promise<FuzzCase> {
  const prefix = new TextEncoder().encode('{"encrypt":"');
  const bad = Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]);
  const body = new Uint8Array([...prefix, ...bad.slice(0, 1 + r.int(bad.length)), 0x22, 0x7d]);
  return { name: 'invalid utf-8', body, headers: JSON_TYPE };
}

async function otherMethods(r: Random): Promise<FuzzCase> {
  return { name: 'other method', method: r.pick(['GET', 'PUT', 'DELETE', 'PATCH']), body: '', headers: {} };
}

const GENERATORS = [
  randomBytes,
  wrongTypes,
  deepNesting,
  hugeStrings,
  forgedEncryption,
  badSignatures,
  wrongIdentity,
  malformedEnvelopes,
  wrongContentTypes,
  handshakes,
  invalidUtf8,
  otherMethods,
];

/** `count` cases from the seed, every generator in turn. */
export async function fuzzCases(seed: number, count: number): Promise<FuzzCase[]> {
  const r = seededRandom(seed);
  const out: FuzzCase[] = [];
  for (let i = 0; i < count; i++) out.push(await GENERATORS[i % GENERATORS.length]!(r));
  return out;
}

/** Malformed envelopes sent in the clear, for an app without an Encrypt Key (token-only mode). */
export async function plainCases(seed: number, count: number): Promise<FuzzCase[]> {
  const r = seededRandom(seed);
  const out: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const sealedCase = await malformedEnvelopes(r);
    const { encrypt } = JSON.parse(sealedCase.body as string) as { encrypt: string };
    out.push({
      name: `${sealedCase.name} (plain)`,
      body: await decryptForPlain(encrypt),
      headers: JSON_TYPE,
    });
  }
  return out;
}

async function decryptForPlain(encrypt: string): Promise<string> {
  const { larkDecrypt } = await import('../../src/lark/crypto');
  return larkDecrypt(encrypt, TEST_LARK.encryptKey);
}
