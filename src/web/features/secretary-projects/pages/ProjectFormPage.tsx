/** Placeholder until helper A builds it. */
export function ProjectFormPage() {
  return <div>建设中</div>;
}
