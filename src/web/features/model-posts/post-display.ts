import { POST_KINDS, POST_KIND_LABELS, SAFETY_KINDS, SAFETY_KIND_LABELS, type PostKind, type SafetyKind } from "../../../shared/care";
import type { PostState } from "../../../shared/contracts/model-posts.contract";
import { chinaToday } from "../../../shared/dates";

export const EMPTY = "—";

export const KIND_OPTIONS = POST_KINDS.map((value) => ({ value, label: POST_KIND_LABELS[value] }));
export const SAFETY_OPTIONS = SAFETY_KINDS.map((value) => ({ value, label: SAFETY_KIND_LABELS[value] }));

/** "安全责任区（生产安全）", or the kind alone. */
export const kindLabel = (post: { kind: PostKind; safetyKind: SafetyKind | null }) =>
  post.kind === "safety_area" && post.safetyKind ? `${POST_KIND_LABELS.safety_area}（${SAFETY_KIND_LABELS[post.safetyKind]}）` : POST_KIND_LABELS[post.kind];

export const STATE_LABELS: Record<PostState, string> = { active: "在岗", ended: "已撤销", expired: "已到期" };
export const STATE_COLORS: Record<PostState, string> = { active: "success", ended: "default", expired: "warning" };

export const KIND_COLORS: Record<PostKind, string> = { model_post: "red", responsibility_area: "gold", safety_area: "blue" };

/** This year in China, by the browser's clock (the list's and the chart's default year). */
export const thisYear = (now = new Date()) => Number(chinaToday(now).slice(0, 4));

/** The years a filter offers: next year back to five years ago. */
export const yearOptions = (year = thisYear()) => Array.from({ length: 6 }, (_, i) => year + 1 - i).map((y) => ({ value: y, label: `${y} 年度` }));
