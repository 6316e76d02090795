import type {
  CreateHandlingCase,
  FindHandlingCasesQuery,
  HandlingCaseDetail,
  HandlingCasePage,
  RecordHandlingStep,
} from "../../../shared/contracts/handling.contract";
import type { MemberPage } from "../../../shared/contracts/members.contract";
import { api } from "../../lib/api-client";

export type FindHandlingCasesParams = Partial<FindHandlingCasesQuery>;

const casePath = (id: string) => `/api/handling/cases/${encodeURIComponent(id)}`;

/** A page of cases of the caller's organizations, with the open / overdue / awaiting-approval counts. */
export const findHandlingCases = (params: FindHandlingCasesParams, signal?: AbortSignal) =>
  api.get<HandlingCasePage>("/api/handling/cases", params, signal);

/** 新建处置: only the member's own branch; §4 refusals answer 422 HANDLE-01. */
export const createHandlingCase = (input: CreateHandlingCase) => api.post<HandlingCaseDetail>("/api/handling/cases", input);

/** The case: member, steps, deadline, overdue, the evaluation it came from, and what the caller may record. */
export const getHandlingCase = (id: string, signal?: AbortSignal) => api.get<HandlingCaseDetail>(casePath(id), undefined, signal);

/** One step; a rule refusal is a 422 whose code is the rule id (HANDLE-…), another body's step a 403. */
export const recordHandlingStep = (id: string, input: RecordHandlingStep) => api.post<HandlingCaseDetail>(`${casePath(id)}/steps`, input);

/** Full members in good standing of the caller's branch, searched by name (the 新建处置 picker). */
export const findFullMembers = (q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { status: "full", pageSize: 50, q: q?.trim() || undefined }, signal);
