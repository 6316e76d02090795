import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";

/** The project page's 述职评价 tab: the year-end report, votes, the rubric scores and publication (helper C). */
export function YearEndTab(props: { project: ProjectDetail; onChanged: () => void }) {
  void props;
  return <div>建设中</div>;
}
