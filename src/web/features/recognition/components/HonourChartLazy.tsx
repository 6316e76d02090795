import { Spin } from "antd";
import { Suspense, lazy } from "react";
import type { Honour } from "../../../../shared/care";

// ECharts loads with the chart, not with the page.
const HonourChart = lazy(async () => ({ default: (await import("./HonourChart")).HonourChart }));

export function HonourChartLazy(props: { byHonour: { honour: Honour; count: number }[]; title: string }) {
  return (
    <Suspense fallback={<Spin />}>
      <HonourChart {...props} />
    </Suspense>
  );
}
