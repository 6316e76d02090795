import type { EChartsCoreOption } from "echarts/core";
import type { Bucket } from "../../../shared/contracts/stats.contract";
import { CATCH_ALL_KEYS, formatShare } from "./stats-sections";

/** Grey for the catch-alls (unknown, other); the other colours come from components/chart-colors. */
const CATCH_ALL_COLOR = "#bfbfbf";
const TEXT_COLOR = "#595959";

interface ItemParams {
  dataIndex: number;
}
const colorOf = (bucket: Bucket, color: string) => (CATCH_ALL_KEYS.has(bucket.key) ? CATCH_ALL_COLOR : color);
/** Tooltips show the server's exact count and share, not ECharts' own rounding of the values. */
const describe = (bucket: Bucket | undefined) => (bucket ? `${bucket.label}<br/>${bucket.count} 人（${formatShare(bucket.share)}）` : "");

/** A ring chart of a category that parts the whole (status, gender, ethnicity). */
export function pieOption(buckets: Bucket[], colors: readonly string[]): EChartsCoreOption {
  return {
    tooltip: { trigger: "item", formatter: (p: ItemParams) => describe(buckets[p.dataIndex]) },
    legend: { bottom: 0, icon: "circle", textStyle: { color: TEXT_COLOR } },
    series: [
      {
        type: "pie",
        radius: ["40%", "64%"],
        center: ["50%", "45%"],
        avoidLabelOverlap: true,
        // Labels keep to the canvas edges, so a narrow column cuts none of them off.
        label: {
          formatter: (p: ItemParams) => `${buckets[p.dataIndex]!.count} 人\n${formatShare(buckets[p.dataIndex]!.share)}`,
          color: TEXT_COLOR,
          alignTo: "edge",
          edgeDistance: 8,
        },
        labelLine: { length: 12, length2: 0 },
        data: buckets.map((b, i) => ({ name: b.label, value: b.count, itemStyle: { color: colorOf(b, colors[i % colors.length]!) } })),
      },
    ],
  };
}

/**
 * A bar per bucket: upright for ordered bands (age, party age), lying down for categories with long
 * names (education, occupation, domain), so every label reads in full on a narrow screen too.
 */
export function barOption(buckets: Bucket[], color: string, { isHorizontal = false } = {}): EChartsCoreOption {
  return groupedBarOption([{ name: "", buckets, color }], { isHorizontal });
}

/**
 * Bars of several groups on one axis, each group in its colour with a legend (focus groups and flags).
 * Each group is a series holding values only on its own categories; stacking keeps every bar centred.
 */
export function groupedBarOption(groups: { name: string; buckets: Bucket[]; color: string }[], { isHorizontal = true } = {}): EChartsCoreOption {
  const all = groups.flatMap((g) => g.buckets);
  const labels = all.map((b) => b.label);
  const isLong = labels.some((l) => l.length > 5);
  const categoryAxis = {
    type: "category",
    data: labels,
    inverse: isHorizontal,
    axisTick: { show: false },
    // Long names wrap within a fixed width rather than squeezing the bars or running off the canvas.
    axisLabel: { interval: 0, color: TEXT_COLOR, ...(isHorizontal ? { width: 150, overflow: "break" } : { rotate: isLong ? 30 : 0 }) },
  };
  // Lying bars carry their counts at the tips, so their value axis needs no numbers.
  const valueAxis = { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { show: !isHorizontal, color: TEXT_COLOR } };
  const categoryAxisKey = isHorizontal ? "yAxis" : "xAxis";
  /** Narrow containers (a phone, a half-width column on a tablet): narrower labels, steeper rotation. */
  const narrow = { query: { maxWidth: 480 }, option: { [categoryAxisKey]: { axisLabel: isHorizontal ? { width: 84 } : { rotate: isLong ? 50 : 30 } } } };
  const hasLegend = groups.length > 1;
  let offset = 0;
  const series = groups.map((group) => {
    const start = offset;
    offset += group.buckets.length;
    return {
      type: "bar",
      name: group.name,
      stack: "one",
      barMaxWidth: 28,
      itemStyle: { color: group.color },
      label: { show: true, position: isHorizontal ? "right" : "top", color: TEXT_COLOR, formatter: (p: ItemParams) => String(all[p.dataIndex]!.count) },
      data: all.map((b, i) =>
        i < start || i >= offset ? "-" : { value: b.count, itemStyle: { color: colorOf(b, group.color), borderRadius: isHorizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] } },
      ),
    };
  });
  return {
    baseOption: {
      grid: { left: 8, right: isHorizontal ? 56 : 16, top: hasLegend ? 36 : 28, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
      legend: hasLegend ? { top: 0, textStyle: { color: TEXT_COLOR } } : undefined,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: (ps: ItemParams[]) => describe(all[ps[0]?.dataIndex ?? -1]) },
      xAxis: isHorizontal ? valueAxis : categoryAxis,
      yAxis: isHorizontal ? categoryAxis : valueAxis,
      series,
    },
    media: [narrow],
  };
}
