import type { MatrixCell, Period, PlanItem } from "../../../shared/contracts/compliance.contract";
import type { MeetingType } from "../../../shared/org-life";

/**
 * The links between the plan, the matrix and the meeting records (seams 1 and 2 of issue 6): the
 * meetings feature reads these query parameters as its form's prefill and its list's filters.
 */

/** "记录会议" from a plan item: the new-meeting form of its organization and type, the plan item and its day. */
export function recordMeetingLink(item: Pick<PlanItem, "id" | "orgId" | "type" | "plannedOn">): string {
  const params = new URLSearchParams({ orgId: item.orgId, type: item.type, planItemId: item.id });
  if (item.plannedOn) params.set("heldOn", item.plannedOn);
  return `/org-life/meetings/new?${params}`;
}

/** A matrix cell's records: the signed-off meetings of that organization (and its subtree), type and period. */
export function drillDownLink(orgId: string, type: MeetingType, period: Pick<Period, "from" | "to">): string {
  const params = new URLSearchParams({ orgId, type, from: period.from, to: period.to, status: "signed_off" });
  return `/org-life/meetings?${params}`;
}

/** The compliance page of an organization, year and (optionally) type: the URL it reads (seam 2). */
export function compliancePageLink(orgId: string, year: number, type?: MeetingType): string {
  const params = new URLSearchParams({ orgId, year: String(year) });
  if (type) params.set("type", type);
  return `/org-life/compliance?${params}`;
}

/** A cell's short text: done/required where owed, a dash where not. */
export const cellText = (cell: Pick<MatrixCell, "status" | "done" | "required">) => (cell.status === "none" ? "—" : `${cell.done}/${cell.required}`);

/** A header's short label: months as 1月…, quarters as Q1…, the year as 全年. */
export function shortPeriodLabel(period: Pick<Period, "key" | "unit">): string {
  if (period.unit === "month") return `${Number(period.key.slice(5, 7))}月`;
  if (period.unit === "quarter") return period.key.slice(5);
  return "全年";
}

/** A rate as a percentage with one decimal, or a dash. */
export const formatRate = (rate: number | null) => (rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
