import type { ReporterTicketView, TimelineEntry } from '../../../handlers/tickets';
import type { TicketStatus } from '../../domain/tickets/ticket-types';
import { CSRF_FIELD } from './csrf';
import { formatDateTime } from './format';

const FROM: Record<TimelineEntry['from'], string> = { reporter: '您', handler: '承办单位', system: '系统' };

const STATUS_TAG: Record<TicketStatus, string> = {
  received: 'blue',
  assigned: 'blue',
  in_progress: 'orange',
  resolved: 'green',
  verified: 'green',
  visited: 'green',
  closed: 'grey',
};

/** Hidden fields every follow-up form carries: the form token, the code and the key typed at lookup. */
function Credentials(props: { csrf: string; code: string; queryKey: string }) {
  return (
    <>
      <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
      <input type="hidden" name="code" value={props.code} />
      <input type="hidden" name="key" value={props.queryKey} />
    </>
  );
}

function Rating(props: { csrf: string; code: string; queryKey: string }) {
  const scores: [number, string][] = [
    [5, '非常满意'],
    [4, '满意'],
    [3, '基本满意'],
    [2, '不满意'],
    [1, '非常不满意'],
  ];
  return (
    <form method="post" action="/status/act" class="panel">
      <Credentials {...props} />
      <input type="hidden" name="action" value="visit" />
      <fieldset>
        <legend>回访：您对办理结果满意吗？</legend>
        {scores.map(([score, label]) => (
          <label class="choice">
            <input type="radio" name="satisfaction" value={String(score)} required />
            <span>
              {score} 分 · {label}
            </span>
          </label>
        ))}
      </fieldset>
      <label for="s-reason">
        意见 <span class="opt">（3 分及以下请写明不满意之处）</span>
      </label>
      <textarea id="s-reason" name="reason" maxlength={1000} />
      <div class="actions">
        <button type="submit" class="btn primary">
          提交评价
        </button>
      </div>
    </form>
  );
}

/** The reporter's view of a ticket: status, deadline, what happened and what they can do now. */
export function StatusPage(props: {
  view: ReporterTicketView;
  csrf: string;
  /** The key the reporter typed, carried to the follow-up forms. */
  queryKey: string;
  notice?: { tone: 'success' | 'error'; text: string };
  /** Text to put back into the supplement box after a refusal. */
  supplement?: string;
}) {
  const { view } = props;
  const cred = { csrf: props.csrf, code: view.code, queryKey: props.queryKey };
  return (
    <>
      <h1>
        工单 <span class="code">{view.code}</span>
      </h1>
      {props.notice ? (
        <div class={`notice ${props.notice.tone}`} role={props.notice.tone === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </div>
      ) : null}
      <div class="panel">
        <dl class="dl">
          <dt>状态</dt>
          <dd>
            <span class={`tag ${STATUS_TAG[view.status]}`} id="ticket-status">
              {view.statusLabel}
            </span>
          </dd>
          <dt>类别</dt>
          <dd>{view.categoryLabel}</dd>
          <dt>办理单位</dt>
          <dd>{view.status === 'received' ? '待分办' : view.handledBy}</dd>
          <dt>受理时间</dt>
          <dd>{formatDateTime(view.createdAt)}</dd>
          {view.deadlineAt ? (
            <>
              <dt>当前期限</dt>
              <dd id="ticket-deadline">{formatDateTime(view.deadlineAt)}</dd>
            </>
          ) : null}
          {view.satisfaction ? (
            <>
              <dt>您的评价</dt>
              <dd>{view.satisfaction.score} 分</dd>
            </>
          ) : null}
        </dl>
        <details>
          <summary>您反映的内容</summary>
          <p style="white-space:pre-wrap">{view.description}</p>
        </details>
        {view.resolution ? (
          <>
            <h2>办理结果</h2>
            <blockquote style="margin:0;white-space:pre-wrap" class="notice success">
              {view.resolution}
            </blockquote>
          </>
        ) : null}
      </div>
      <h2>办理经过</h2>
      <div class="panel">
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{e.label}</strong>
              <span class="muted small">
                {' '}
                · {formatDateTime(e.at)} · {FROM[e.from]}
              </span>
              {e.text ? <p style="margin:.2rem 0 0;white-space:pre-wrap">{e.text}</p> : null}
            </li>
          ))}
        </ol>
      </div>
      {view.canVerify ? (
        <form method="post" action="/status/act" class="panel">
          <Credentials {...cred} />
          <input type="hidden" name="action" value="verify" />
          <p>承办单位已报办结。请核对办理结果：问题确已解决，请确认；没有解决，可以在下方申请重办。</p>
          <button type="submit" class="btn primary">
            确认已解决
          </button>
        </form>
      ) : null}
      {view.canVisit ? <Rating {...cred} /> : null}
      {view.canReopen ? (
        <details class="panel">
          <summary>问题没有解决？申请重办</summary>
          <form method="post" action="/status/act">
            <Credentials {...cred} />
            <input type="hidden" name="action" value="reopen" />
            <label for="s-reopen">没有解决的地方</label>
            <textarea id="s-reopen" name="reason" maxlength={1000} required />
            <div class="actions">
              <button type="submit" class="btn danger">
                申请重办
              </button>
            </div>
          </form>
        </details>
      ) : null}
      {view.canAddInformation ? (
        <>
          <h2>补充情况</h2>
          <form method="post" action="/status/supplement" class="panel">
            <Credentials {...cred} />
            <label for="s-supplement">需要补充的情况或新的线索</label>
            <textarea id="s-supplement" name="text" maxlength={2000} required>
              {props.supplement ?? ''}
            </textarea>
            <p class="hint">补充内容会转给承办单位{view.anonymous ? '，不会附带任何身份信息' : ''}。</p>
            <div class="actions">
              <button type="submit" class="btn primary">
                提交补充
              </button>
            </div>
          </form>
        </>
      ) : null}
    </>
  );
}
