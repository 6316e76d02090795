import { z } from "zod";

/** A calendar date as YYYY-MM-DD, the message naming the field. */
export const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });
/** Optional free text, trimmed, at most `max` characters. */
export const optionalText = (label: string, max = 100) =>
  z.string().trim().max(max, { error: `${label}不能超过 ${max} 字` }).nullable().optional();

export const UuidSchema = z.uuid({ error: "必须是有效的 UUID" });
export const IdParamsSchema = z.object({ id: UuidSchema });

/** Every list is paged; the page size is bounded so no one downloads everything at once. */
export const MAX_PAGE_SIZE = 200;
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, { error: "页码从 1 开始" }).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, { error: "每页条数至少为 1" })
    .max(MAX_PAGE_SIZE, { error: `每页条数不能超过 ${MAX_PAGE_SIZE}` })
    .default(20),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const ErrorDetailSchema = z.object({ field: z.string(), rule: z.string().optional(), message: z.string() });
export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(ErrorDetailSchema).optional() }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

/** An uploaded document as lists show it (files module): never its storage key. */
export const FileSummarySchema = z.object({
  id: UuidSchema,
  name: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export type FileSummary = z.infer<typeof FileSummarySchema>;
