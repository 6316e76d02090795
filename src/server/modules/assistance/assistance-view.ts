import type { CampaignTarget, CarePerson, CoverageFigures, VisitListItem } from "../../../shared/contracts/assistance.contract";
import type { CareRecipientKind, VisitKind } from "../../../shared/care";
import { wholeYearsBetween } from "../../../shared/dates";
import type { TargetListRow } from "./assistance-campaigns.repository";
import type { PersonRow } from "./assistance-people.repository";
import type { VisitView } from "./assistance-visits.repository";
import { coverageShare, isTargetOverdue } from "./assistance.rules";

// Rows to the contract's shapes. Lists carry only the kinds as the short label: the hardship and
// health text stays in the audited full view.

/** Why a member person is cared for, in the order lists show them. */
export function kindsOf(row: Pick<PersonRow, "is_struggling" | "is_senior" | "is_long_ill" | "recipient_kind">): CareRecipientKind[] {
  if (row.recipient_kind) return [row.recipient_kind as CareRecipientKind];
  const kinds: CareRecipientKind[] = [];
  if (row.is_struggling) kinds.push("struggling_member");
  if (row.is_senior) kinds.push("senior_member");
  if (row.is_long_ill) kinds.push("long_ill_member");
  return kinds;
}

export function toPerson(row: PersonRow, today: string): CarePerson {
  const isMember = row.subject === "member";
  return {
    key: isMember ? `member:${row.member_id}` : `recipient:${row.recipient_id}`,
    subject: row.subject,
    memberId: row.member_id,
    recipientId: row.recipient_id,
    name: row.name,
    orgId: row.org_id,
    orgName: row.org_name,
    kinds: kindsOf(row),
    age: isMember && row.birth_date ? wholeYearsBetween(row.birth_date, today) : null,
    relation: row.relation,
    recipients: JSON.parse(row.recipients) as CarePerson["recipients"],
    startedOn: row.started_on,
    endedOn: row.ended_on,
    lastVisitOn: row.last_visit_on,
    visitsThisYear: Number(row.visits_this_year),
  };
}

export const toVisitItem = (row: VisitView): VisitListItem => ({
  id: row.visit.id,
  visitedOn: row.visit.visitedOn,
  memberId: row.visit.memberId,
  recipientId: row.visit.recipientId,
  personName: row.personName,
  orgId: row.visit.orgId,
  orgName: row.orgName,
  visitors: row.visit.visitors,
  kind: row.visit.kind as VisitKind,
  amountFen: row.visit.amountFen === null ? null : Number(row.visit.amountFen),
  campaignId: row.visit.campaignId,
  campaignTitle: row.campaignTitle,
  recordedByName: row.recordedByName,
});

export const toCoverage = (c: { targets: number; visited: number; overdue: number }): CoverageFigures => ({
  targets: Number(c.targets),
  visited: Number(c.visited),
  overdue: Number(c.overdue),
  share: coverageShare(Number(c.targets), Number(c.visited)),
});

export const toTarget = (row: TargetListRow, today: string): CampaignTarget => ({
  id: row.target.id,
  memberId: row.target.memberId,
  recipientId: row.target.recipientId,
  name: row.name,
  kind: row.target.kind as CareRecipientKind,
  orgId: row.target.orgId,
  orgName: row.orgName,
  visitorName: row.target.visitorName,
  dueOn: row.target.dueOn,
  visitedOn: row.visitedOn,
  isOverdue: isTargetOverdue(row.visitedOn, row.target.dueOn, today),
});
