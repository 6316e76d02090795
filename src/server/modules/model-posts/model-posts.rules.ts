import { POST_KIND_LABELS, type PostKind, type SafetyKind } from "../../../shared/care";
import type { PostState } from "../../../shared/contracts/model-posts.contract";
import { type OrgKind, ORG_KIND_LABELS } from "../../../shared/domain";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./model-post-rule-catalogue";

// Pure checks of model posts and responsibility areas (POST-xx); today is passed in, never read.

const yearOf = (day: string) => Number(day.slice(0, 4));
export const yearEnd = (year: number) => `${year}-12-31`;

/** POST-01: the setting-up organization may lead posts (a party group is not a level that sets them up). */
export function checkSettingOrg(org: { kind: OrgKind; name: string }): RuleIssue[] {
  return org.kind === "group" ? [refuse("orgId", "POST-01", `${org.name}是${ORG_KIND_LABELS.group}，示范岗（责任区）由党委、党总支或党支部设立`)] : [];
}

/** POST-01: the member was found active in the organization's subtree (the repository looked). */
export const checkMemberFound = (isFound: boolean, orgName: string): RuleIssue[] =>
  isFound ? [] : [refuse("memberId", "POST-01", `党员须为${orgName}及其下级组织的在册党员`)];

/** POST-04: last year (recorded late), this year, or next year (set up in December). */
export function checkPostYear(year: number, today: string): RuleIssue[] {
  const current = yearOf(today);
  return year >= current - 1 && year <= current + 1 ? [] : [refuse("year", "POST-04", `设岗年度须为 ${current - 1}–${current + 1} 年`)];
}

export interface PostContentFacts {
  kind: PostKind;
  safetyKind?: SafetyKind | null;
  commitment: string;
  startedOn: string;
}

/** POST-02/03/05: the content of a post of `year`; `firstEntryOn` is its earliest record, if any. */
export function checkPostContent(content: PostContentFacts, year: number, firstEntryOn: string | null = null): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (content.kind === "safety_area" && !content.safetyKind) issues.push(refuse("safetyKind", "POST-02", "安全责任区须选择安全类别（生产安全、经济安全或政治安全）"));
  if (content.kind !== "safety_area" && content.safetyKind) issues.push(refuse("safetyKind", "POST-02", `${POST_KIND_LABELS[content.kind]}不写安全类别，安全类别只用于安全责任区`));
  if (content.commitment.trim().length < 4) issues.push(refuse("commitment", "POST-03", "请填写承诺内容（至少 4 个字）"));
  if (yearOf(content.startedOn) !== year) issues.push(refuse("startedOn", "POST-05", `设岗日期须在 ${year} 年之内`));
  else if (firstEntryOn && content.startedOn > firstEntryOn) issues.push(refuse("startedOn", "POST-05", `设岗日期不能晚于最早的履诺记录（${firstEntryOn}）`));
  return issues;
}

/** The facts of a post that decide what it still takes. */
export interface PostPeriod {
  year: number;
  startedOn: string;
  endedOn: string | null;
}

/** 在岗, 已撤销 or 已到期 (the year is over without an end). */
export function postState(post: PostPeriod, today: string): PostState {
  if (post.endedOn) return "ended";
  return today > yearEnd(post.year) ? "expired" : "active";
}

/** POST-07: an ended post takes no change, record or file. */
export const checkNotEnded = (post: PostPeriod, field = "id"): RuleIssue[] =>
  post.endedOn ? [refuse(field, "POST-07", `该岗位已于 ${post.endedOn} 撤销，不再修改、记录或上传材料`)] : [];

/** POST-06 (+07): an entry of the year's record, dated within the post's period and not in the future. */
export function checkEntry(post: PostPeriod, entry: { occurredOn: string; content: string }, today: string): RuleIssue[] {
  const ended = checkNotEnded(post);
  if (ended.length > 0) return ended;
  const issues: RuleIssue[] = [];
  const last = yearEnd(post.year);
  if (entry.occurredOn > today) issues.push(refuse("occurredOn", "POST-06", "履诺记录的日期不能晚于今天"));
  else if (entry.occurredOn < post.startedOn || entry.occurredOn > last) issues.push(refuse("occurredOn", "POST-06", `履诺记录的日期须在设岗期间（${post.startedOn} 至 ${last}）之内`));
  if (entry.content.trim().length < 2) issues.push(refuse("content", "POST-06", "请填写履诺情况（至少 2 个字）"));
  return issues;
}

/**
 * POST-08 (+07): ending a post, with its reason, on a day from its start to today, within its year,
 * not before its last record. A post not started yet (a plan called off) is ended today.
 */
export function checkEnd(post: PostPeriod, end: { endedOn: string; reason: string }, today: string, lastEntryOn: string | null = null): RuleIssue[] {
  const ended = checkNotEnded(post);
  if (ended.length > 0) return ended;
  const issues: RuleIssue[] = [];
  if (end.endedOn > today) issues.push(refuse("endedOn", "POST-08", "撤销日期不能晚于今天"));
  else if (post.startedOn > today) {
    if (end.endedOn !== today) issues.push(refuse("endedOn", "POST-08", `该岗位尚未开始（设岗日期 ${post.startedOn}），撤销日期为今天`));
  } else if (end.endedOn < post.startedOn) issues.push(refuse("endedOn", "POST-08", `撤销日期不能早于设岗日期（${post.startedOn}）`));
  else if (end.endedOn > yearEnd(post.year)) issues.push(refuse("endedOn", "POST-08", `撤销日期须在 ${post.year} 年之内`));
  else if (lastEntryOn && end.endedOn < lastEntryOn) issues.push(refuse("endedOn", "POST-08", `撤销日期不能早于最近的履诺记录（${lastEntryOn}）`));
  if (end.reason.trim().length < 2) issues.push(refuse("reason", "POST-08", "请填写撤销原因（至少 2 个字）"));
  return issues;
}
