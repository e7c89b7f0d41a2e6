import { formatDateTime } from './format';

/** The receipt: the ticket code and, for an anonymous report, the one-time query key to save. */
export function ReceiptPage(props: {
  code: string;
  queryKey: string | null;
  /** The same form was submitted again: the ticket exists already and its key cannot be shown twice. */
  duplicate: boolean;
  categoryLabel: string;
  handledBy: string | null;
  deadlineAt: number | null;
  /** The absolute address of the status page, written into the downloadable proof. */
  statusUrl: string;
}) {
  const { code, queryKey } = props;
  const proof = `亲清助手 工单凭证\n工单编号：${code}\n${queryKey ? `查询密钥：${queryKey}\n` : ''}查询地址：${props.statusUrl}\n`;
  return (
    <>
      {props.duplicate ? (
        <div class="notice warning" role="status">
          <strong>这份表单已经提交过</strong>
          ，没有重复受理。工单编号和查询密钥如下，与第一次提交时相同。
        </div>
      ) : (
        <div class="notice success" role="status">
          <strong>已受理。</strong>您反映的问题已生成工单，初步归类为「{props.categoryLabel}」
          {props.handledBy ? `，由${props.handledBy}办理` : ''}。
        </div>
      )}
      <div class="panel">
        <h1>工单编号</h1>
        <p class="code" id="ticket-code">
          {code}
        </p>
        {props.deadlineAt ? (
          <p class="muted small">首次处理期限：{formatDateTime(props.deadlineAt)}</p>
        ) : null}
        {queryKey ? (
          <section aria-labelledby="key-title">
            <h2 id="key-title">第一步：保存查询密钥</h2>
            <p class="key" id="query-key">
              {queryKey}
            </p>
            <p>
              <strong>密钥只显示这一次。</strong>
              我们只保存它的校验值，不保存密钥本身：丢失后任何人（包括工作人员）都无法找回，也就无法查询进度和补充情况。请现在抄写、截图或下载保存。
            </p>
            <div class="actions">
              <a
                class="btn"
                download={`工单凭证-${code}.txt`}
                href={`data:text/plain;charset=utf-8,${encodeURIComponent(proof)}`}
              >
                下载凭证（.txt）
              </a>
              <button type="button" class="btn" data-copy="query-key" hidden>
                复制密钥
              </button>
            </div>
            <h2>第二步：随时查询进度</h2>
          </section>
        ) : (
          <p>请记下工单编号。办理过程中工作人员会按您留下的联系方式联系您，您也可以随时凭编号查询进度。</p>
        )}
        <form method="get" action="/status" class="actions">
          <input type="hidden" name="code" value={code} />
          <button type="submit" class="btn primary">
            {queryKey ? '我已保存密钥，去查询页' : '去查询页'}
          </button>
          <a class="btn" href="/report">
            再反映一个问题
          </a>
        </form>
      </div>
    </>
  );
}

/** Copies the key on click when scripts run (the button stays hidden otherwise). */
export const RECEIPT_SCRIPT = `
(function(){
  var b=document.querySelector('[data-copy]');
  if(!b||!navigator.clipboard)return;
  b.hidden=false;
  b.addEventListener('click',function(){
    var el=document.getElementById(b.getAttribute('data-copy'));
    navigator.clipboard.writeText(el.textContent.trim()).then(function(){b.textContent='已复制';},function(){b.textContent='请手动抄写';});
  });
})();
`;
