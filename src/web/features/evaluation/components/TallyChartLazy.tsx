import { Spin } from "antd";
import { Suspense, lazy } from "react";
import type { Tally } from "../../../../shared/contracts/evaluation.contract";

// ECharts loads with the chart, not with the campaign page.
const TallyChart = lazy(async () => ({ default: (await import("./TallyChart")).TallyChart }));

export function TallyChartLazy({ tally }: { tally: Tally }) {
  return (
    <Suspense fallback={<Spin />}>
      <TallyChart tally={tally} />
    </Suspense>
  );
}
