import type { StepBody } from "../../../shared/development-steps";
import type { Role } from "../../../shared/domain";

/**
 * Separation of duties (issue 5; the actors of rules.md §1.3): the branch records the branch's steps,
 * only the approving committee's own users record pre-review, the approval talk and the approvals.
 * Nobody records for an organization above their own, and no single officer can carry a person from
 * application to approval. Pure.
 */
export interface DutyActor {
  role: Role;
  orgId: string;
  orgPath: string;
}

export type ActingBody = "branch" | "committee";

/** The body the actor speaks for in this case, if any. */
export function actingBodies(actor: DutyActor, caseOrgPath: string, approvingCommitteeId: string | null): ActingBody[] {
  const bodies: ActingBody[] = [];
  if (actor.role === "branch_officer" && caseOrgPath.startsWith(actor.orgPath)) bodies.push("branch");
  if ((actor.role === "org_admin" || actor.role === "admin") && approvingCommitteeId !== null && actor.orgId === approvingCommitteeId) bodies.push("committee");
  return bodies;
}

export type DutyCheck = { ok: true; body: ActingBody } | { ok: false; rule: "SOD-01" | "SOD-02"; message: string };

export function checkDuty(stepBody: StepBody, bodies: readonly ActingBody[]): DutyCheck {
  if (stepBody !== "committee" && bodies.includes("branch")) return { ok: true, body: "branch" };
  if (stepBody !== "branch" && bodies.includes("committee")) return { ok: true, body: "committee" };
  return stepBody === "committee"
    ? { ok: false, rule: "SOD-02", message: "此步骤须由具有审批权限的基层党委（发展对象所在支部的上级党委）的工作人员登记" }
    : { ok: false, rule: "SOD-01", message: "此步骤须由发展对象所在党支部的工作人员登记" };
}
