import type { MemberDetail, MemberPage } from "../../../shared/contracts/members.contract";
import type { MemberStanding } from "../../../shared/domain";
import { can } from "../access/access.policy";
import type { Actor } from "../access/access.rules";
import { EVENTS_BY_STANDING } from "../../../shared/member-lifecycle";

/**
 * What a caller may do with a member they reach (scope decides which members they reach).
 * Full ID and phone numbers: the officers who keep the roster, and a member for their own record —
 * the person's right to see their own information (PIPL §45). Every full view is audited either way.
 */
export const canViewMemberPii = (actor: Actor, member: { id: string }): boolean =>
  can(actor, "member.read_pii") || (can(actor, "member.read_own_pii") && actor.memberId === member.id);

/** A closed record (exited, deceased, transferred out of the system) admits no event (EXIT-01, EV-01). */
const isClosedRecord = (member: { standing: string }) => EVENTS_BY_STANDING[member.standing as MemberStanding].length === 0;

export const memberAbilities = (actor: Actor, member: { id: string; standing: string }): MemberDetail["abilities"] => ({
  // The branch no longer edits a closed record; the committee (and admin) may still correct it.
  canUpdate: can(actor, "member.update") && (!isClosedRecord(member) || can(actor, "member.update_closed")),
  canViewPii: canViewMemberPii(actor, member),
  canRecordEvent: can(actor, "member.record_event") && !isClosedRecord(member),
});

/** The roster's own actions; full values in an export need both the export and the PII permission. */
export const memberListAbilities = (actor: Actor): MemberPage["abilities"] => ({
  canCreate: can(actor, "member.create"),
  canImport: can(actor, "member.import"),
  canExport: can(actor, "member.export"),
  canExportPii: can(actor, "member.export") && can(actor, "member.read_pii"),
});
