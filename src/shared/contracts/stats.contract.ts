import { z } from "zod";
import { UuidSchema } from "./common.contract";

export const StructureStatsQuerySchema = z.object({ orgId: UuidSchema.optional() });

/** A count and its share of the total (0..1), per category key. */
export const BucketSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int(), share: z.number() });
export type Bucket = z.infer<typeof BucketSchema>;

/** Structure of the active roster of one subtree (rules.md §6.1). Counts are exact. */
export const StructureStatsSchema = z.object({
  org: z.object({ id: UuidSchema, name: z.string() }),
  total: z.number().int(),
  byStatus: z.array(BucketSchema),
  byGender: z.array(BucketSchema),
  byEthnicity: z.array(BucketSchema),
  byAgeBand: z.array(BucketSchema),
  byPartyAgeBand: z.array(BucketSchema),
  byEducation: z.array(BucketSchema),
  byOccupation: z.array(BucketSchema),
  byDomain: z.array(BucketSchema),
  youngUnder35: z.number().int(),
  /** Focus groups of development (essay §五): young workers, farmers, intellectuals. */
  focusGroups: z.array(BucketSchema),
  flags: z.array(BucketSchema),
});
export type StructureStats = z.infer<typeof StructureStatsSchema>;
