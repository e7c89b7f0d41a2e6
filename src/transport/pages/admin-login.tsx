import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CSRF_FIELD, csrfToken } from './csrf';
import { renderPage } from './layout';

/** The staff login form: the token goes in once, an HttpOnly session cookie comes back. */
export function loginPage(
  c: Context,
  options: { local: boolean; status: ContentfulStatusCode; error?: string; next?: string },
) {
  return renderPage(
    c,
    { title: '管理登录', section: 'admin', local: options.local, status: options.status, narrow: true },
    <div class="panel">
      <h1>管理后台登录</h1>
      <p class="muted">工单统计与廉洁问答分析仅对工作人员开放。请输入管理令牌（ADMIN_TOKEN）。</p>
      {options.error ? (
        <div class="notice error" role="alert">
          {options.error}
        </div>
      ) : null}
      <form method="post" action="/admin/login">
        <input type="hidden" name={CSRF_FIELD} value={csrfToken(c)} />
        <input type="hidden" name="next" value={options.next ?? '/admin'} />
        <input type="text" name="username" value="admin" autocomplete="username" hidden />
        <label for="admin-token">管理令牌</label>
        <input
          id="admin-token"
          type="password"
          name="token"
          autocomplete="current-password"
          required
          aria-invalid={options.error ? 'true' : undefined}
        />
        <div class="actions">
          <button type="submit" class="btn primary">
            登录
          </button>
        </div>
      </form>
    </div>,
  );
}
