import type { MemberPage } from "../../../shared/contracts/members.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type {
  CreateNomination,
  FindHonoursQuery,
  FindNominationsQuery,
  FindObjection,
  HonourItem,
  HonourPage,
  NominationAction,
  NominationDetail,
  NominationListItem,
  RecordHonour,
  RecordObjection,
  RevokeHonour,
} from "../../../shared/contracts/recognition.contract";
import { api } from "../../lib/api-client";

const BASE = "/api/recognition";
const nominationPath = (id: string) => `${BASE}/nominations/${encodeURIComponent(id)}`;

/** A page of the nominations in the caller's reach (filters: year, honour, status, organization, awaiting me). */
export const findNominations = (params: Partial<FindNominationsQuery>, signal?: AbortSignal) =>
  api.get<Page<NominationListItem>>(`${BASE}/nominations`, params, signal);

export const createNomination = (input: CreateNomination) => api.post<NominationDetail>(`${BASE}/nominations`, input);

export const getNomination = (id: string, signal?: AbortSignal) => api.get<NominationDetail>(nominationPath(id), undefined, signal);

/** Withdraw, shortlist, reject, decide or publish; a refusal is a 422 whose code is the rule id (HON-xx). */
export const actOnNomination = (id: string, input: NominationAction) => api.post<NominationDetail>(`${nominationPath(id)}/actions`, input);

export const recordObjection = (id: string, input: RecordObjection) => api.post<NominationDetail>(`${nominationPath(id)}/objections`, input);

export const findObjection = (id: string, objectionId: string, input: FindObjection) =>
  api.post<NominationDetail>(`${nominationPath(id)}/objections/${encodeURIComponent(objectionId)}/finding`, input);

/** The honours board, or one member's or organization's honours (with the count of each honour). */
export const findHonours = (params: Partial<FindHonoursQuery>, signal?: AbortSignal) => api.get<HonourPage>(`${BASE}/honours`, params, signal);

export const recordHonour = (input: RecordHonour) => api.post<HonourItem>(`${BASE}/honours`, input);

export const revokeHonour = (id: string, input: RevokeHonour) => api.post<HonourItem>(`${BASE}/honours/${encodeURIComponent(id)}/revoke`, input);

/** Full members in good standing under an organization, searched by name (the nominee picker; HON-03). */
export const findFullMembersUnder = (orgId: string, q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { orgId, status: "full", standing: "active", pageSize: 50, q: q?.trim() || undefined }, signal);
