import { HONOURS, HONOUR_LABELS, type Honour, NOMINATION_STATUSES, NOMINATION_STATUS_LABELS, type NominationStatus } from "../../../shared/care";
import type { NominationDetail, Publicity } from "../../../shared/contracts/recognition.contract";

/** How the recognition pages show statuses, honours and publicity. Pure: tested without a browser. */

export const EMPTY = "—";

export const NOMINATION_STATUS_COLORS: Record<NominationStatus, string> = {
  submitted: "processing",
  rejected: "error",
  in_publicity: "warning",
  awarded: "cyan",
  not_awarded: "default",
  published: "success",
  withdrawn: "default",
};

export const HONOUR_COLORS: Record<Honour, string> = { excellent_member: "red", excellent_party_worker: "volcano", advanced_org: "gold" };

export const STATUS_OPTIONS = NOMINATION_STATUSES.map((value) => ({ value, label: NOMINATION_STATUS_LABELS[value] }));
export const HONOUR_OPTIONS = HONOURS.map((value) => ({ value, label: HONOUR_LABELS[value] }));

/** This year and the five before it, newest first. */
export const yearOptions = (thisYear: number, count = 6) => Array.from({ length: count }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年度` }));

/** "6月10日": a day of the current story without its year. */
export const shortDate = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** The publicity notice in one line: its dates and where it stands (剩余 N 天, 未开始, 已结束). */
export function publicityText(p: Publicity): string {
  const period = `公示期 ${p.startsOn} 至 ${p.endsOn}`;
  switch (p.phase) {
    case "upcoming":
      return `${period}（${shortDate(p.startsOn)}开始，共 ${p.daysLeft} 天）`;
    case "open":
      return `${period}（剩余 ${p.daysLeft} 天，含今日）`;
    case "ended":
      return `${period}（已结束，${p.decidableFrom} 起可作出表彰决定）`;
  }
}

/** What the nomination waits for, in the words of the side it waits on. */
export function waitingFor(n: Pick<NominationDetail, "status" | "reviewingOrgName" | "publicity" | "openObjectionCount">): string | null {
  const committee = n.reviewingOrgName ?? "系统管理员";
  switch (n.status) {
    case "submitted":
      return `待${committee}审核`;
    case "in_publicity":
      if (n.publicity?.phase !== "ended") return "公示中，公示期满后由上级党委作出表彰决定";
      return n.openObjectionCount > 0 ? `公示期已满，还有 ${n.openObjectionCount} 条反映待核实` : `公示期已满，待${committee}作出表彰决定`;
    case "awarded":
      return `已决定表彰，待${committee}发布`;
    default:
      return null;
  }
}

/** The honours board's counts in the fixed order of the honours, missing ones as 0. */
export function honourCounts(byHonour: readonly { honour: Honour; count: number }[]) {
  return HONOURS.map((honour) => ({ honour, label: HONOUR_LABELS[honour], count: byHonour.find((b) => b.honour === honour)?.count ?? 0 }));
}
