// A fake Lark Open API on 127.0.0.1 for tests and the benchmark: the real SDK client talks to it
// through `domain: fake.url`. It records every call, honours `uuid` like Lark (one message per uuid
// per hour), fails on demand, can enforce Lark's rate limits and can go down for a while.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRateLimiter } from './fake-lark-limits';
import {
  type CallOutcome,
  type DeliveredMessage,
  type FakeLarkOptions,
  type FakeLarkServer,
  type FakeRateLimits,
  type InjectedFailure,
  LARK_RATE_LIMITS,
  type RecordedCall,
} from './fake-lark-types';

export * from './fake-lark-types';

const UUID_WINDOW_MS = 60 * 60 * 1000;
const MESSAGE_PATH = /^\/open-apis\/im\/v1\/messages\/([^/]+)(\/reply)?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Starts the fake Lark Open API on 127.0.0.1 and a random port. */
export async function startFakeLarkServer(options: FakeLarkOptions = {}): Promise<FakeLarkServer> {
  const now = options.now ?? Date.now;
  const botOpenId = options.botOpenId ?? 'ou_fake_bot';
  const limits: FakeRateLimits | null =
    options.rateLimits === true
      ? LARK_RATE_LIMITS
      : options.rateLimits
        ? { ...LARK_RATE_LIMITS, ...options.rateLimits }
        : null;

  const calls: RecordedCall[] = [];
  const messages: DeliveredMessage[] = [];
  const uuids = new Map<string, { messageId: string; at: number }>();
  const chatOf = new Map<string, string>();
  const tokens = new Set<string>();
  const failures: InjectedFailure[] = [];
  const limiter = limits ? createRateLimiter(limits) : null;
  let downUntil = 0;
  let downMode: 'reset' | 'http' = 'reset';
  let tokenCount = 0;
  let messageCount = 0;
  const sockets = new Set<Socket>();

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const at = now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      // keep the text
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: lowerHeaders(req),
      body,
      at,
      status: 0,
      outcome: 'not_found',
    };
    calls.push(call);
    const answer = (
      status: number,
      outcome: CallOutcome,
      payload: unknown,
      headers?: Record<string, string>,
    ) => {
      call.status = status;
      call.outcome = outcome;
      send(res, status, payload, headers);
    };

    if (at < downUntil) {
      call.outcome = 'outage';
      if (downMode === 'http') return answer(503, 'outage', { code: 503, msg: 'service unavailable' });
      call.status = -1;
      req.socket.destroy();
      return;
    }

    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;

    if (call.method === 'POST' && url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (
        (options.appId && b.app_id !== options.appId) ||
        (options.appSecret && b.app_secret !== options.appSecret)
      ) {
        return answer(200, 'unauthorized', { code: 10014, msg: 'app secret invalid' });
      }
      const token = `t-fake-${++tokenCount}`;
      tokens.add(token);
      return answer(200, 'token', { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }

    const auth = call.headers.authorization ?? '';
    const authorized = tokens.has(auth.replace(/^Bearer\s+/i, ''));

    if (call.method === 'GET' && url.pathname === '/open-apis/bot/v3/info') {
      if (!authorized) return answer(400, 'unauthorized', { code: 99991661, msg: 'missing access token' });
      return answer(200, 'bot_info', {
        code: 0,
        msg: 'ok',
        bot: { activate_status: 2, app_name: 'fake bot', open_id: botOpenId, ip_white_list: [] },
      });
    }

    const isCreate = call.method === 'POST' && url.pathname === '/open-apis/im/v1/messages';
    const match = MESSAGE_PATH.exec(url.pathname);
    const isReply = call.method === 'POST' && Boolean(match?.[2]);
    const isUpdate = call.method === 'PATCH' && Boolean(match) && !match?.[2];
    if (!isCreate && !isReply && !isUpdate) {
      return answer(404, 'not_found', { code: 404, msg: `no fake for ${call.method} ${url.pathname}` });
    }
    if (!authorized) return answer(400, 'unauthorized', { code: 99991661, msg: 'missing access token' });

    const failure = failures.shift();
    const lostResponse = failure?.type === 'http' && failure.afterDelivery ? failure : null;
    if (failure && !lostResponse) {
      if (failure.type === 'http') {
        return answer(failure.status, 'injected_failure', { code: failure.status, msg: 'injected failure' });
      }
      if (failure.type === 'rate_limit') {
        return answer(
          429,
          'injected_failure',
          { code: 99991400, msg: 'request trigger frequency limit' },
          { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': String(failure.resetSeconds) },
        );
      }
      return answer(failure.status ?? 200, 'injected_failure', {
        code: failure.code,
        msg: failure.msg ?? 'injected',
      });
    }

    const target = match?.[1] ? decodeURIComponent(match[1]) : null;
    const content = typeof b.content === 'string' ? b.content : null;
    if (content === null) return answer(400, 'bad_request', { code: 9499, msg: 'content is required' });

    if (isUpdate) {
      messages.push({
        messageId: target!,
        kind: 'update',
        receiveIdType: null,
        receiveId: null,
        target,
        replyInThread: false,
        msgType: typeof b.msg_type === 'string' ? b.msg_type : null,
        content,
        uuid: null,
        chatId: chatOf.get(target!) ?? null,
        at,
      });
      return answer(200, 'updated', { code: 0, msg: 'success', data: {} });
    }

    const receiveIdType = isCreate ? (call.query.receive_id_type ?? null) : null;
    const receiveId = isCreate && typeof b.receive_id === 'string' ? b.receive_id : null;
    if (isCreate && (!receiveIdType || !receiveId)) {
      return answer(400, 'bad_request', { code: 9499, msg: 'receive_id_type and receive_id are required' });
    }
    const chatId = isCreate
      ? receiveIdType === 'chat_id'
        ? receiveId
        : null
      : (chatOf.get(target!) ?? null);
    const receiver = isCreate
      ? `${receiveIdType}:${receiveId}`
      : chatId
        ? `chat_id:${chatId}`
        : `message:${target}`;
    const wait = limiter ? limiter.admit(receiver, at) : 0;
    if (wait > 0) {
      return answer(
        429,
        'rate_limited',
        { code: 99991400, msg: 'request trigger frequency limit' },
        {
          'x-ogw-ratelimit-limit': String(limits?.perApp ?? 50),
          'x-ogw-ratelimit-reset': String(Math.max(1, Math.ceil(wait / 1000))),
        },
      );
    }

    const uuid = typeof b.uuid === 'string' && b.uuid !== '' ? b.uuid : null;
    const seen = uuid ? uuids.get(uuid) : undefined;
    const data = (messageId: string) => ({
      message_id: messageId,
      chat_id: chatId ?? 'oc_fake_chat',
      msg_type: b.msg_type,
      body: { content },
      create_time: String(at),
      ...(isReply ? { parent_id: target, root_id: target } : {}),
    });
    if (seen && at - seen.at < UUID_WINDOW_MS) {
      return answer(200, 'duplicate', { code: 0, msg: 'success', data: data(seen.messageId) });
    }
    const messageId = `om_fake_${++messageCount}`;
    if (uuid) uuids.set(uuid, { messageId, at });
    if (chatId) chatOf.set(messageId, chatId);
    messages.push({
      messageId,
      kind: isCreate ? 'create' : 'reply',
      receiveIdType,
      receiveId,
      target: isReply ? target : null,
      replyInThread: b.reply_in_thread === true,
      msgType: typeof b.msg_type === 'string' ? b.msg_type : null,
      content,
      uuid,
      chatId,
      at,
    });
    if (lostResponse) {
      return answer(lostResponse.status, 'delivered_then_failed', {
        code: lostResponse.status,
        msg: 'injected',
      });
    }
    return answer(200, 'delivered', { code: 0, msg: 'success', data: data(messageId) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { code: 500, msg: String(error) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    botOpenId,
    calls,
    messages,
    sendCalls: () =>
      calls.filter((c) => c.method === 'POST' && c.path.startsWith('/open-apis/im/v1/messages')),
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    goDown(ms, mode = 'reset') {
      downUntil = now() + ms;
      downMode = mode;
      if (mode === 'reset') for (const socket of sockets) socket.destroy();
    },
    registerMessage(messageId, chatId) {
      chatOf.set(messageId, chatId);
    },
    reset() {
      calls.length = 0;
      messages.length = 0;
      uuids.clear();
      failures.length = 0;
      downUntil = 0;
      limiter?.reset();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
