import type { Context } from 'hono';
import {
  createTicketStatsRepository,
  type TicketStatsFilter,
} from '../../db/repositories/ticket-stats-repository';
import { isCategory } from '../../domain/tickets/category';
import { isTicketStatus, type TicketStatus } from '../../domain/tickets/ticket-types';
import { adminPage } from './admin';
import { dateFilter } from './filters';
import type { PageDeps } from './page-deps';
import { type TicketFilter, TicketsView } from './tickets-view';

/** The tickets view of /admin: figures, charts and the newest tickets for the chosen filters. */
export function ticketsDashboard(deps: PageDeps) {
  const stats = createTicketStatsRepository(deps.database.db);

  const departmentName = (key: string): string => {
    if (key === 'discipline') return deps.org.disciplineOffice.name;
    if (key === 'unassigned') return '待分办';
    return deps.org.departments.find((d) => d.id === key)?.name ?? key;
  };
  const departments = (): [string, string][] => [
    ['discipline', departmentName('discipline')],
    ...deps.org.departments.map((d): [string, string] => [d.id, d.name]),
  ];

  return async (c: Context) => {
    const query = c.req.query();
    const dates = dateFilter(query, deps.now());
    const known = new Set(departments().map(([id]) => id));
    const filter: TicketFilter = {
      category: query.category && isCategory(query.category) ? query.category : '',
      department: query.department && known.has(query.department) ? query.department : '',
      status: query.status && isTicketStatus(query.status) ? query.status : '',
    };
    const where: TicketStatsFilter = {
      range: dates.range,
      category: filter.category || undefined,
      department: filter.department || undefined,
      status: filter.status || undefined,
    };
    const now = deps.now();
    const [figures, recent] = await Promise.all([
      stats.ticketFigures(where, now),
      stats.recentTickets(where, now, 50),
    ]);
    const rows = recent.map(({ unit, ...r }) => ({
      ...r,
      status: r.status as TicketStatus,
      department: departmentName(unit),
    }));
    return adminPage(
      c,
      deps,
      'tickets',
      '工单闭环',
      <TicketsView
        stats={{ ...figures, recent: rows }}
        dates={dates}
        filter={filter}
        departments={departments()}
        departmentName={departmentName}
      />,
    );
  };
}
