import type { VisitKind } from "../../../shared/care";
import type { UpdateVisit } from "../../../shared/contracts/assistance.contract";
import { ApiError } from "../../lib/api-client";
import { parseYuanToFen } from "./money";

/** What the visit form holds: the day as text, visitors as tags, the amount as the yuan typed. */
export interface VisitFormValues {
  visitedOn: string;
  visitors: string[];
  kind: VisitKind;
  amountYuan?: string;
  notes?: string;
  campaignId?: string | null;
}

/** Money must carry an amount; goods may; the other kinds carry none (AID-07, as the server checks). */
export const amountAllowed = (kind: VisitKind | undefined) => kind === "money" || kind === "goods";
export const amountRequired = (kind: VisitKind | undefined) => kind === "money";

/** The amount field's own check: the message, or undefined when the input is fine for the kind. */
export function amountError(kind: VisitKind | undefined, amountYuan: string | undefined): string | undefined {
  const text = amountYuan?.trim() ?? "";
  if (!amountAllowed(kind)) return undefined;
  if (text === "") return amountRequired(kind) ? "慰问金须填写金额" : undefined;
  const parsed = parseYuanToFen(text);
  if (!parsed.ok) return parsed.error;
  return parsed.fen === 0 ? "金额须大于零" : undefined;
}

/** The form's values as the API takes them: yuan → exact fen, visitors trimmed, no amount where the kind has none. */
export function toVisitInput(values: VisitFormValues): UpdateVisit {
  const text = values.amountYuan?.trim() ?? "";
  const parsed = amountAllowed(values.kind) && text !== "" ? parseYuanToFen(text) : null;
  return {
    visitedOn: values.visitedOn,
    visitors: values.visitors.map((v) => v.trim()).filter(Boolean),
    kind: values.kind,
    amountFen: parsed?.ok ? parsed.fen : null,
    notes: values.notes?.trim() ?? "",
    campaignId: values.campaignId ?? null,
  };
}

/**
 * The server names the amount `amountFen`; the form's field is `amountYuan`. The same refusal with
 * its details renamed, so the message lands under the input it concerns.
 */
export function withFieldAlias(error: unknown, aliases: Record<string, string>): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => (aliases[d.field] ? { ...d, field: aliases[d.field]! } : d));
  return new ApiError(error.status, error.code, error.message, details);
}
