import type { Role, TicketAction, TicketStatus } from './ticket-types';

/** One legal move: the statuses it starts from, where it leads ('same' = status unchanged) and who may make it. */
export interface ActionRule {
  from: readonly TicketStatus[];
  to: TicketStatus | 'same';
  roles: readonly Role[];
}

const WORKING: readonly TicketStatus[] = ['assigned', 'in_progress'];
const HANDLING: readonly Role[] = ['handler', 'supervisor', 'admin'];
const OVERSIGHT: readonly Role[] = ['supervisor', 'admin'];

/** The table of legal moves: anything not listed here is refused. */
export const ACTION_RULES: Readonly<Record<TicketAction, ActionRule>> = {
  assign: { from: ['received'], to: 'assigned', roles: ['supervisor', 'admin', 'system'] },
  accept: { from: ['assigned'], to: 'in_progress', roles: HANDLING },
  return: { from: WORKING, to: 'received', roles: HANDLING },
  request_extension: { from: ['in_progress'], to: 'same', roles: HANDLING },
  approve_extension: { from: ['in_progress'], to: 'same', roles: OVERSIGHT },
  reject_extension: { from: ['in_progress'], to: 'same', roles: OVERSIGHT },
  resolve: { from: ['in_progress'], to: 'resolved', roles: HANDLING },
  verify: { from: ['resolved'], to: 'verified', roles: ['reporter', 'supervisor', 'admin'] },
  visit: { from: ['verified'], to: 'visited', roles: ['reporter', 'supervisor', 'admin'] },
  reopen: {
    from: ['resolved', 'verified', 'visited'],
    to: 'assigned',
    roles: ['reporter', 'supervisor', 'admin'],
  },
  close: { from: ['visited'], to: 'closed', roles: ['supervisor', 'admin', 'system'] },
  urge: { from: ['received', ...WORKING], to: 'same', roles: ['supervisor', 'admin', 'system'] },
  escalate: { from: ['received', ...WORKING], to: 'same', roles: ['supervisor', 'admin', 'system'] },
  comment: {
    from: ['received', 'assigned', 'in_progress', 'resolved', 'verified', 'visited'],
    to: 'same',
    roles: ['handler', 'supervisor', 'admin', 'reporter'],
  },
};

/** Every action code, for validating input at the edge. */
export const TICKET_ACTIONS = Object.keys(ACTION_RULES) as TicketAction[];

/** Tells whether a string is an action code. */
export function isTicketAction(value: string): value is TicketAction {
  return Object.hasOwn(ACTION_RULES, value);
}

/** The actions legal from a status (ignoring who acts): what a card may offer. */
export function actionsFrom(status: TicketStatus): TicketAction[] {
  return TICKET_ACTIONS.filter((a) => ACTION_RULES[a].from.includes(status));
}
