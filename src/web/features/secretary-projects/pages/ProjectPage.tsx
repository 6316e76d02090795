/** Placeholder until helper A builds it. */
export function ProjectPage() {
  return <div>建设中</div>;
}
