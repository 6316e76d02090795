import type { AuditEntry, FindAuditQuery } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import { api } from "../../lib/api-client";

export type FindAuditParams = Partial<FindAuditQuery>;

export const findAuditEntries = (params: FindAuditParams, signal?: AbortSignal) =>
  api.get<Page<AuditEntry>>("/api/audit", params, signal);
