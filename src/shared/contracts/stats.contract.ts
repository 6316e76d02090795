import { z } from "zod";
import { UuidSchema } from "./common.contract";

/** `orgId`: the subtree to count; by default the top of the caller's scope. */
export const StructureStatsQuerySchema = z.object({ orgId: UuidSchema.optional() });
export type StructureStatsQuery = z.infer<typeof StructureStatsQuerySchema>;

/** A count and its share of the total (0..1), per category key. */
export const BucketSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int(), share: z.number() });
export type Bucket = z.infer<typeof BucketSchema>;

/** Structure of the active roster of one subtree (rules.md §6.1). Counts are exact. */
export const StructureStatsSchema = z.object({
  org: z.object({ id: UuidSchema, name: z.string() }),
  /** The day (China time) ages and party ages are counted to. */
  asOf: z.iso.date(),
  total: z.number().int(),
  byStatus: z.array(BucketSchema),
  byGender: z.array(BucketSchema),
  /** 汉族 / 少数民族 (and 其他 when present). */
  byEthnicity: z.array(BucketSchema),
  /** Each minority nationality present, largest first; shares of the total. */
  byMinority: z.array(BucketSchema),
  byAgeBand: z.array(BucketSchema),
  byPartyAgeBand: z.array(BucketSchema),
  byEducation: z.array(BucketSchema),
  byOccupation: z.array(BucketSchema),
  byDomain: z.array(BucketSchema),
  /** Members aged 35 or under (YOUNG_MAX_AGE). */
  youngUnder35: z.number().int(),
  /** Focus groups of development (essay §五): young workers, farmers, intellectuals. */
  focusGroups: z.array(BucketSchema),
  flags: z.array(BucketSchema),
});
export type StructureStats = z.infer<typeof StructureStatsSchema>;
