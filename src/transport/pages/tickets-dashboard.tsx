import type { Context } from 'hono';
import { adminPage } from './admin';
import type { PageDeps } from './page-deps';

/** The tickets view of /admin. */
export function ticketsDashboard(deps: PageDeps) {
  return async (c: Context) =>
    adminPage(
      c,
      deps,
      'tickets',
      '工单闭环',
      <div class="panel">
        <p class="empty">工单模块接入中。</p>
      </div>,
    );
}
