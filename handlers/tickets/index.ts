// The ticket use cases, shared by Lark (handlers/message.ts, card actions, the scheduler) and the web
// pages (src/transport/pages: /report, /status, /admin) and the API (src/transport/api-routes.ts).
// Every function takes the handler ports (`runtime.ports` in the transport) and `now` (epoch ms);
// none sends anything: each returns the reporter's view, a Reply card and `also: Outgoing[]`, the
// notifications for the caller to enqueue (toRecipient + runtime.outbox.enqueue, as the pages'
// ticket-desk.ts does; in Lark the message and card-action paths of the runtime do it).
//
//   fileComplaint(ports, {channel:'lark'|'web', reporterId, reporterName?, contact?, anonymous,
//                 description, category?, enterprise?, sourceKey}, now)
//     → {ok, duplicate, code, queryKey|null, view: ReporterTicketView, receipt: Reply, also: Outgoing[]}
//       | {ok:false, code, message, receipt}
//     Idempotent on sourceKey. A query key is issued for anonymous reports and for every web report.
//   lookupTicket(ports, {code, key?, requesterId?}, now)
//     → {ok, as:'reporter', view: ReporterTicketView, reply} | {ok, as:'staff', view: StaffTicketView, reply}
//       | {ok:false, code:'not_found', message, reply}   (same answer for unknown codes and strangers)
//   addInformation(ports, {code, key? | requesterId?, text? | whenWhere?, details?, enterprise?, contact?,
//                  kind?: 'info'|'answer'}, now)
//     → {ok, view, reply, also} | {ok:false, code, message, reply}
//   listTickets(ports, {status?, category?, department?, from?, to?, limit?, offset?}, now)
//     → {tickets: StaffTicketView[], total}   (newest first; anonymous reporters never shown)
//   ticketDetail(ports, code, now) → {ticket: StaffTicketView, history: StaffEventView[]} | null
//   ticketsCsv(tickets: StaffTicketView[]) → CSV text with BOM
//   performAction(ports, {code, action, actor, input}, now) → Changed | Refusal   (any domain action)
//   runTicketScheduler(ports, now) → Outgoing[]   (reminders, 催办, escalation; each key claimed once)
export { type AddInformationResult, addInformation, type InformationInput } from './add-information';
export { type ComplaintInput, type FileComplaintResult, fileComplaint } from './file-complaint';
export { formatChinaTime, formatDeadline } from './format';
export { type ListTicketsQuery, listTickets, type TicketListing, ticketDetail } from './list-tickets';
export { type LookupResult, lookupTicket } from './lookup-ticket';
export { changeNotices } from './notices';
export { type Changed, performAction } from './perform-action';
export { runTicketScheduler } from './scheduled';
export type { StoredTicket, TicketFilter, TicketStore } from './ticket-store';
export { ticketsCsv } from './tickets-csv';
export type { ReporterTicketView, StaffEventView, StaffTicketView, TimelineEntry } from './views';
