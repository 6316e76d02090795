import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";

/** The project page's 推进情况 tab: progress reports, guidance and replies, quarterly check points (helper B). */
export function ProgressTab(props: { project: ProjectDetail; onChanged: () => void }) {
  void props;
  return <div>建设中</div>;
}
