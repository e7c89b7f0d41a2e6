import type { OutboxRow } from '../../db/repositories/outbox-repository';
import type { PlaygroundMessage } from '../../db/repositories/playground-repository';
import type { Org } from '../../domain/org';
import { type CardActionTarget, CardView, parseCard, TextMessageView } from './card-html';
import { CSRF_FIELD } from './csrf';
import { formatDateTime } from './format';
import { describePurpose, describeRecipient, IDENTITIES, type Identity } from './recipients';
import { TableHead } from './view-parts';

/** Sample questions per identity, one click away. */
const SAMPLES: Record<Identity, string[]> = {
  official: ['老板请吃饭能去吗', '收了个红包怎么办', '配偶能在我辖区开公司吗', '能炒股吗'],
  enterprise: ['施工许可超时三次都说领导不在', '工作人员暗示给好处费才盖章', '承诺的补贴半年没到账'],
};

/** Everything the playground page shows. */
export interface PlaygroundData {
  identity: Identity;
  csrf: string;
  messages: PlaygroundMessage[];
  /** Messages the bot sent to this identity (its chat or its open_id), oldest first. */
  botRows: OutboxRow[];
  /** The newest local outbox rows, newest first. */
  outbox: OutboxRow[];
  /** Cards replaced by a card action (row id → card JSON), as Lark would update them in place. */
  replaced: ReadonlyMap<number, string>;
  toast: { text: string; tone: string } | null;
  /** The element to scroll to after an action: "card-12" or "latest". */
  focus: string | null;
  org: Org | null;
}

type ChatItem =
  | { type: 'user'; at: number; message: PlaygroundMessage }
  | { type: 'bot'; at: number; row: OutboxRow };

function timeline(data: PlaygroundData): ChatItem[] {
  const items: ChatItem[] = [
    ...data.messages.map((message): ChatItem => ({ type: 'user', at: message.receivedAt, message })),
    ...data.botRows.map((row): ChatItem => ({ type: 'bot', at: row.createdAt, row })),
  ];
  // Stable: at equal times the visitor's message comes before the bot's answer to it.
  return items.sort((a, b) => a.at - b.at || (a.type === b.type ? 0 : a.type === 'user' ? -1 : 1));
}

function targetFor(data: PlaygroundData, row: OutboxRow): CardActionTarget {
  return {
    endpoint: '/playground/action',
    hidden: { [CSRF_FIELD]: data.csrf, as: data.identity, row: String(row.id) },
  };
}

/** An outbox row's card (or its replacement after a button was used), with working buttons. */
function MessageCard(props: { data: PlaygroundData; row: OutboxRow; idPrefix: string }) {
  const { data, row } = props;
  const replacement = data.replaced.get(row.id);
  const id = `${props.idPrefix}-${row.id}`;
  const card = row.msgType === 'interactive' ? parseCard(replacement ?? row.content) : null;
  return (
    <div data-focus={data.focus === id ? '' : undefined}>
      {card ? (
        <CardView card={card} target={targetFor(data, row)} id={id} replaced={replacement !== undefined} />
      ) : (
        <TextMessageView content={row.content} id={id} />
      )}
    </div>
  );
}

function Chat(props: { data: PlaygroundData }) {
  const { data } = props;
  const items = timeline(data);
  if (items.length === 0) {
    return (
      <p class="empty">
        还没有对话。在下面输入问题，或点一个示例{data.identity === 'official' ? '问题' : '情况'}。
      </p>
    );
  }
  const lastIndex = items.length - 1;
  return (
    <>
      {items.map((item, i) => {
        const latest = i === lastIndex ? 'latest' : undefined;
        if (item.type === 'user') {
          return (
            <div
              class="bubble-wrap"
              id={latest}
              data-focus={data.focus === 'latest' && latest ? '' : undefined}
            >
              <p class="who right">
                你（{IDENTITIES[data.identity].label}）· {formatDateTime(item.at).slice(11)}
              </p>
              <div style="display:flex;justify-content:flex-end">
                <div class="bubble">{item.message.text}</div>
              </div>
            </div>
          );
        }
        return (
          <div class="bot" id={latest} data-focus={data.focus === 'latest' && latest ? '' : undefined}>
            <p class="who">
              亲清助手 · {formatDateTime(item.at).slice(11)}
              {item.row.purpose !== 'reply' ? ` · ${describePurpose(item.row.purpose)}` : ''}
            </p>
            <MessageCard data={data} row={item.row} idPrefix="card" />
          </div>
        );
      })}
    </>
  );
}

