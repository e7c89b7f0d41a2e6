// The public complaint form's fields, read and checked at the edge: what was typed always comes back.
import { type Category, isCategory } from '../../domain/tickets/category';

/** Longest description accepted (the ticket domain's own limit). */
export const MAX_DESCRIPTION = 5000;
/** Shortest description that can be acted on. */
export const MIN_DESCRIPTION = 10;

/** The form as typed (strings, so a re-rendered form shows exactly what was sent). */
export interface ReportFields {
  mode: 'real' | 'anonymous';
  name: string;
  contact: string;
  enterprise: string;
  category: string;
  description: string;
}

/** A message per field that needs fixing. */
export type ReportErrors = Partial<Record<keyof ReportFields, string>>;

/** A complaint ready to file: identity only when real-name, category null when left to the classifier. */
export interface ValidReport {
  anonymous: boolean;
  name: string | null;
  contact: string | null;
  enterprise: string | null;
  category: Category | null;
  description: string;
}

/** An empty form (real-name preselected; anonymous is one click away). */
export const EMPTY_REPORT: ReportFields = {
  mode: 'real',
  name: '',
  contact: '',
  enterprise: '',
  category: '',
  description: '',
};

const text = (v: unknown, max: number) =>
  typeof v === 'string' ? v.replace(/\r\n?/g, '\n').slice(0, max) : '';

/** Reads the posted body into fields (overlong input is cut, never trusted). */
export function readReportFields(body: Record<string, unknown>): ReportFields {
  return {
    mode: body.mode === 'anonymous' ? 'anonymous' : 'real',
    name: text(body.name, 100),
    contact: text(body.contact, 200),
    enterprise: text(body.enterprise, 200),
    category: text(body.category, 20),
    description: text(body.description, MAX_DESCRIPTION + 1000),
  };
}

const CONTACT = /^(\+?\d[\d\s-]{5,19}\d|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

/** Checks the fields; anonymous reports drop name, contact and enterprise so they are never stored. */
export function validateReport(
  fields: ReportFields,
): { ok: true; report: ValidReport } | { ok: false; errors: ReportErrors } {
  const errors: ReportErrors = {};
  const description = fields.description.trim();
  if (description.length < MIN_DESCRIPTION) {
    errors.description = `请把遇到的问题写清楚（至少 ${MIN_DESCRIPTION} 个字）：什么事、哪个单位、什么时候。`;
  } else if (description.length > MAX_DESCRIPTION) {
    errors.description = `描述不能超过 ${MAX_DESCRIPTION} 字（现在 ${description.length} 字），可以先提交主要情况，再在查询页补充。`;
  }
  if (fields.category !== '' && !isCategory(fields.category)) errors.category = '请从列表中选择问题类别。';
  const anonymous = fields.mode === 'anonymous';
  const name = fields.name.trim();
  const contact = fields.contact.trim();
  if (!anonymous) {
    if (!name) errors.name = '实名反映请填写姓名（或选择匿名反映）。';
    else if (name.length > 50) errors.name = '姓名不能超过 50 字。';
    if (!contact) errors.contact = '实名反映请留下联系电话或邮箱，方便回访。';
    else if (!CONTACT.test(contact)) errors.contact = '请填写有效的电话号码或邮箱地址。';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    report: {
      anonymous,
      name: anonymous ? null : name,
      contact: anonymous ? null : contact,
      enterprise: anonymous ? null : fields.enterprise.trim() || null,
      category: isCategory(fields.category) ? fields.category : null,
      description,
    },
  };
}
