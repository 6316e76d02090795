import type { MeetingType } from "../../../shared/org-life";
import { type Lifespan, type Period, owesPeriod, periodState, periodsOf } from "./compliance.rules";
import type { Requirement } from "./meeting-frequency.rules";

/**
 * The plan prefill (年度、月度组织生活计划, issue 6): from what the organization owes (meeting-frequency
 * rules), the items still missing from its plan for the year. Pure; idempotent by construction — an
 * item the plan already holds (planned or held) is never added again, a cancelled one is replaced,
 * since the requirement stands.
 */

/**
 * The month a yearly meeting is planned in, when still ahead: the life meeting in December (usually
 * Q4, 条例 §17), the talks before it in November (talks come first, §2.3), a committee secretary's
 * lecture in July (around 七一, practice). A choice of this system, not a rule.
 */
export const YEARLY_PLAN_MONTH: Partial<Record<MeetingType, number>> = { life_meeting: 12, one_on_one_talk: 11, party_lecture: 7 };

export interface PlanSlot {
  type: MeetingType;
  month: number;
}

const monthOf = (date: string) => Number(date.slice(5, 7));

/**
 * The months of `period` an item can still be planned in: all of them for a period not started, from
 * today's month on for the running one.
 */
function openMonths(period: Period, today: string): number[] {
  const first = monthOf(period.from);
  const last = monthOf(period.to);
  const start = periodState(period, today) === "open" ? Math.max(first, monthOf(today)) : first;
  return Array.from({ length: last - start + 1 }, (_, i) => start + i);
}

/** Where the `count` items of one period go: spread evenly over its open months (a yearly one in its usual month when possible). */
function placeItems(type: MeetingType, period: Period, count: number, today: string): number[] {
  const months = openMonths(period, today);
  if (period.unit === "year") {
    const usual = YEARLY_PLAN_MONTH[type];
    const month = usual !== undefined && months.includes(usual) ? usual : months[0]!;
    return Array.from({ length: count }, () => month);
  }
  return Array.from({ length: count }, (_, i) => months[Math.floor((i * months.length) / count)]!);
}

/**
 * The slots to add to a plan for `year`: for each requirement and each period of the year that is not
 * yet closed on `today` and that the organization owes (owesPeriod), as many items as the requirement
 * counts, less those the plan already holds in that period (planned or held, not cancelled).
 * Closed periods are history: a plan is not written for them.
 */
export function missingPlanSlots(input: {
  requirements: readonly Requirement[];
  life: Lifespan;
  year: number;
  today: string;
  partialPeriodOwed: boolean;
  existing: readonly PlanSlot[];
}): PlanSlot[] {
  const slots: PlanSlot[] = [];
  for (const requirement of input.requirements) {
    for (const period of periodsOf(requirement.unit, input.year)) {
      if (periodState(period, input.today) === "closed" || !owesPeriod(input.life, period, input.partialPeriodOwed)) continue;
      const first = monthOf(period.from);
      const last = monthOf(period.to);
      const held = input.existing.filter((s) => s.type === requirement.type && s.month >= first && s.month <= last).length;
      const missing = requirement.count - held;
      if (missing <= 0) continue;
      for (const month of placeItems(requirement.type, period, missing, input.today)) slots.push({ type: requirement.type, month });
    }
  }
  return slots.sort((x, y) => x.month - y.month);
}

/** A planned day must lie in the plan's year; its month becomes the item's month. */
export const isPlannedOnInYear = (plannedOn: string, year: number) => Number(plannedOn.slice(0, 4)) === year;
