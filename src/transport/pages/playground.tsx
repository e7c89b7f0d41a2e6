// The local playground (local mode only): messages and button clicks go through the real runtime
// (accept → processStored, handleCardAction) and the answers are read back from the local outbox.
import { Hono, type MiddlewareHandler } from 'hono';
import { createPlaygroundRepository } from '../../db/repositories/playground-repository';
import type { CardActionUpdate, MessageUpdate } from '../../domain/chat/update';
import { renderCard } from '../../lark/render';
import { jsonError } from '../errors';
import { runAfterResponse } from '../run-after-response';
import { csrfToken, csrfValid } from './csrf';
import { renderPage } from './layout';
import type { PageDeps } from './page-deps';
import { PLAYGROUND_SCRIPT } from './playground-script';
import { PlaygroundPage } from './playground-view';
import { IDENTITIES, type Identity, operatorFor, parseIdentity } from './recipients';

/** Longest message the playground accepts (Lark's own limit is far higher; questions are short). */
const MAX_TEXT = 2000;
/** Replaced cards remembered in memory (the playground is a local, single-process tool). */
const MAX_REPLACED = 500;

const TONES = new Set(['info', 'success', 'warning', 'error']);

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

function back(identity: Identity, params: Record<string, string>, anchor: string): string {
  const query = new URLSearchParams({ as: identity, ...params });
  return `/?${query.toString()}#${anchor}`;
}

/** GET / and the two POST endpoints behind it; every route answers 404 JSON in Lark mode. */
export function playgroundRoutes(deps: PageDeps) {
  const { config, runtime, database, now } = deps;
  const store = createPlaygroundRepository(database.db);
  const replaced = new Map<number, string>();
  const app = new Hono();

  const localOnly: MiddlewareHandler = async (c, next) => {
    if (config.mode !== 'local') {
      return jsonError(
        c,
        404,
        'not_found',
        'The playground exists only in local mode (no Lark credentials).',
      );
    }
    await next();
  };
  app.use('/', localOnly);
  app.use('/playground/*', localOnly);

  app.get('/', async (c) => {
    const identity = parseIdentity(c.req.query('as'));
    const id = IDENTITIES[identity];
    const toastText = c.req.query('toast');
    const tone = c.req.query('tone') ?? 'info';
    const [messages, botRows, outbox] = await Promise.all([
      store.playgroundMessages(id.eventPrefix, 30),
      store.outboxTo([id.chatId, id.openId], 60),
      runtime.outbox.recent(40, ['local']),
    ]);
    return renderPage(
      c,
      { title: '本地体验', section: 'playground', local: true, script: PLAYGROUND_SCRIPT },
      <PlaygroundPage
        data={{
          identity,
          csrf: csrfToken(c),
          messages,
          botRows,
          outbox,
          replaced,
          toast: toastText ? { text: toastText.slice(0, 200), tone: TONES.has(tone) ? tone : 'info' } : null,
          focus: c.req.query('focus') ?? null,
          org: deps.org,
        }}
      />,
    );
  });

  app.post('/playground/message', async (c) => {
    const form = await c.req.parseBody();
    const identity = parseIdentity(form.as);
    if (!(await csrfValid(c, form._csrf))) {
      return c.redirect(
        back(identity, { toast: '页面已过期，请重新发送。', tone: 'warning' }, 'pg-text'),
        303,
      );
    }
    const raw = typeof form.sample === 'string' && form.sample ? form.sample : form.text;
    const text = typeof raw === 'string' ? raw.trim().slice(0, MAX_TEXT) : '';
    if (!text)
      return c.redirect(back(identity, { toast: '请先输入内容。', tone: 'warning' }, 'pg-text'), 303);

    const who = IDENTITIES[identity];
    const seq = randomId();
    const update: MessageUpdate = {
      kind: 'message',
      eventId: `${who.eventPrefix}${seq}`,
      messageId: `om_playground_${identity}_${seq}`,
      chatId: who.chatId,
      chatType: 'p2p',
      threadId: null,
      senderId: who.openId,
      text,
      attachments: [],
      sentAt: now(),
    };
    const before = (await runtime.outbox.recent(1))[0]?.id ?? 0;
    const stored = await runtime.accept(update);
    if (stored !== null) await runtime.processStored(stored, update);
    const produced = await runtime.outbox.since(before, 50);
    const answered = produced.some((row) => row.replyTo === update.messageId);
    const params: Record<string, string> = { focus: 'latest' };
    if (!answered) {
      params.toast = '机器人这次没有回复（处理出错时会自动重试，详见服务器日志）。';
      params.tone = 'warning';
    } else if (produced.length > 1) {
      params.toast = `另有 ${produced.length - 1} 条消息发给了其他人，见右侧（手机上在下方）「发件箱」。`;
      params.tone = 'info';
    }
    return c.redirect(back(identity, params, 'latest'), 303);
  });

  app.post('/playground/action', async (c) => {
    const form = await c.req.parseBody();
    const identity = parseIdentity(form.as);
    if (!(await csrfValid(c, form._csrf))) {
      return c.redirect(back(identity, { toast: '页面已过期，请再点一次。', tone: 'warning' }, 'chat'), 303);
    }
    const rowId = Number(form.row);
    const row = Number.isInteger(rowId)
      ? (await runtime.outbox.since(rowId - 1, 1)).find((r) => r.id === rowId && r.status === 'local')
      : undefined;
    let value: unknown = null;
    try {
      value = JSON.parse(typeof form.value === 'string' ? form.value : 'null');
    } catch {
      value = null;
    }
    if (!row || typeof value !== 'object' || value === null || Array.isArray(value)) {
      return c.redirect(back(identity, { toast: '这个按钮已失效。', tone: 'warning' }, 'chat'), 303);
    }
    const fields: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(form)) {
      if (key.startsWith('form.') && typeof v === 'string') fields[key.slice(5)] = v;
    }
    const update: CardActionUpdate = {
      kind: 'card_action',
      eventId: `pg-action-${randomId()}`,
      operatorId: operatorFor(row, deps.org),
      messageId: row.larkMessageId ?? `om_playground_row_${row.id}`,
      chatId: row.receiveIdType === 'chat_id' ? row.receiveId : null,
      value: value as Record<string, unknown>,
      form: fields,
    };
    const stored = await runtime.accept(update);
    const result = await runtime.handleCardAction(stored, update, (task) => runAfterResponse(c, task));
    if (result.card) {
      replaced.delete(row.id);
      replaced.set(row.id, JSON.stringify(renderCard(result.card)));
      while (replaced.size > MAX_REPLACED) replaced.delete(replaced.keys().next().value!);
    }
    const own = [IDENTITIES[identity].chatId, IDENTITIES[identity].openId].includes(row.receiveId);
    const anchor = `${own ? 'card' : 'outbox'}-${row.id}`;
    const params: Record<string, string> = { focus: anchor };
    if (result.toast) {
      params.toast = result.toast.text;
      params.tone = result.toast.type;
    } else if (result.card) {
      params.toast = '卡片已更新。';
      params.tone = 'success';
    }
    return c.redirect(back(identity, params, anchor), 303);
  });

  return app;
}
