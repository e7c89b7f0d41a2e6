import type { DownvotedAnswer, UncoveredQuestion } from '../../db/repositories/conduct-stats-repository';
import type { Count, WeekPoint } from '../../db/repositories/stats-series';
import { BarChart, LineChart } from './charts';
import type { DateFilter } from './filters';
import { formatDate, formatDateTime, formatWeek, percent } from './format';
import { DateRangeForm, Kpi, TablePanel } from './view-parts';

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
        <Kpi value={total}>廉洁问答提问</Kpi>
        <Kpi value={percent(unknown, total)}>未找到明确规定（{unknown} 条）</Kpi>
        <Kpi value={percent(stats.feedback.up, votes)}>
          认为有帮助（👍 {stats.feedback.up} / 👎 {stats.feedback.down}）
        </Kpi>
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
      <TablePanel
        columns={['问题', '结论', '情形', '👎 / 👍', '时间']}
        items={stats.downvoted}
        empty="没有被点 👎 的回答。"
        row={(d) => (
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
        )}
      />
      <h2>没有规定覆盖的问题</h2>
      <p class="muted small">结论为「未找到明确规定」的提问：补充规则文件或情形条目的线索。</p>
      <TablePanel
        columns={['问题', '次数', '最近']}
        items={stats.uncovered}
        empty="所有提问都找到了依据。"
        row={(u) => (
          <tr>
            <td>{u.question}</td>
            <td>{u.count}</td>
            <td class="small">{formatDate(u.lastAskedAt)}</td>
          </tr>
        )}
      />
    </>
  );
}
