/** One line of a plan: the quota handed down, those admitted this year, and the open cases that can still be. */
export interface QuotaFigures {
  quota: number;
  actual: number;
  forecast: number;
}

export type PlanProgressState = "met" | "on_track" | "short" | "unplanned";

export interface PlanProgressView {
  /** Admitted against the quota, in whole percent; null without a quota. */
  actualPercent: number | null;
  /** Admitted plus forecast against the quota, in whole percent; null without a quota. */
  expectedPercent: number | null;
  /** Quota not covered by admitted and forecast cases (0 when covered). */
  gap: number;
  state: PlanProgressState;
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * How a line of the plan stands: met (admitted reach the quota), on track (admitted plus the cases
 * that can still reach probationary membership this year cover it), short (they do not: the gap),
 * or unplanned (no quota was handed down).
 */
export function toPlanProgress({ quota, actual, forecast }: QuotaFigures): PlanProgressView {
  if (quota <= 0) return { actualPercent: null, expectedPercent: null, gap: 0, state: "unplanned" };
  const expected = actual + forecast;
  return {
    actualPercent: percent(actual, quota),
    expectedPercent: percent(expected, quota),
    gap: Math.max(0, quota - expected),
    state: actual >= quota ? "met" : expected >= quota ? "on_track" : "short",
  };
}

export const PLAN_PROGRESS_LABELS: Record<PlanProgressState, string> = {
  met: "已完成",
  on_track: "预计可完成",
  short: "预计缺口",
  unplanned: "未下达名额",
};
