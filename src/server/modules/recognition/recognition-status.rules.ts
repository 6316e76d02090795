import type { NominationActionName, NominationSide, NominationWork } from "../../../shared/contracts/recognition.contract";
import { NOMINATION_STATUS_LABELS, type NominationStatus } from "../../../shared/care";
import { type ActingActor, actingBodies } from "../access/acting-bodies.rules";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./recognition-rule-catalogue";

/**
 * The state machine of a nomination (HON-06). Pure.
 *
 *   submitted ─shortlist─▶ in_publicity ─decide─▶ awarded ─publish─▶ published
 *       │                      │              └─▶ not_awarded
 *       └─reject─▶ rejected    │
 *   submitted / in_publicity ─withdraw─▶ withdrawn
 *
 * Each transition belongs to one side (HON-02): the nominating organization withdraws; the reviewing
 * committee shortlists, rejects, decides and publishes, and records objections and their findings
 * while the nomination is in publicity. `decide` goes to awarded or not_awarded by its decision.
 */
export const NOMINATION_TRANSITIONS: Record<NominationActionName, { from: readonly NominationStatus[]; side: NominationSide }> = {
  withdraw: { from: ["submitted", "in_publicity"], side: "nominator" },
  shortlist: { from: ["submitted"], side: "committee" },
  reject: { from: ["submitted"], side: "committee" },
  decide: { from: ["in_publicity"], side: "committee" },
  publish: { from: ["awarded"], side: "committee" },
};

export const NOMINATION_WORK_RULES: Record<NominationWork, { in: readonly NominationStatus[]; side: NominationSide; label: string; rule: "HON-08" | "HON-09" }> = {
  objection_record: { in: ["in_publicity"], side: "committee", label: "登记公示期间的反映", rule: "HON-08" },
  objection_find: { in: ["in_publicity"], side: "committee", label: "核实反映", rule: "HON-09" },
};

/** Where a step leads: decide by its decision, the others to one status each. */
export function nextStatus(action: NominationActionName, decision?: "awarded" | "not_awarded"): NominationStatus {
  switch (action) {
    case "withdraw":
      return "withdrawn";
    case "shortlist":
      return "in_publicity";
    case "reject":
      return "rejected";
    case "decide":
      return decision ?? "awarded";
    case "publish":
      return "published";
  }
}

/** Statuses in which a nomination still stands for its nominee, honour and year (HON-04): all but rejected and withdrawn. */
export const STANDING_STATUSES: readonly NominationStatus[] = ["submitted", "in_publicity", "awarded", "not_awarded", "published"];

const SIDE_TEXT: Record<NominationSide, string> = { nominator: "推荐组织", committee: "负责审核的上级党委" };

function checkSide(sides: readonly NominationSide[], side: NominationSide, label: string): RuleIssue[] {
  if (sides.includes(side)) return [];
  return side === "nominator"
    ? [refuse("status", "HON-01", `“${label}”须由${SIDE_TEXT.nominator}（本组织工作人员）办理`)]
    : [refuse("status", "HON-02", `“${label}”须由${SIDE_TEXT.committee}办理，推荐组织不能自行审核`)];
}

const statusText = (statuses: readonly NominationStatus[]) => statuses.map((s) => NOMINATION_STATUS_LABELS[s]).join("、");

/** Whether the sides may take `action` now: the side first (who), then the status (when). */
export function checkTransition(action: NominationActionName, status: NominationStatus, sides: readonly NominationSide[], label: string): RuleIssue[] {
  const t = NOMINATION_TRANSITIONS[action];
  const bySide = checkSide(sides, t.side, label);
  if (bySide.length > 0) return bySide;
  if (t.from.includes(status)) return [];
  return [refuse("status", "HON-06", `推荐当前为“${NOMINATION_STATUS_LABELS[status]}”，不能${label}（仅在“${statusText(t.from)}”时可以）`)];
}

export function checkWork(work: NominationWork, status: NominationStatus, sides: readonly NominationSide[]): RuleIssue[] {
  const w = NOMINATION_WORK_RULES[work];
  const bySide = checkSide(sides, w.side, w.label);
  if (bySide.length > 0) return bySide;
  if (w.in.includes(status)) return [];
  return [refuse("status", w.rule, `推荐当前为“${NOMINATION_STATUS_LABELS[status]}”，不能${w.label}（仅在“${statusText(w.in)}”时可以）`)];
}

export interface NominationParties {
  /** The nominating organization and its materialized path. */
  orgId: string;
  orgPath: string;
  /** The reviewing committee; null = the administrators (no committee above). */
  reviewingOrgId: string | null;
}

/**
 * The sides the actor speaks for (HON-01, HON-02), from the acting bodies of separation of duties:
 * - nominator: a holder of recognition.nominate of the nominating organization itself (an organization
 *   above it is not its voice: a committee never withdraws a branch's nomination it reviews);
 * - committee: a holder of recognition.review in the reviewing committee itself, or an administrator
 *   where no committee stands above.
 * Nobody is both: the reviewing committee lies strictly above the nominating organization.
 */
export function nominationSides(actor: ActingActor, n: NominationParties): NominationSide[] {
  const bodies = actingBodies(actor, n.orgPath, n.reviewingOrgId, { branch: "recognition.nominate", committee: "recognition.review" });
  const sides: NominationSide[] = [];
  if (bodies.includes("branch") && actor.orgId === n.orgId) sides.push("nominator");
  const reviews = bodies.includes("committee") || (actor.role === "admin" && n.reviewingOrgId === null);
  // An administrator never nominates (no recognition.nominate), so may review even the top committee's
  // own nomination; anyone else never reviews their own organization's.
  if (reviews && (actor.role === "admin" || actor.orgId !== n.orgId)) sides.push("committee");
  return sides;
}

/** The steps the sides may take now, for the web to show only what the server accepts. */
export function availableActions(status: NominationStatus, sides: readonly NominationSide[]): NominationActionName[] {
  return (Object.keys(NOMINATION_TRANSITIONS) as NominationActionName[]).filter((a) => checkTransition(a, status, sides, a).length === 0);
}

export function availableWork(status: NominationStatus, sides: readonly NominationSide[]): NominationWork[] {
  return (Object.keys(NOMINATION_WORK_RULES) as NominationWork[]).filter((w) => checkWork(w, status, sides).length === 0);
}
