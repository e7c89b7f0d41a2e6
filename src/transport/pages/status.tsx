// GET/POST /status and the follow-ups (补充情况, 确认办结, 回访, 重办): a reporter follows a ticket by
// code and query key. The key travels only in POST bodies, never in a URL or a log line.
import { type Context, Hono } from 'hono';
import type { ReporterTicketView } from '../../../handlers/tickets';
import { csrfToken } from './csrf';
import { renderPage } from './layout';
import { LookupForm } from './lookup-view';
import type { PageDeps } from './page-deps';
import { type GuardResult, guardPublicPost, stopMessage, stopStatus } from './public-guard';
import { createRateLimiter } from './rate-limit';
import { StatusPage } from './status-view';
import type { ReporterAction } from './ticket-desk';

/** Lookups and follow-ups one client may make per window (guessing codes and keys stays slow). */
const LOOKUPS_PER_WINDOW = 20;
const WINDOW_MS = 10 * 60_000;
/** Longest supplement accepted at once. */
const MAX_SUPPLEMENT = 2000;

/** One sentence for every failed lookup: it never tells whether the code exists. */
const NOT_FOUND = '没有找到这个工单，或者查询密钥不正确。请核对工单编号和密钥。';

const ACTIONS: Record<string, ReporterAction> = { verify: 'verify', visit: 'visit', reopen: 'reopen' };
const DONE: Record<ReporterAction, string> = {
  verify: '已确认办结，感谢您的反馈。',
  visit: '评价已提交，感谢您的反馈。',
  reopen: '已申请重办，工单已重新交办给承办单位。',
};

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

type Notice = { tone: 'success' | 'error'; text: string };

/** The status routes. */
export function statusRoutes(deps: PageDeps) {
  const local = deps.config.mode === 'local';
  const limiter = createRateLimiter({ limit: LOOKUPS_PER_WINDOW, windowMs: WINDOW_MS, now: deps.now });
  const app = new Hono();

  const lookupPage = (c: Context, code: string, error?: string, status: 200 | 403 | 413 | 429 = 200) =>
    renderPage(
      c,
      { title: '查询办理进度', section: 'status', local, narrow: true, status },
      <LookupForm csrf={csrfToken(c)} code={code} error={error} />,
    );

  const statusPage = (
    c: Context,
    view: ReporterTicketView,
    key: string,
    notice?: Notice,
    supplement?: string,
  ) =>
    renderPage(
      c,
      { title: `工单 ${view.code}`, section: 'status', local, narrow: true },
      <StatusPage view={view} csrf={csrfToken(c)} queryKey={key} notice={notice} supplement={supplement} />,
    );

  /** Guards a follow-up POST and finds the ticket; a Response when it stops here. */
  async function followUp(c: Context) {
    const guarded: GuardResult = await guardPublicPost(c, limiter);
    const code = str(guarded.body.code, 40);
    if (!guarded.ok) {
      if (guarded.stop.kind === 'rate') c.header('Retry-After', String(guarded.stop.retryAfterSeconds));
      return { stop: lookupPage(c, code, stopMessage(guarded.stop), stopStatus(guarded.stop)) };
    }
    const desk = deps.desk(c);
    const key = str(guarded.body.key, 64);
    const view = await desk.lookup(code, key);
    if (!view) return { stop: lookupPage(c, code, NOT_FOUND) };
    return { desk, view, key, body: guarded.body };
  }

  app.get('/status', (c) => lookupPage(c, str(c.req.query('code'), 40)));

  app.post('/status', async (c) => {
    const found = await followUp(c);
    if ('stop' in found) return found.stop;
    return statusPage(c, found.view, found.key);
  });

  app.post('/status/supplement', async (c) => {
    const found = await followUp(c);
    if ('stop' in found) return found.stop;
    const { desk, view, key } = found;
    const text = str(found.body.text, MAX_SUPPLEMENT + 1).trim();
    if (!text) return statusPage(c, view, key, { tone: 'error', text: '请填写要补充的内容。' });
    if (text.length > MAX_SUPPLEMENT) {
      return statusPage(
        c,
        view,
        key,
        { tone: 'error', text: `一次最多补充 ${MAX_SUPPLEMENT} 字，请分次提交。` },
        text,
      );
    }
    const result = await desk.addInformation(view.code, key, text);
    if (!result.ok) return statusPage(c, view, key, { tone: 'error', text: result.message }, text);
    return statusPage(c, result.view, key, { tone: 'success', text: '已补充，承办单位会看到您补充的内容。' });
  });

  app.post('/status/act', async (c) => {
    const found = await followUp(c);
    if ('stop' in found) return found.stop;
    const { desk, view, key, body } = found;
    const action = ACTIONS[str(body.action, 20)];
    if (!action) return statusPage(c, view, key, { tone: 'error', text: '无法识别的操作。' });
    const satisfaction = Number(str(body.satisfaction, 2));
    const reason = str(body.reason, 1000).trim();
    const result = await desk.act(view.code, key, action, {
      ...(action === 'visit' && Number.isInteger(satisfaction) ? { satisfaction } : {}),
      ...(reason ? { reason } : {}),
    });
    if (!result.ok) return statusPage(c, view, key, { tone: 'error', text: result.message });
    return statusPage(c, result.view, key, { tone: 'success', text: DONE[action] });
  });

  return app;
}
