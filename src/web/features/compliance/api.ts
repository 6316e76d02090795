import { MAX_PAGE_SIZE, type Page } from "../../../shared/contracts/common.contract";
import type {
  AttendancePage,
  CancelPlanItem,
  Matrix,
  MeetingPlan,
  NoLifeLevel,
  NoLifePage,
  PlanItem,
  PrefillResult,
  UpdatePlanItem,
} from "../../../shared/contracts/compliance.contract";
import type { Org } from "../../../shared/contracts/orgs.contract";
import type { MeetingType } from "../../../shared/org-life";
import { api } from "../../lib/api-client";

export const getMeetingPlan = (orgId: string, year: number, signal?: AbortSignal) => api.get<MeetingPlan>("/api/meeting-plans", { orgId, year }, signal);
export const prefillMeetingPlan = (orgId: string, year: number) => api.post<PrefillResult>("/api/meeting-plans/prefill", { orgId, year });
export const updatePlanItem = (id: string, input: UpdatePlanItem) => api.patch<PlanItem>(`/api/meeting-plans/items/${id}`, input);
export const cancelPlanItem = (id: string, input: CancelPlanItem) => api.post<PlanItem>(`/api/meeting-plans/items/${id}/cancel`, input);

export interface MatrixParams {
  orgId: string;
  year: number;
  type?: MeetingType;
  page: number;
  pageSize: number;
}

export const getMatrix = ({ orgId, year, type, page, pageSize }: MatrixParams, signal?: AbortSignal) =>
  api.get<Matrix>("/api/compliance/matrix", { orgId, year, types: type, page, pageSize }, signal);

export interface AttendanceParams {
  orgId: string;
  year: number;
  page: number;
  pageSize: number;
  sort: "rate" | "name" | "expected";
  order: "asc" | "desc";
}
export const getAttendanceRates = (params: AttendanceParams, signal?: AbortSignal) => api.get<AttendancePage>("/api/compliance/attendance", { ...params }, signal);

export interface NoLifeParams {
  orgId: string;
  level?: NoLifeLevel;
  page: number;
  pageSize: number;
}
export const getNoLifeMembers = (params: NoLifeParams, signal?: AbortSignal) => api.get<NoLifePage>("/api/compliance/no-life", { ...params }, signal);

/** The top of the caller's scope: the default organization of both pages. */
export const findRootOrgs = async (signal?: AbortSignal) => (await api.get<Page<Org>>("/api/orgs", { roots: true, pageSize: MAX_PAGE_SIZE }, signal)).items;
