/**
 * The age and party-age bands of the roster (rules.md §6.1): one table for the list's filter (SQL),
 * the statistics and the web's labels, so no two places ever band a member differently. Pure.
 */

/** The statistics bulletin's age bands (rules.md §6.1 [S48]): ≤30, 31–35, …, 56–60, ≥61. */
export const AGE_BANDS = ["under_30", "31_35", "36_40", "41_45", "46_50", "51_55", "56_60", "61_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Inclusive [min, max] ages of each band, reckoned in whole years on the day. */
export const AGE_BAND_BOUNDS: Record<AgeBand, readonly [number, number]> = {
  under_30: [0, 30],
  "31_35": [31, 35],
  "36_40": [36, 40],
  "41_45": [41, 45],
  "46_50": [46, 50],
  "51_55": [51, 55],
  "56_60": [56, 60],
  "61_plus": [61, 200],
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_30: "30岁及以下",
  "31_35": "31—35岁",
  "36_40": "36—40岁",
  "41_45": "41—45岁",
  "46_50": "46—50岁",
  "51_55": "51—55岁",
  "56_60": "56—60岁",
  "61_plus": "61岁及以上",
};

export function ageBandOf(age: number): AgeBand {
  return AGE_BANDS.find((band) => age >= AGE_BAND_BOUNDS[band][0] && age <= AGE_BAND_BOUNDS[band][1]) ?? "61_plus";
}

/**
 * Party-age bands: the report form's (<1, 1–5, 6–10, 11–20, ≥21; rules.md §6.1 [S51 t43]) with ≥21
 * split further (21–30, 31–50, over 50), since a committee cares for its 50-year members.
 */
export const PARTY_AGE_BANDS = [
  { key: "under_1", label: "不满1年", min: 0, max: 0 },
  { key: "1_5", label: "1—5年", min: 1, max: 5 },
  { key: "6_10", label: "6—10年", min: 6, max: 10 },
  { key: "11_20", label: "11—20年", min: 11, max: 20 },
  { key: "21_30", label: "21—30年", min: 21, max: 30 },
  { key: "31_50", label: "31—50年", min: 31, max: 50 },
  { key: "over_50", label: "50年以上", min: 51, max: 200 },
] as const;
