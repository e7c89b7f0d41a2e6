import { CATEGORIES, CATEGORY_LABELS } from '../../domain/tickets/category';
import { CSRF_FIELD } from './csrf';
import type { ReportErrors, ReportFields } from './report-form';

const EXAMPLES: Record<string, string> = {
  extortion: '暗示好处费、索要红包、故意刁难',
  shirking: '部门之间互相推、不予答复',
  delay: '超过承诺时限不办结、"领导不在"',
  abuse: '乱检查、乱收费、乱罚款、摊派、指定中介',
  policy: '补贴不到账、政策承诺不兑现、拖欠账款',
  other: '其他营商环境问题',
};

function FieldError(props: { id: string; message?: string }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      {props.message}
    </p>
  ) : null;
}

const invalid = (message?: string) => (message ? 'true' : undefined);

/** The public complaint form; works without JavaScript and keeps everything typed on errors. */
export function ReportFormPage(props: {
  fields: ReportFields;
  errors: ReportErrors;
  csrf: string;
  /** One id per filled-in form: a second submission of the same form finds the ticket already filed. */
  submission: string;
  notice?: string;
}) {
  const { fields, errors } = props;
  const errorCount = Object.keys(errors).length;
  return (
    <>
      <h1>企业反映问题</h1>
      <p class="muted">
        {
          '遇到吃拿卡要、推诿扯皮、慢作为、乱作为、惠企政策不兑现，可以在这里直接反映。提交后立即受理，按「受理 → 交办 → 限期整改 → 对账销号 → 回访」办理。'
        }
        您会得到<strong>工单编号和查询密钥</strong>，凭它们随时查询进度、补充情况。
      </p>
      {props.notice ? (
        <div class="notice warning" role="alert">
          {props.notice}
        </div>
      ) : null}
      {errorCount > 0 ? (
        <div class="notice error" role="alert" id="form-errors">
          <strong>还有 {errorCount} 处需要修改</strong>，您填写的内容都还在：
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li>
                <a href={`#f-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action="/report" class="panel report-form" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
        <input type="hidden" name="submission" value={props.submission} />
        <fieldset>
          <legend>以什么身份反映</legend>
          <label class="choice">
            <input type="radio" name="mode" value="real" id="f-mode" checked={fields.mode !== 'anonymous'} />
            <span>
              <strong>实名</strong>：留下姓名和联系方式，办理结果会回访您。
            </span>
          </label>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="anonymous"
              id="mode-anonymous"
              checked={fields.mode === 'anonymous'}
            />
            <span>
              <strong>匿名</strong>：不留任何身份信息，承办单位看不到您是谁。
            </span>
          </label>
        </fieldset>
        <div class="real-only">
          <label for="f-name">
            姓名 <span class="opt">（实名必填）</span>
          </label>
          <input
            type="text"
            id="f-name"
            name="name"
            value={fields.name}
            maxlength={50}
            autocomplete="name"
            aria-invalid={invalid(errors.name)}
            aria-describedby={errors.name ? 'e-name' : undefined}
          />
          <FieldError id="e-name" message={errors.name} />
          <label for="f-contact">
            联系电话或邮箱 <span class="opt">（实名必填，只用于核实和回访）</span>
          </label>
          <input
            type="text"
            id="f-contact"
            name="contact"
            value={fields.contact}
            maxlength={100}
            autocomplete="tel"
            inputmode="tel"
            aria-invalid={invalid(errors.contact)}
            aria-describedby={errors.contact ? 'e-contact' : undefined}
          />
          <FieldError id="e-contact" message={errors.contact} />
          <label for="f-enterprise">
            企业名称 <span class="opt">（选填）</span>
          </label>
          <input
            type="text"
            id="f-enterprise"
            name="enterprise"
            value={fields.enterprise}
            maxlength={100}
            autocomplete="organization"
          />
        </div>
        <p class="hint anon-only">匿名反映时不会保存姓名、联系方式和企业名称，即使已经填写。</p>
        <label for="f-category">
          问题类别 <span class="opt">（选填，不确定就留空，系统会自动归类）</span>
        </label>
        <select id="f-category" name="category" aria-invalid={invalid(errors.category)}>
          <option value="" selected={fields.category === ''}>
            不确定，自动归类
          </option>
          {CATEGORIES.map((c) => (
            <option value={c} selected={fields.category === c}>
              {CATEGORY_LABELS[c]}（{EXAMPLES[c]}）
            </option>
          ))}
        </select>
        <FieldError id="e-category" message={errors.category} />
        <label for="f-description">遇到的问题</label>
        <textarea
          id="f-description"
          name="description"
          rows={8}
          maxlength={5000}
          required
          placeholder="什么事、涉及哪个单位或窗口、什么时候、经过如何；有无凭证（聊天记录、票据等）。"
          aria-invalid={invalid(errors.description)}
          aria-describedby={errors.description ? 'e-description' : 'h-description'}
        >
          {fields.description}
        </textarea>
        <p class="hint" id="h-description">
          反映干部本人吃拿卡要、乱作为的问题，由纪检监察机关直接办理，不会转给被反映的单位。
        </p>
        <FieldError id="e-description" message={errors.description} />
        <div class="actions">
          <button type="submit" class="btn primary">
            提交
          </button>
          <a class="btn" href="/status">
            已有工单？查询进度
          </a>
        </div>
      </form>
    </>
  );
}
