// GET /admin (tickets) and /admin/conduct behind ADMIN_TOKEN: Bearer header or the login cookie.
import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { createConductStatsRepository } from '../../db/repositories/conduct-stats-repository';
import { adminAccess, endAdminSession, secretsMatch, startAdminSession } from '../admin-auth';
import { jsonError } from '../errors';
import { loginPage } from './admin-login';
import { clientIp } from './client-ip';
import { ConductView } from './conduct-view';
import { CSRF_FIELD, csrfToken, csrfValid } from './csrf';
import { dateFilter } from './filters';
import { errorPage, renderPage, wantsHtml } from './layout';
import type { PageDeps } from './page-deps';
import { createRateLimiter } from './rate-limit';

type View = 'tickets' | 'conduct';

function AdminFrame(props: { view: View; csrf: string; children: Child }) {
  return (
    <>
      <div style="display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem">
        <h1>管理后台</h1>
        <form method="post" action="/admin/logout">
          <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
          <button type="submit" class="btn small">
            退出登录
          </button>
        </form>
      </div>
      <nav class="tabs" aria-label="视图">
        <a href="/admin" aria-current={props.view === 'tickets' ? 'page' : undefined}>
          工单闭环
        </a>
        <a href="/admin/conduct" aria-current={props.view === 'conduct' ? 'page' : undefined}>
          廉洁问答
        </a>
      </nav>
      {props.children}
    </>
  );
}

/** Renders one dashboard view inside the admin frame. */
export function adminPage(c: Context, deps: PageDeps, view: View, title: string, body: Child) {
  return renderPage(
    c,
    { title, section: 'admin', local: deps.config.mode === 'local' },
    <AdminFrame view={view} csrf={csrfToken(c)}>
      {body}
    </AdminFrame>,
  );
}

const safeNext = (next: unknown) =>
  typeof next === 'string' && /^\/admin(\/[a-z-]*)?(\?[^#]*)?$/.test(next) ? next : '/admin';

/** The admin routes; `ticketsView` renders the tickets dashboard (the ticket module plugs in here). */
export function adminRoutes(deps: PageDeps, ticketsView: (c: Context) => Promise<Response>) {
  const { config, now } = deps;
  const local = config.mode === 'local';
  const stats = createConductStatsRepository(deps.database.db);
  // Guessing the token is slow: 10 tries per 10 minutes per client.
  const loginLimiter = createRateLimiter({ limit: 10, windowMs: 10 * 60_000, now });
  const app = new Hono();

  // Every /admin page: 403 without ADMIN_TOKEN, the login form (401) without credentials.
  app.use('/admin', (c, next) => guard(c, next));
  app.use('/admin/conduct', (c, next) => guard(c, next));

  const disabledPage = (c: Context) =>
    errorPage(c, 403, '管理后台未启用', '服务器没有设置管理令牌（ADMIN_TOKEN），管理后台不对外开放。', {
      local,
      section: 'admin',
    });

  async function guard(c: Context, next: () => Promise<void>) {
    const access = await adminAccess(c, config, now());
    if (access === 'disabled') {
      if (!wantsHtml(c)) return jsonError(c, 403, 'admin_disabled', 'ADMIN_TOKEN is not configured.');
      return disabledPage(c);
    }
    if (access === 'missing') {
      if (!wantsHtml(c)) {
        c.header('WWW-Authenticate', 'Bearer realm="qinqing-admin"');
        return jsonError(c, 401, 'unauthorized', 'A valid admin token is required.');
      }
      // Browsers go to the login form (a 200 page: a 401 document would log a console error).
      const next = c.req.path + new URL(c.req.url).search;
      return c.redirect(`/admin/login?${new URLSearchParams({ next }).toString()}`, 303);
    }
    await next();
  }

  app.get('/admin/login', async (c) => {
    const access = await adminAccess(c, config, now());
    if (access === 'disabled') return disabledPage(c);
    const next = safeNext(c.req.query('next'));
    if (access === 'granted') return c.redirect(next, 303);
    return loginPage(c, { local, status: 200, next });
  });

  app.post('/admin/login', async (c) => {
    const token = config.ADMIN_TOKEN;
    if (!token) return disabledPage(c);
    const form = await c.req.parseBody();
    const next = safeNext(form.next);
    if (!(await csrfValid(c, form[CSRF_FIELD]))) {
      return loginPage(c, { local, status: 403, error: '页面已过期，请重新输入令牌登录。', next });
    }
    const decision = loginLimiter.hit(clientIp(c));
    if (!decision.ok) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      return loginPage(c, {
        local,
        status: 429,
        error: `尝试次数过多，请 ${Math.ceil(decision.retryAfterSeconds / 60)} 分钟后再试。`,
        next,
      });
    }
    const given = typeof form.token === 'string' ? form.token.trim() : '';
    if (!given || !(await secretsMatch(given, token))) {
      // A form error, not a 401 document: the browser would log that as a console error.
      return loginPage(c, { local, status: 200, error: '令牌不正确。', next });
    }
    await startAdminSession(c, token, now());
    return c.redirect(next, 303);
  });

  app.post('/admin/logout', async (c) => {
    const form = await c.req.parseBody();
    if (await csrfValid(c, form[CSRF_FIELD])) endAdminSession(c);
    return c.redirect('/admin', 303);
  });

  app.get('/admin', (c) => ticketsView(c));

  app.get('/admin/conduct', async (c) => {
    const filter = dateFilter(c.req.query(), now());
    const { range } = filter;
    const [perWeek, verdicts, scenarios, feedback, downvoted, uncovered] = await Promise.all([
      stats.conductPerWeek(range),
      stats.conductVerdicts(range),
      stats.topScenarios(range, 10),
      stats.feedbackTotals(range),
      stats.downvoted(range, 50),
      stats.uncovered(range, 50),
    ]);
    return adminPage(
      c,
      deps,
      'conduct',
      '廉洁问答',
      <ConductView
        stats={{ perWeek, verdicts, scenarios, feedback, downvoted, uncovered }}
        filter={filter}
      />,
    );
  });

  return app;
}
