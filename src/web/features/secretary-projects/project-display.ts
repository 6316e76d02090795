import type { MilestoneStateSchema } from "../../../shared/contracts/secretary-projects.contract";
import {
  CHECKPOINT_RATING_LABELS,
  type CheckpointRating,
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  PROJECT_VERSION_STATUS_LABELS,
  type ProjectStatus,
  type ProjectVersionStatus,
} from "../../../shared/secretary-projects";
import type { z } from "zod";

/** How the secretary-project pages show statuses, categories and states (antd tag colors). */

export const EMPTY = "—";

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  draft: "default",
  submitted: "processing",
  returned: "warning",
  rejected: "error",
  withdrawn: "default",
  approved: "success",
  reported: "cyan",
  evaluated: "purple",
  published: "magenta",
};

export const VERSION_STATUS_COLORS: Record<ProjectVersionStatus, string> = {
  pending: "processing",
  approved: "success",
  returned: "warning",
  rejected: "error",
  withdrawn: "default",
};
export const versionStatusLabel = (s: ProjectVersionStatus) => PROJECT_VERSION_STATUS_LABELS[s];

export type MilestoneState = z.infer<typeof MilestoneStateSchema>;
export const MILESTONE_STATE_LABELS: Record<MilestoneState, string> = { done: "已完成", overdue: "逾期", due_soon: "即将到期", pending: "未到期" };
export const MILESTONE_STATE_COLORS: Record<MilestoneState, string> = { done: "success", overdue: "error", due_soon: "warning", pending: "default" };

export const RATING_COLORS: Record<CheckpointRating, string> = { on_track: "success", at_risk: "warning", off_track: "error" };
export const ratingLabel = (r: CheckpointRating) => CHECKPOINT_RATING_LABELS[r];

export const STATUS_OPTIONS = PROJECT_STATUSES.map((value) => ({ value, label: PROJECT_STATUS_LABELS[value] }));
export const CATEGORY_OPTIONS = PROJECT_CATEGORIES.map((value) => ({ value, label: PROJECT_CATEGORY_LABELS[value] }));

/** A number as the tables show it: no trailing zeros (40, 12.5). */
export const formatAmount = (n: number) => String(Math.round(n * 100) / 100);
