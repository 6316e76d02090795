/** Placeholder until helper C builds it. */
export function RubricPage() {
  return <div>建设中</div>;
}
