import type { FormInstance } from "antd";
import type { ErrorDetail } from "../../shared/contracts/common.contract";
import { isApiError } from "./api-client";

export type FieldNamePath = (string | number)[];
export interface FieldErrors {
  name: FieldNamePath;
  errors: string[];
}

/** "body.items.0.name" → ["items", 0, "name"]: the server prefixes where the field came from; the form does not. */
export function toFieldName(path: string): FieldNamePath {
  return path
    .replace(/^(body|query|params)(\.|$)/, "")
    .split(".")
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Groups the server's details by field, keeping every message of a field in order. */
export function groupFieldErrors(details: ErrorDetail[]): FieldErrors[] {
  const byField = new Map<string, FieldErrors>();
  for (const detail of details) {
    const name = toFieldName(detail.field);
    if (name.length === 0) continue;
    const key = name.join(".");
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}

/**
 * Shows the server's field errors under the matching Form.Item.
 * Returns false when nothing matched a field of this form, so the caller shows the message instead.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const registered = new Set(form.getFieldsError().map((field) => field.name.join(".")));
  const fields = groupFieldErrors(error.details).filter((field) => registered.has(field.name.join(".")));
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}