function Composer(props: { data: PlaygroundData }) {
  const { identity, csrf } = props.data;
  return (
    <form method="post" action="/playground/message" class="panel composer" data-composer="">
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name="as" value={identity} />
      <label for="pg-text">{identity === 'official' ? '以干部身份提问' : '以企业身份反映问题'}</label>
      <textarea
        id="pg-text"
        name="text"
        maxlength={2000}
        placeholder={identity === 'official' ? '例如：老板请吃饭能去吗' : '例如：办证跑了三次还没办下来'}
      />
      <div class="actions" style="margin-top:.6rem">
        <button type="submit" class="btn primary">
          发送
        </button>
        <span class="hint hide-narrow">Enter 发送，Shift+Enter 换行</span>
      </div>
      <div class="chips">
        {SAMPLES[identity].map((s) => (
          <button type="submit" name="sample" value={s}>
            {s}
          </button>
        ))}
      </div>
    </form>
  );
}

function Outbox(props: { data: PlaygroundData }) {
  const { data } = props;
  if (data.outbox.length === 0) return <p class="empty">发件箱是空的：机器人还没有要发出的消息。</p>;
  return (
    <div class="scroll">
      <table class="outbox">
        <TableHead columns={['时间', '发给', '用途', '工单']} />
        <tbody>
          {data.outbox.map((row) => {
            const card = row.msgType === 'interactive' ? parseCard(row.content) : null;
            const header = card?.header as { title?: { content?: unknown } } | undefined;
            const title = typeof header?.title?.content === 'string' ? header.title.content : '消息';
            return (
              <>
                <tr class="meta">
                  <td data-label="时间">{formatDateTime(row.createdAt).slice(5)}</td>
                  <td data-label="发给">
                    {describeRecipient(row, data.org)} <code class="small muted">{row.receiveId}</code>
                  </td>
                  <td data-label="用途">{describePurpose(row.purpose)}</td>
                  <td data-label="工单">{row.ticketCode ?? '—'}</td>
                </tr>
                <tr class="card-row">
                  <td colspan={4}>
                    <details open={data.focus === `outbox-${row.id}`}>
                      <summary>卡片：{title}</summary>
                      <MessageCard data={data} row={row} idPrefix="outbox" />
                    </details>
                  </td>
                </tr>
              </>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The playground: chat as an official or an enterprise, see the bot's real cards and the outbox. */
export function PlaygroundPage(props: { data: PlaygroundData }) {
  const { data } = props;
  return (
    <div class="pg">
      <section aria-labelledby="pg-title">
        <h1 id="pg-title">本地体验</h1>
        <p class="muted small">
          本地模式：不连接飞书。下面的卡片就是机器人会发到飞书的卡片，按钮可以直接点；它要发给别人的消息（承办单位的通知、监督群的抄送）都在「发件箱」里。
        </p>
        <nav class="tabs" aria-label="切换身份">
          {(Object.keys(IDENTITIES) as Identity[]).map((key) => (
            <a href={`/?as=${key}`} aria-current={key === data.identity ? 'page' : undefined}>
              我是{IDENTITIES[key].label}
            </a>
          ))}
        </nav>
        {data.toast ? (
          <div class={`notice toast ${data.toast.tone}`} role="status">
            {data.toast.text}
          </div>
        ) : null}
        <div class="panel chat" id="chat" aria-live="polite">
          <Chat data={data} />
        </div>
        <Composer data={data} />
      </section>
      <section aria-labelledby="outbox-title">
        <h2 id="outbox-title">发件箱（本应发出的消息）</h2>
        <div class="panel">
          <Outbox data={data} />
        </div>
      </section>
    </div>
  );
}
