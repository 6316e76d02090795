import type {
  AddTarget,
  Campaign,
  CampaignCoverage,
  CampaignTarget,
  CarePerson,
  CreateCampaign,
  CreateRecipient,
  EndRecipient,
  FindCampaignsQuerySchema,
  FindPeopleQuerySchema,
  FindTargetsQuerySchema,
  FindVisitsQuerySchema,
  PrefillTargets,
  RecipientDetail,
  RecordVisit,
  UpdateCampaign,
  UpdateRecipient,
  UpdateTarget,
  UpdateVisit,
  VisitDetail,
  VisitListItem,
  VisitTotals,
} from "../../../shared/contracts/assistance.contract";
import type { z } from "zod";
import type { Page } from "../../../shared/contracts/common.contract";
import type { MemberListItem } from "../../../shared/contracts/members.contract";
import { MAX_PAGE_SIZE } from "../../../shared/contracts/common.contract";
import { api } from "../../lib/api-client";

const BASE = "/api/care";
/** A list's parameters as the list view holds them (parsed: booleans, numbers). */
type Params<S extends z.ZodType> = Partial<z.output<S>>;
const e = encodeURIComponent;

// ─── People and records ──────────────────────────────────────────────────────────────────────────

export const findPeople = (params: Params<typeof FindPeopleQuerySchema>, signal?: AbortSignal) => api.get<Page<CarePerson>>(`${BASE}/people`, params, signal);
export const createRecipient = (input: CreateRecipient) => api.post<RecipientDetail>(`${BASE}/recipients`, input);
/** The full view (hardship, address, consent): the server audits each one. */
export const getRecipient = (id: string, signal?: AbortSignal) => api.get<RecipientDetail>(`${BASE}/recipients/${e(id)}`, undefined, signal);
export const updateRecipient = (id: string, input: UpdateRecipient) => api.patch<RecipientDetail>(`${BASE}/recipients/${e(id)}`, input);
export const endRecipient = (id: string, input: EndRecipient) => api.post<RecipientDetail>(`${BASE}/recipients/${e(id)}/end`, input);
export const recipientFilesPath = (id: string) => `${BASE}/recipients/${e(id)}/files`;
export const recipientFileUrl = (id: string, fileId: string) => `${recipientFilesPath(id)}/${e(fileId)}`;

/** Members of the roster to record (search by name; `standing: deceased` for a family). */
export const findMembers = (params: { q?: string; standing?: string }, signal?: AbortSignal) =>
  api.get<Page<MemberListItem>>("/api/members", { ...params, pageSize: 20 }, signal);

// ─── Visits ───────────────────────────────────────────────────────────────────────────────────────

export const findVisits = (params: Params<typeof FindVisitsQuerySchema>, signal?: AbortSignal) => api.get<Page<VisitListItem>>(`${BASE}/visits`, params, signal);
export const getVisitTotals = (params: { year: number; orgId?: string }, signal?: AbortSignal) => api.get<VisitTotals>(`${BASE}/visits/totals`, params, signal);
export const getVisit = (id: string, signal?: AbortSignal) => api.get<VisitDetail>(`${BASE}/visits/${e(id)}`, undefined, signal);
export const recordVisit = (input: RecordVisit) => api.post<VisitDetail>(`${BASE}/visits`, input);
export const updateVisit = (id: string, input: UpdateVisit) => api.put<VisitDetail>(`${BASE}/visits/${e(id)}`, input);
export const archiveVisit = (id: string, reason: string) => api.post<{ ok: true }>(`${BASE}/visits/${e(id)}/archive`, { reason });
export const visitFilesPath = (id: string) => `${BASE}/visits/${e(id)}/files`;
export const visitFileUrl = (id: string, fileId: string) => `${visitFilesPath(id)}/${e(fileId)}`;

// ─── Campaigns ───────────────────────────────────────────────────────────────────────────────────

export const findCampaigns = (params: Params<typeof FindCampaignsQuerySchema>, signal?: AbortSignal) => api.get<Page<Campaign>>(`${BASE}/campaigns`, params, signal);
/** Every campaign of a year the caller sees, for the visit form's picker. */
export const findCampaignsOfYear = (year: number, signal?: AbortSignal) => findCampaigns({ year, pageSize: MAX_PAGE_SIZE }, signal);
export const getCampaign = (id: string, signal?: AbortSignal) => api.get<Campaign>(`${BASE}/campaigns/${e(id)}`, undefined, signal);
export const createCampaign = (input: CreateCampaign) => api.post<Campaign>(`${BASE}/campaigns`, input);
export const updateCampaign = (id: string, input: UpdateCampaign) => api.put<Campaign>(`${BASE}/campaigns/${e(id)}`, input);
export const getCoverage = (id: string, orgId: string | undefined, signal?: AbortSignal) => api.get<CampaignCoverage>(`${BASE}/campaigns/${e(id)}/coverage`, { orgId }, signal);
export const findTargets = (id: string, params: Params<typeof FindTargetsQuerySchema>, signal?: AbortSignal) => api.get<Page<CampaignTarget>>(`${BASE}/campaigns/${e(id)}/targets`, params, signal);
export const addTarget = (id: string, input: AddTarget) => api.post<CampaignTarget>(`${BASE}/campaigns/${e(id)}/targets`, input);
export const prefillTargets = (id: string, input: PrefillTargets) => api.post<{ added: number }>(`${BASE}/campaigns/${e(id)}/targets/prefill`, input);
export const updateTarget = (id: string, targetId: string, input: UpdateTarget) => api.patch<CampaignTarget>(`${BASE}/campaigns/${e(id)}/targets/${e(targetId)}`, input);
export const removeTarget = (id: string, targetId: string, reason: string) => api.post<{ ok: true }>(`${BASE}/campaigns/${e(id)}/targets/${e(targetId)}/remove`, { reason });
export const campaignExportPath = (id: string) => `${BASE}/campaigns/${e(id)}/export.xlsx`;
