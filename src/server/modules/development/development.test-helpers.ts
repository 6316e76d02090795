import type { StepCode, StepDecision } from "../../../shared/development-steps";
import type { CaseFacts } from "./development-case.rules";
import { stepEffect } from "./development-effects.rules";

/** Builders for the pure rule tests: a case, and records applied to it as the steps service applies them. */

export const buildCase = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  status: "open",
  birthDate: "1995-04-12",
  plannedLeaveOn: null,
  applicationReceivedOn: "2023-03-01",
  activistOn: null,
  candidateOn: null,
  admittedOn: null,
  approvedOn: null,
  probationEndsOn: null,
  steps: [],
  ...overrides,
});

/** Records one step and applies its effect (dates, status), as the steps service does. */
export function apply(c: CaseFacts, code: StepCode, occurredOn: string, decision: StepDecision | null = null, facts: Record<string, unknown> = {}): CaseFacts {
  const { patch } = stepEffect(c, code, occurredOn, decision);
  return { ...c, ...patch, steps: [...c.steps, { code, occurredOn, decision, facts }] };
}
