/** Placeholder until helper C builds it. */
export function ProjectBoardPage() {
  return <div>建设中</div>;
}
