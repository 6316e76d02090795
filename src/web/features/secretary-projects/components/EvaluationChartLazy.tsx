import { Spin } from "antd";
import { Suspense, lazy } from "react";
import type { EvaluationResult } from "../../../../shared/contracts/secretary-project-evaluation.contract";

// ECharts loads with the chart, not with the project page.
const EvaluationChart = lazy(async () => ({ default: (await import("./EvaluationChart")).EvaluationChart }));

export function EvaluationChartLazy({ result }: { result: EvaluationResult }) {
  return (
    <Suspense fallback={<Spin />}>
      <EvaluationChart result={result} />
    </Suspense>
  );
}
