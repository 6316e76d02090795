import type { Bucket, StructureStats } from "../../../shared/contracts/stats.contract";

type BucketField = { [K in keyof StructureStats]: StructureStats[K] extends Bucket[] ? K : never }[keyof StructureStats];

/** The categories in the order the page lists them; the charts and the table read the same figures. */
export const SECTIONS: readonly { field: BucketField; title: string }[] = [
  { field: "byStatus", title: "党员状态" },
  { field: "byGender", title: "性别" },
  { field: "byEthnicity", title: "民族" },
  { field: "byMinority", title: "少数民族构成" },
  { field: "byAgeBand", title: "年龄" },
  { field: "byPartyAgeBand", title: "党龄" },
  { field: "byEducation", title: "学历" },
  { field: "byOccupation", title: "职业" },
  { field: "byDomain", title: "所在组织领域" },
  { field: "focusGroups", title: "重点发展群体" },
  { field: "flags", title: "特殊情况" },
];

export const titleOf = (field: BucketField) => SECTIONS.find((s) => s.field === field)!.title;

/** Keys of the catch-all categories (empty or unreadable data), drawn in grey. */
export const CATCH_ALL_KEYS: ReadonlySet<string> = new Set(["unknown", "unrecognized"]);

export const formatShare = (share: number) => `${(share * 100).toFixed(1)}%`;

export const findBucket = (buckets: Bucket[], key: string) => buckets.find((b) => b.key === key);

/** The table's rows: the total, then every bucket of every category (35 and under after the age bands). */
export interface StatsRow {
  key: string;
  category: string;
  item: string;
  count: number;
  share: number;
  /** Rows the category cell spans (0 for the rows under the first one). */
  categorySpan: number;
}

export function buildStatsRows(stats: StructureStats): StatsRow[] {
  const groups: { title: string; buckets: Bucket[] }[] = [
    { title: "合计", buckets: [{ key: "total", label: "在册党员", count: stats.total, share: stats.total ? 1 : 0 }] },
  ];
  for (const { field, title } of SECTIONS) {
    if (stats[field].length > 0) groups.push({ title, buckets: stats[field] });
    if (field === "byAgeBand") {
      const share = stats.total ? stats.youngUnder35 / stats.total : 0;
      groups.push({ title: "青年党员", buckets: [{ key: "young", label: "35岁及以下", count: stats.youngUnder35, share }] });
    }
  }
  return groups.flatMap(({ title, buckets }) =>
    buckets.map((b, i) => ({ key: `${title}-${b.key}`, category: title, item: b.label, count: b.count, share: b.share, categorySpan: i === 0 ? buckets.length : 0 })),
  );
}
