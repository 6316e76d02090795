import type { RuleSetSettings } from "../../../shared/contracts/development.contract";

type Period = RuleSetSettings["periods"][number];
export type PeriodState = "in_force" | "scheduled" | "superseded";

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = { in_force: "当前生效", scheduled: "待生效", superseded: "已被替代" };

/**
 * Where each period stands on `today` (YYYY-MM-DD), as the server's ruleSetOn judges a date: the
 * latest one already begun is in force, later ones are scheduled, earlier ones superseded. None in
 * force means the 2014 baseline applies. (The server keeps one period per day.)
 */
export function periodStates(periods: Period[], today: string): Map<string, PeriodState> {
  const inForce = periods.filter((p) => p.effectiveFrom <= today).reduce<Period | undefined>((latest, p) => (!latest || p.effectiveFrom > latest.effectiveFrom ? p : latest), undefined);
  return new Map(periods.map((p) => [p.id, p === inForce ? "in_force" : p.effectiveFrom > today ? "scheduled" : "superseded"]));
}
