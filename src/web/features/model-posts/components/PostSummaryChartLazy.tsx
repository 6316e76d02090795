import { Spin } from "antd";
import { Suspense, lazy } from "react";
import type { PostSummary } from "../../../../shared/contracts/model-posts.contract";
import type { SummaryBar } from "../post-chart-options";

// ECharts loads with the chart, not with the list.
const PostSummaryChart = lazy(async () => ({ default: (await import("./PostSummaryChart")).PostSummaryChart }));

export function PostSummaryChartLazy(props: { summary: PostSummary; onSelect: (bar: SummaryBar) => void }) {
  return (
    <Suspense fallback={<Spin style={{ display: "block", padding: 24 }} />}>
      <PostSummaryChart {...props} />
    </Suspense>
  );
}
