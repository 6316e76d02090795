import { MAX_PAGE_SIZE, type Page } from "../../../shared/contracts/common.contract";
import type {
  CreateDevelopmentPerson,
  DevelopmentPersonDetail,
  DevelopmentPersonPage,
  FindDevelopmentPeopleQuery,
  Pipeline,
  RecordOutcome,
  RecordStep,
  UpdateDevelopmentPerson,
} from "../../../shared/contracts/development.contract";
import type { MemberPage } from "../../../shared/contracts/members.contract";
import type { Org } from "../../../shared/contracts/orgs.contract";
import { api } from "../../lib/api-client";
import { downloadFile } from "../members/file-transfer";

export type FindDevelopmentPeopleParams = Partial<FindDevelopmentPeopleQuery>;
export interface DevelopmentPersonPii {
  idNumber: string;
  phone: string | null;
}

const personPath = (id: string) => `/api/development/people/${encodeURIComponent(id)}`;

/** A page of development cases (open ones unless `status` says otherwise), with `abilities.canCreate`. */
export const findDevelopmentPeople = (params: FindDevelopmentPeopleParams, signal?: AbortSignal) =>
  api.get<DevelopmentPersonPage>("/api/development/people", params, signal);

/** 登记入党申请: only a branch officer, for a branch of their own. */
export const createDevelopmentPerson = (input: CreateDevelopmentPerson) =>
  api.post<DevelopmentPersonDetail>("/api/development/people", input);

/** The development file: profile, steps, the 25-step checklist, documents and what the caller may do. */
export const getDevelopmentPerson = (id: string, signal?: AbortSignal) =>
  api.get<DevelopmentPersonDetail>(personPath(id), undefined, signal);

export const updateDevelopmentPerson = (id: string, input: UpdateDevelopmentPerson) =>
  api.patch<DevelopmentPersonDetail>(personPath(id), input);

/** The full ID and phone numbers; the server writes every call to the audit log. */
export const getDevelopmentPersonPii = (id: string) => api.get<DevelopmentPersonPii>(`${personPath(id)}/pii`);

/** Records one of steps 2–25; a rule refusal is a 422 whose code is the rule id (e.g. DEV-07). */
export const recordStep = (id: string, input: RecordStep) => api.post<DevelopmentPersonDetail>(`${personPath(id)}/steps`, input);

/** 撤回申请 / 不再培养 / 暂缓发展 / 恢复. */
export const recordOutcome = (id: string, input: RecordOutcome) =>
  api.post<DevelopmentPersonDetail>(`${personPath(id)}/outcomes`, input);

/** Where antd's Upload posts a document (multipart, field "file"). */
export const documentUploadPath = (id: string) => `${personPath(id)}/documents`;
export const documentsZipPath = (id: string) => `${personPath(id)}/documents.zip`;
/** One stored file, served with the session cookie (a plain link works). */
export { fileUrl } from "../../lib/document-upload";

/** Every document of the person as one zip, handed to the browser as a download. */
export const downloadDocumentsZip = (id: string, fallbackName: string) => downloadFile(documentsZipPath(id), { fallbackName });

/** Stage counts, overdue and due-soon totals of an organization's subtree (the caller's scope by default). */
export const getPipeline = (orgId: string | undefined, signal?: AbortSignal) =>
  api.get<Pipeline>("/api/development/pipeline", { orgId }, signal);

/** Cultivators, introducers and voters come from the full members of the case's branch. */
export const findBranchFullMembers = (orgId: string, q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { orgId, status: "full", pageSize: MAX_PAGE_SIZE, q: q?.trim() || undefined }, signal);

/** The party groups (党小组) of a branch, for step 19. */
export async function findPartyGroups(branchId: string, signal?: AbortSignal): Promise<Org[]> {
  const page = await api.get<Page<Org>>("/api/orgs", { parentId: branchId, pageSize: MAX_PAGE_SIZE }, signal);
  return page.items.filter((org) => org.kind === "group");
}
