// Pieces the page views share: the dashboards' date-range form and KPI tiles, table headers, and
// tables that say so when they have no rows.
import type { Child } from 'hono/jsx';
import type { DateFilter } from './filters';

/** The date-range form shared by the dashboard views; `children` adds the view's own filters. */
export function DateRangeForm(props: { action: string; filter: DateFilter; children?: Child }) {
  return (
    <form method="get" action={props.action} class="panel filters" aria-label="筛选">
      <label>
        起始日期
        <input type="date" name="from" value={props.filter.fromDay} />
      </label>
      <label>
        截止日期
        <input type="date" name="to" value={props.filter.toDay} />
      </label>
      {props.children}
      <div>
        <button type="submit" class="btn">
          筛选
        </button>
      </div>
    </form>
  );
}

/** One KPI tile: the figure large, what it counts below. */
export function Kpi(props: { value: Child; children: Child }) {
  return (
    <div class="kpi">
      <b>{props.value}</b>
      <span>{props.children}</span>
    </div>
  );
}

/** A table's header row, one column header per name. */
export function TableHead(props: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((name) => (
          <th scope="col">{name}</th>
        ))}
      </tr>
    </thead>
  );
}

/** A wide table in a scrolling panel, one `row` per item, or the `empty` note when there are none. */
export function TablePanel<T>(props: {
  columns: string[];
  items: T[];
  empty: string;
  row: (item: T) => Child;
}) {
  return (
    <div class="panel scroll">
      {props.items.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <table class="wide">
          <TableHead columns={props.columns} />
          <tbody>{props.items.map((item) => props.row(item))}</tbody>
        </table>
      )}
    </div>
  );
}
