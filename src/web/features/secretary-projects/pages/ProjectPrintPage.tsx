/** Placeholder until helper C builds it. */
export function ProjectPrintPage() {
  return <div>建设中</div>;
}
