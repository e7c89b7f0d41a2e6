// Shared test fixtures: a small organisation and tickets walked to each status through the real API.
import { chinaTime } from '../../../src/domain/calendar/china-time';
import type { Org } from '../../../src/domain/org/org-types';
import { parseOrgFile } from '../../../src/domain/org/parse-org-file';
import { applyAction } from '../../../src/domain/tickets/apply-action';
import type { Category } from '../../../src/domain/tickets/category';
import { openTicket } from '../../../src/domain/tickets/open-ticket';
import type { RandomBytes } from '../../../src/domain/tickets/ticket-code';
import type {
  ActionInput,
  Actor,
  Ticket,
  TicketAction,
  TicketStatus,
} from '../../../src/domain/tickets/ticket-types';

/** A small org: city bureaus, one county with a bureau and a town, 2026 holidays. */
export const ORG_YAML = `
name: 测试市
discipline_office:
  name: 测试市纪委监委
  handlers: [ou_jw_1, ou_jw_2]
  chat_id: oc_jw
departments:
  - { id: szf, name: 测试市人民政府办公室, aliases: [市政府], level: city, handlers: [ou_szf] }
  - { id: zjj, name: 测试市住房和城乡建设局, aliases: [住建局], level: city, handlers: [ou_zjj], chat_id: oc_zjj, keywords: [施工许可] }
  - { id: scjgj, name: 测试市市场监督管理局, aliases: [市场监管局], level: city, handlers: [ou_scj], keywords: [营业执照] }
  - { id: rsj, name: 测试市人力资源和社会保障局, aliases: [人社局], level: city, handlers: [ou_rsj], keywords: [就业补贴] }
  - { id: gxj, name: 测试市工业和信息化局, aliases: [工信局], level: city, handlers: [ou_gxj], keywords: [补贴] }
  - { id: xian, name: 测试县人民政府, aliases: [测试县], level: county, parent: szf, handlers: [ou_xian] }
  - { id: xian-zjj, name: 测试县住房和城乡建设局, aliases: [测试县住建局], level: county, parent: zjj, handlers: [ou_xzjj], keywords: [施工许可] }
  - { id: qingshi, name: 青石镇人民政府, aliases: [青石镇], level: town, parent: xian, handlers: [ou_qs], chat_id: oc_qs }
admins: [ou_admin]
calendar:
  holidays:
    - { name: 元旦, from: 2026-01-01, to: 2026-01-03 }
    - { name: 春节, from: 2026-02-15, to: 2026-02-23 }
    - { name: 清明节, from: 2026-04-04, to: 2026-04-06 }
    - { name: 劳动节, from: 2026-05-01, to: 2026-05-05 }
    - { name: 端午节, from: 2026-06-19, to: 2026-06-21 }
    - { name: 中秋节, from: 2026-09-25, to: 2026-09-27 }
    - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
  workdays: [2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10]
`;

function loadOrg(): Org {
  const result = parseOrgFile(ORG_YAML);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.org;
}

/** The fixture organisation (default deadlines: 5/10 working days, sign 1, remind 4 h, escalate 2, extension 10). */
export const org = loadOrg();

/** An instant from a China wall-clock time: at('2026-09-30 10:00'). */
export function at(text: string): number {
  const [day, time = '00:00'] = text.split(' ');
  const [h, m] = time.split(':').map(Number);
  return chinaTime(day!, h!, m);
}

/** A deterministic random source cycling through fixed bytes. */
export function fixedRandom(seed = 7): RandomBytes {
  let n = seed;
  return (length) => Uint8Array.from({ length }, () => (n = (n * 73 + 41) % 256));
}

/** Lark users of the fixture. */
export const users = {
  reporter: { type: 'user', openId: 'ou_reporter' },
  zjj: { type: 'user', openId: 'ou_zjj' },
  xianZjj: { type: 'user', openId: 'ou_xzjj' },
  scj: { type: 'user', openId: 'ou_scj' },
  supervisor: { type: 'user', openId: 'ou_jw_1' },
  supervisor2: { type: 'user', openId: 'ou_jw_2' },
  admin: { type: 'user', openId: 'ou_admin' },
  stranger: { type: 'user', openId: 'ou_stranger' },
  webReporter: { type: 'reporter' },
  system: { type: 'system' },
} as const satisfies Record<string, Actor>;

/** When fixture tickets are opened: Monday 2026-11-16 10:00 China time. */
export const T0 = at('2026-11-16 10:00');

/** Opens a ticket through the real intake, failing the test on refusal. */
export function open(
  category: Category,
  text: string,
  extra: { anonymous?: boolean; now?: number } = {},
): Ticket {
  const result = openTicket(
    org,
    {
      category,
      description: text,
      anonymous: extra.anonymous ?? false,
      reporter: { id: 'ou_reporter', name: '王经理', contact: '13800000000', channel: 'lark' },
      enterprise: '示例建材有限公司',
    },
    extra.now ?? T0,
    fixedRandom(),
  );
  if (!result.ok) throw new Error(result.message);
  return result.ticket;
}

/** Applies an action, failing the test on refusal. */
export function act(
  ticket: Ticket,
  action: TicketAction,
  actor: Actor,
  input: ActionInput = {},
  now = T0,
): Ticket {
  const result = applyAction(ticket, action, actor, now, input, org);
  if (!result.ok) throw new Error(`${action} refused: ${result.code} ${result.message}`);
  return result.ticket;
}

/** A 慢作为 ticket about 住建局 (assigned to zjj) walked to the given status. */
export function ticketIn(status: TicketStatus): Ticket {
  if (status === 'received') return open('other', '有个事情想反映一下');
  let t = open('delay', '住建局的施工许可拖了三个月');
  const path: [TicketStatus, TicketAction, ActionInput][] = [
    ['in_progress', 'accept', {}],
    ['resolved', 'resolve', { note: '已于当日办结施工许可' }],
    ['verified', 'verify', {}],
    ['visited', 'visit', { satisfaction: 5 }],
    ['closed', 'close', {}],
  ];
  for (const [reached, action, input] of path) {
    if (t.status === status) return t;
    t = act(t, action, users.admin, input);
    if (reached === status) return t;
  }
  return t;
}
