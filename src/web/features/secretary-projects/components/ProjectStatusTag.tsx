import { Tag } from "antd";
import { PROJECT_STATUS_LABELS, type ProjectStatus } from "../../../../shared/secretary-projects";
import { PROJECT_STATUS_COLORS } from "../project-display";

/** A project's status (草稿 … 结果已公布) as a colored tag. */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  return <Tag color={PROJECT_STATUS_COLORS[status]}>{PROJECT_STATUS_LABELS[status]}</Tag>;
}
