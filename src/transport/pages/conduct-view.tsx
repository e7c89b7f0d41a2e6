import type { Child } from 'hono/jsx';
import type {
  Count,
  DownvotedAnswer,
  UncoveredQuestion,
  WeekPoint,
} from '../../db/repositories/stats-repository';
import { BarChart, LineChart } from './charts';
import type { DateFilter } from './filters';
import { formatDate, formatDateTime, formatWeek, percent } from './format';

/** What the conduct view shows. */
export interface ConductStats {
  perWeek: WeekPoint[];
  verdicts: Count[];
  scenarios: Count[];
  feedback: { up: number; down: number };
  downvoted: DownvotedAnswer[];
  uncovered: UncoveredQuestion[];
}

const VERDICTS: Record<string, { label: string; colour: string; tag: string }> = {
  forbidden: { label: '禁止', colour: '#e0402f', tag: 'red' },
  allowed: { label: '可以', colour: '#34a853', tag: 'green' },
  conditional: { label: '视情况', colour: '#ed7a12', tag: 'orange' },
  unknown: { label: '未覆盖', colour: '#8f959e', tag: 'grey' },
};

function VerdictTag(props: { verdict: string }) {
  const v = VERDICTS[props.verdict];
  return <span class={`tag ${v?.tag ?? 'grey'}`}>{v?.label ?? props.verdict}</span>;
}

/** The date-range form shared by the dashboard views. */
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

/** The conduct view: questions per week, verdicts, top scenarios, 👎 answers and uncovered questions. */
export function ConductView(props: { stats: ConductStats; filter: DateFilter }) {
  const { stats, filter } = props;
  const total = stats.verdicts.reduce((sum, v) => sum + v.count, 0);
  const unknown = stats.verdicts.find((v) => v.key === 'unknown')?.count ?? 0;
  const votes = stats.feedback.up + stats.feedback.down;
  return (
    <>
      <DateRangeForm action="/admin/conduct" filter={filter} />
      <div class="kpis">
        <div class="kpi">
          <b>{total}</b>
          <span>廉洁问答提问</span>
        </div>
        <div class="kpi">
          <b>{percent(unknown, total)}</b>
          <span>未找到明确规定（{unknown} 条）</span>
        </div>
        <div class="kpi">
          <b>{percent(stats.feedback.up, votes)}</b>
          <span>
            认为有帮助（👍 {stats.feedback.up} / 👎 {stats.feedback.down}）
          </span>
        </div>
      </div>
      <div class="grid">
        <div class="panel">
          <LineChart
            title="每周提问数"
            labels={stats.perWeek.map((p) => formatWeek(p.week))}
            series={[{ name: '提问', colour: '#a61d24', values: stats.perWeek.map((p) => p.count) }]}
          />
        </div>
        <div class="panel">
          <BarChart
            title="结论分布"
            bars={stats.verdicts.map((v) => ({
              label: VERDICTS[v.key]?.label ?? v.key,
              value: v.count,
              colour: VERDICTS[v.key]?.colour,
              display: `${v.count}（${percent(v.count, total)}）`,
            }))}
          />
        </div>
        <div class="panel">
          <BarChart
            title="问得最多的情形"
            bars={stats.scenarios.map((s) => ({ label: s.key, value: s.count, colour: '#3370ff' }))}
          />
        </div>
      </div>
      <h2>👎 待复核的回答</h2>
      <div class="panel scroll">
        {stats.downvoted.length === 0 ? (
          <p class="empty">没有被点 👎 的回答。</p>
        ) : (
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">问题</th>
                <th scope="col">结论</th>
                <th scope="col">情形</th>
                <th scope="col">👎 / 👍</th>
                <th scope="col">时间</th>
              </tr>
            </thead>
            <tbody>
              {stats.downvoted.map((d) => (
                <tr>
                  <td>{d.question}</td>
                  <td>
                    <VerdictTag verdict={d.verdict} />
                  </td>
                  <td>
                    <code class="small">{d.scenarioId ?? '—'}</code>
                  </td>
                  <td>
                    {d.down} / {d.up}
                  </td>
                  <td class="small">{formatDateTime(d.askedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <h2>没有规定覆盖的问题</h2>
      <p class="muted small">结论为「未找到明确规定」的提问：补充规则文件或情形条目的线索。</p>
      <div class="panel scroll">
        {stats.uncovered.length === 0 ? (
          <p class="empty">所有提问都找到了依据。</p>
        ) : (
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">问题</th>
                <th scope="col">次数</th>
                <th scope="col">最近</th>
              </tr>
            </thead>
            <tbody>
              {stats.uncovered.map((u) => (
                <tr>
                  <td>{u.question}</td>
                  <td>{u.count}</td>
                  <td class="small">{formatDate(u.lastAskedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
