/** Placeholder until helper A builds it. */
export function ProjectListPage() {
  return <div>建设中</div>;
}
