import type { z } from "zod";
import type { Page } from "../../../shared/contracts/common.contract";
import type { MemberPage } from "../../../shared/contracts/members.contract";
import type {
  FileNeedInput,
  FindNeedsQuerySchema,
  NeedActionInput,
  NeedAlerts,
  NeedDetail,
  NeedFigures,
  NeedFiguresQuerySchema,
  NeedListItem,
} from "../../../shared/contracts/member-needs.contract";
import { api } from "../../lib/api-client";

const BASE = "/api/member-needs";
const needPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** A page of the needs the caller may see (privacy applied by the server, NEED-06). */
export const findNeeds = (params: Partial<z.infer<typeof FindNeedsQuerySchema>>, signal?: AbortSignal) => api.get<Page<NeedListItem>>(BASE, params, signal);

/** A member files for themself (no memberId); an officer on a member's behalf (NEED-01). */
export const fileNeed = (input: FileNeedInput) => api.post<NeedDetail>(BASE, input);

export const getNeed = (id: string, signal?: AbortSignal) => api.get<NeedDetail>(needPath(id), undefined, signal);

/** One step (acknowledge, progress, escalate, resolve, rate, reopen, withdraw); a refusal is a 422 whose code is the rule id (NEED-xx). */
export const actOnNeed = (id: string, input: NeedActionInput) => api.post<NeedDetail>(`${needPath(id)}/actions`, input);

/** The officers' home-page flags: overdue acknowledgements and resolutions, and what waits for the caller's organization. */
export const getNeedAlerts = (signal?: AbortSignal) => api.get<NeedAlerts>(`${BASE}/alerts`, undefined, signal);

export const getNeedFigures = (query: z.infer<typeof NeedFiguresQuerySchema>, signal?: AbortSignal) => api.get<NeedFigures>(`${BASE}/figures`, query, signal);

export const NEED_FIGURES_EXPORT_PATH = `${BASE}/figures/export`;

/** Where a need's files go (multipart "file"). */
export const needFilesPath = (id: string) => `${needPath(id)}/files`;

/** A need's file: sealed, served by the module after its own check (never /api/files/:id). */
export const needFileUrl = (id: string, fileId: string) => `${needFilesPath(id)}/${encodeURIComponent(fileId)}`;

/** Active members of the caller's scope by name, for an officer filing on a member's behalf. */
export const findMembersByName = (q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { pageSize: 50, q: q?.trim() || undefined }, signal);
