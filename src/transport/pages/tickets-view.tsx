import type { TicketFigures } from '../../db/repositories/ticket-stats-repository';
import { CATEGORIES, CATEGORY_LABELS } from '../../domain/tickets/category';
import { STATUS_LABELS } from '../../domain/tickets/labels';
import { TICKET_STATUSES, type TicketStatus } from '../../domain/tickets/ticket-types';
import { BarChart, LineChart, PALETTE } from './charts';
import type { DateFilter } from './filters';
import { formatDateTime, formatDuration, formatWeek, percent } from './format';
import { DateRangeForm, Kpi, TablePanel } from './view-parts';

/** The filters of the tickets view besides the dates (empty string = all). */
export interface TicketFilter {
  category: string;
  department: string;
  status: string;
}

/** One row of the recent-tickets table (no reporter identity: the dashboard never shows it). */
export interface TicketRow {
  code: string;
  category: string;
  status: TicketStatus;
  department: string;
  createdAt: number;
  deadlineAt: number | null;
  overdue: boolean;
}

/** Everything the tickets view shows: the stats repository's figures and the newest tickets. */
export interface TicketStats extends TicketFigures {
  recent: TicketRow[];
}

function Select(props: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">全部</option>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The tickets view: KPIs, charts by status, category and department, the weekly trend, recent tickets. */
export function TicketsView(props: {
  stats: TicketStats;
  dates: DateFilter;
  filter: TicketFilter;
  departments: [string, string][];
  departmentName: (key: string) => string;
}) {
  const { stats, dates, filter } = props;
  const exportQuery = new URLSearchParams({ format: 'csv', from: dates.fromDay, to: dates.toDay });
  // The API filters by status, category and department id (the discipline office is not a department).
  for (const [k, v] of Object.entries(filter))
    if (v && !(k === 'department' && v === 'discipline')) exportQuery.set(k, v);
  const statusCounts = new Map(stats.byStatus.map((s) => [s.key, s.count]));
  return (
    <>
      <DateRangeForm action="/admin" filter={dates}>
        <Select
          name="category"
          label="类别"
          value={filter.category}
          options={CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])}
        />
        <Select name="department" label="办理单位" value={filter.department} options={props.departments} />
        <Select
          name="status"
          label="状态"
          value={filter.status}
          options={TICKET_STATUSES.map((s) => [s, STATUS_LABELS[s]])}
        />
      </DateRangeForm>
      <p class="actions" style="margin:-.4rem 0 1rem">
        <a class="btn small" href={`/api/tickets?${exportQuery.toString()}`}>
          导出 CSV
        </a>
      </p>
      <div class="kpis">
        <Kpi value={stats.total}>受理工单</Kpi>
        <Kpi value={percent(stats.overdue, stats.withDeadline)}>
          逾期率（{stats.overdue} / {stats.withDeadline}）
        </Kpi>
        <Kpi value={formatDuration(stats.meanToAccept)}>平均签收用时</Kpi>
        <Kpi value={formatDuration(stats.meanToResolve)}>平均办结用时</Kpi>
        <Kpi value={percent(stats.satisfied, stats.rated)}>
          满意率（{stats.rated} 件回访
          {stats.meanScore !== null ? `，平均 ${stats.meanScore.toFixed(1)} 分` : ''}）
        </Kpi>
      </div>
      <div class="grid">
        <div class="panel">
          <LineChart
            title="每周受理与办结"
            labels={stats.filedPerWeek.map((p) => formatWeek(p.week))}
            series={[
              { name: '受理', colour: '#a61d24', values: stats.filedPerWeek.map((p) => p.count) },
              { name: '办结', colour: '#34a853', values: stats.resolvedPerWeek.map((p) => p.count) },
            ]}
          />
        </div>
        <div class="panel">
          <BarChart
            title="按状态"
            bars={TICKET_STATUSES.filter((s) => statusCounts.has(s)).map((s, i) => ({
              label: STATUS_LABELS[s].replace(/（.*）/, ''),
              value: statusCounts.get(s) ?? 0,
              colour: PALETTE[i % PALETTE.length],
            }))}
          />
        </div>
        <div class="panel">
          <BarChart
            title="按类别"
            bars={stats.byCategory.map((c) => ({
              label: CATEGORY_LABELS[c.key as keyof typeof CATEGORY_LABELS] ?? c.key,
              value: c.count,
              colour: '#a61d24',
            }))}
          />
        </div>
        <div class="panel">
          <BarChart
            title="按办理单位"
            bars={stats.byDepartment.map((d) => ({
              label: props.departmentName(d.key),
              value: d.count,
              colour: '#3370ff',
            }))}
          />
        </div>
      </div>
      <h2>最近的工单</h2>
      <TablePanel
        columns={['编号', '类别', '状态', '办理单位', '受理', '期限']}
        items={stats.recent}
        empty="没有符合条件的工单。"
        row={(r) => (
          <tr>
            <td class="nowrap">
              <a href={`/api/tickets/${encodeURIComponent(r.code)}`}>
                <code>{r.code}</code>
              </a>
            </td>
            <td>{CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS] ?? r.category}</td>
            <td>{STATUS_LABELS[r.status]}</td>
            <td>{r.department}</td>
            <td class="small nowrap">{formatDateTime(r.createdAt)}</td>
            <td class="small nowrap">
              {formatDateTime(r.deadlineAt)}
              {r.overdue ? (
                <>
                  {' '}
                  <span class="tag red">逾期</span>
                </>
              ) : null}
            </td>
          </tr>
        )}
      />
    </>
  );
}
