import type { StepBody } from "../../../shared/development-steps";
import {
  type ActingActor,
  type ActingBody,
  type BodyPermissions,
  type Duty,
  actingBodies as bodiesWith,
  checkDuty as dutyWith,
} from "../access/acting-bodies.rules";

/**
 * Separation of duties (issue 5; the actors of rules.md §1.3): the branch records the branch's steps,
 * only the approving committee's own users record pre-review, the approval talk and the approvals.
 * Nobody records for an organization above their own, and no single officer can carry a person from
 * application to approval. The rule is access/acting-bodies.rules.ts; here development's permissions
 * (branch_officer → branch; org_admin/admin → committee) and its refusals (SOD-01, SOD-02). Pure.
 */
export type DutyActor = ActingActor;
export type { ActingBody };

const DEVELOPMENT_BODIES: BodyPermissions = { branch: "development.record_branch_step", committee: "development.record_committee_step" };

/** The body the actor speaks for in this case, if any. */
export const actingBodies = (actor: DutyActor, caseOrgPath: string, approvingCommitteeId: string | null): ActingBody[] =>
  bodiesWith(actor, caseOrgPath, approvingCommitteeId, DEVELOPMENT_BODIES);

type SodRefusal = { rule: "SOD-01" | "SOD-02"; message: string };
export type DutyCheck = Duty<SodRefusal>;

const SOD_REFUSALS: { branch: SodRefusal; committee: SodRefusal } = {
  branch: { rule: "SOD-01", message: "此步骤须由发展对象所在党支部的工作人员登记" },
  committee: { rule: "SOD-02", message: "此步骤须由具有审批权限的基层党委（发展对象所在支部的上级党委）的工作人员登记" },
};

export const checkDuty = (stepBody: StepBody, bodies: readonly ActingBody[]): DutyCheck => dutyWith(stepBody, bodies, SOD_REFUSALS);
