import { CSRF_FIELD } from './csrf';

/** The lookup form: ticket code and query key, posted (the key never goes into a URL). */
export function LookupForm(props: { csrf: string; code: string; error?: string }) {
  return (
    <>
      <h1>查询办理进度</h1>
      {props.error ? (
        <div class="notice error" role="alert">
          {props.error}
        </div>
      ) : null}
      <form method="post" action="/status" class="panel">
        <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
        <label for="s-code">工单编号</label>
        <input
          type="text"
          id="s-code"
          name="code"
          value={props.code}
          placeholder="例如 QQ-20261121-4821"
          autocomplete="off"
          autocapitalize="characters"
          required
        />
        <label for="s-key">查询密钥</label>
        <input
          type="password"
          id="s-key"
          name="key"
          autocomplete="off"
          placeholder="例如 7K3M-Q9XD-2HRT-WB4N"
          required
        />
        <p class="hint">
          提交反映后页面上显示的密钥。在飞书里反映的，也可以直接在飞书里发送「查询 工单编号」。
        </p>
        <div class="actions">
          <button type="submit" class="btn primary">
            查询
          </button>
          <a class="btn" href="/report">
            我要反映问题
          </a>
        </div>
      </form>
    </>
  );
}
