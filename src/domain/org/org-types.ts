import type { CalendarConfig } from '../calendar/work-calendar';
import type { Category } from '../tickets/category';

/** Administrative level of a department: 乡镇/街道, 县区, 市. */
export type DepartmentLevel = 'town' | 'county' | 'city';

/** Rank of each level; a parent must rank strictly higher than its child. */
export const LEVEL_RANK: Readonly<Record<DepartmentLevel, number>> = { town: 1, county: 2, city: 3 };

/** The Chinese name of each level, for messages. */
export const LEVEL_LABELS: Readonly<Record<DepartmentLevel, string>> = {
  town: '乡镇（街道）',
  county: '县区',
  city: '市',
};

/** The 纪委监委: receives 吃拿卡要/乱作为 complaints, triages unmatched ones and supervises everything. */
export interface DisciplineOffice {
  name: string;
  /** Lark open_ids of the supervisors (监督人员). */
  handlers: readonly string[];
  /** Optional Lark group for supervision notifications. */
  chatId: string | null;
}

/** One unit that can be assigned tickets (承办单位). */
export interface Department {
  id: string;
  name: string;
  /** Other names people use for it (住建局, 建设局); unique across the file. */
  aliases: readonly string[];
  level: DepartmentLevel;
  /** The unit one level up, where overdue tickets escalate; null at the top. */
  parent: string | null;
  /** Lark open_ids of the handlers (经办人) who sign for and work tickets. */
  handlers: readonly string[];
  chatId: string | null;
  /** Words in a complaint that point to this unit (施工许可, 营业执照). */
  keywords: readonly string[];
}

/** Time limits, all counted in working days (or working hours) with the organisation's calendar. */
export interface DeadlinePolicy {
  /** 办理时限: working days from 交办 to 办结, per category. */
  workingDays: Readonly<Record<Category, number>>;
  /** 签收时限: working days a unit has to sign for (or triage) a ticket. */
  signWithinWorkingDays: number;
  /** Office hours before the deadline when the reminder goes out (0 = no reminder). */
  remindBeforeWorkingHours: number;
  /** Working days past the deadline before each escalation one level up. */
  escalateAfterWorkingDays: number;
  /** The most working days all extensions of one handling round may add together. */
  extensionMaxWorkingDays: number;
}

/** The validated organisation file: who handles what, time limits and the holiday calendar. */
export interface Org {
  name: string;
  disciplineOffice: DisciplineOffice;
  departments: readonly Department[];
  admins: readonly string[];
  deadlines: DeadlinePolicy;
  calendar: CalendarConfig;
}
