import type { MemberEventType, MemberStanding } from "./domain";

/**
 * The events each standing admits (rules.md §3.3, §5), shared so the web offers exactly what the
 * server's rules (member-events.rules.ts) accept:
 * - transferring: the sending organization stays responsible until the receiver accepts (TR-03),
 *   so only the acceptance, the sender's withdrawal, or a death;
 * - suspended (停止党籍): restoration on request (LC-03), an exit (e.g. LC-02), or a death;
 * - an exit is final (EXIT-01), as are death and a transfer out of the system: the record closes.
 */
export const EVENTS_BY_STANDING: Record<MemberStanding, readonly MemberEventType[]> = {
  active: ["transfer_out", "transfer_out_of_system", "mobile_registered", "mobile_returned", "lost_contact", "contact_restored", "suspended", "exit", "death"],
  transferring: ["transfer_in", "transfer_cancelled", "death"],
  suspended: ["restored", "exit", "death"],
  transferred_out: [],
  exited: [],
  deceased: [],
};
