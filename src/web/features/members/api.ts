import { MAX_PAGE_SIZE, type Page } from "../../../shared/contracts/common.contract";
import type {
  CreateMember,
  CreateMemberEvent,
  FindMembersQuery,
  ImportError,
  IncomingTransfer,
  ImportResult,
  MemberDetail,
  MemberEvent,
  MemberPage,
  MemberPii,
  UpdateMember,
} from "../../../shared/contracts/members.contract";
import type { OrgLookup } from "../../../shared/contracts/orgs.contract";
import { api, parseErrorResponse } from "../../lib/api-client";
import { downloadFile, type UploadStage, uploadForm } from "./file-transfer";

export type FindMembersParams = Partial<FindMembersQuery>;

const memberPath = (id: string) => `/api/members/${encodeURIComponent(id)}`;

/** A page of the roster, with what the caller may do with the roster (`abilities`). */
export const findMembers = (params: FindMembersParams, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", params, signal);

export const getMember = (id: string, signal?: AbortSignal) => api.get<MemberDetail>(memberPath(id), undefined, signal);

export const createMember = (input: CreateMember) => api.post<MemberDetail>("/api/members", input);

export const updateMember = (id: string, input: UpdateMember) => api.patch<MemberDetail>(memberPath(id), input);

/** The full ID and phone numbers; the server writes every call to the audit log. */
export const getMemberPii = (id: string) => api.get<MemberPii>(`${memberPath(id)}/pii`);

export const findMemberEvents = async (id: string, signal?: AbortSignal) =>
  (await api.get<{ items: MemberEvent[] }>(`${memberPath(id)}/events`, undefined, signal)).items;

export const createMemberEvent = (id: string, input: CreateMemberEvent) =>
  api.post<MemberEvent>(`${memberPath(id)}/events`, input);

/** Where antd's Upload posts a document for the member's events (multipart, field "file"); events attach it by id. */
export const memberDocumentUploadPath = (id: string) => `${memberPath(id)}/documents`;

/** A transfer's receiving organization by the code on the letter, anywhere in the system (TR-02); 404 when none. */
export const lookupOrgByCode = (code: string) => api.get<OrgLookup>("/api/orgs/lookup", { code });

export const downloadImportTemplate = () =>
  downloadFile("/api/members/import-template", { fallbackName: "党员信息导入模板.xlsx" });

/** Transfers waiting for the caller's organizations to accept them (TR-03), masked. */
export const findIncomingTransfers = (signal?: AbortSignal) =>
  api.get<Page<IncomingTransfer>>("/api/members/incoming-transfers", { pageSize: MAX_PAGE_SIZE }, signal);

/**
 * The roster with the list's filters and sort, every page. Full ID and phone numbers only with
 * `includePii`, which the server allows to permitted roles and records in the audit log.
 */
export const exportMembers = (params: FindMembersParams, includePii = false) =>
  downloadFile("/api/members/export", {
    query: { ...params, page: undefined, pageSize: undefined, includePii: includePii || undefined },
    fallbackName: "党员名册.xlsx",
  });

export const downloadImportErrors = (errors: ImportError[]) =>
  downloadFile("/api/members/import/errors.xlsx", { body: { errors }, fallbackName: "导入错误清单.xlsx" });

const isImportResult = (body: unknown): body is ImportResult =>
  typeof body === "object" && body !== null && "rows" in body && Array.isArray((body as ImportResult).errors);

/**
 * Uploads a workbook. A refused workbook (422) is an ordinary outcome with the rows' errors, so it
 * resolves like a success; any other failure throws an ApiError.
 */
export async function importMembers(
  file: File,
  orgId: string | undefined,
  onProgress: (stage: UploadStage, percent: number) => void,
): Promise<ImportResult> {
  const form = new FormData();
  // Fields before the file, so a streaming parser on the server has them when the file arrives.
  if (orgId) form.append("orgId", orgId);
  form.append("file", file, file.name);
  const response = await uploadForm("/api/members/import", form, onProgress);
  if (response.ok || response.status === 422) {
    const body: unknown = await response.clone().json().catch(() => null);
    if (isImportResult(body)) return body;
  }
  throw await parseErrorResponse(response);
}
