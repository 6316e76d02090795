import type { Role } from "../../../shared/domain";
import { type Permission, can } from "../../../shared/permissions";

/**
 * Separation of duties between a branch and its approving committee (development's SOD-01/02,
 * handling's HANDLE-08): the case branch's officers record the branch's steps, only the approving
 * committee's own users record the committee's. Nobody records for an organization above their own.
 * Each module names the permissions that make each body and its own refusals. Pure.
 */
export type ActingBody = "branch" | "committee";

/** Who records a kind of step: one body, or either. */
export type DutyBody = ActingBody | "branch_or_committee";

export interface ActingActor {
  role: Role;
  orgId: string;
  orgPath: string;
}

/** The permission that lets the actor speak for each body. */
export interface BodyPermissions {
  branch: Permission;
  committee: Permission;
}

/**
 * The bodies the actor speaks for in a case: the branch when they hold `permissions.branch` and
 * their organization is on the case organization's path (the branch or above it); the committee when
 * they hold `permissions.committee` and belong to the approving committee itself.
 */
export function actingBodies(actor: ActingActor, caseOrgPath: string, approvingCommitteeId: string | null, permissions: BodyPermissions): ActingBody[] {
  const bodies: ActingBody[] = [];
  if (can(actor, permissions.branch) && caseOrgPath.startsWith(actor.orgPath)) bodies.push("branch");
  if (can(actor, permissions.committee) && approvingCommitteeId !== null && actor.orgId === approvingCommitteeId) bodies.push("committee");
  return bodies;
}

export type Duty<Refusal> = { ok: true; body: ActingBody } | ({ ok: false } & Refusal);

/**
 * The body that records a step of `stepBody` for an actor speaking for `bodies` (the branch first when
 * either may), or the module's refusal: `refusals.committee` for a committee step, `refusals.branch`
 * otherwise.
 */
export function checkDuty<Refusal extends object>(stepBody: DutyBody, bodies: readonly ActingBody[], refusals: { branch: Refusal; committee: Refusal }): Duty<Refusal> {
  if (stepBody !== "committee" && bodies.includes("branch")) return { ok: true, body: "branch" };
  if (stepBody !== "branch" && bodies.includes("committee")) return { ok: true, body: "committee" };
  return { ok: false, ...(stepBody === "committee" ? refusals.committee : refusals.branch) };
}
