import { MAX_PAGE_SIZE } from "../../../shared/contracts/common.contract";
import type {
  AmendMeeting,
  ArchiveMeeting,
  CreateMeeting,
  FindMeetingsQuery,
  MeetingDetail,
  MeetingPage,
  SaveAttendance,
  UpdateMeeting,
} from "../../../shared/contracts/meetings.contract";
import type { MemberPage } from "../../../shared/contracts/members.contract";
import type { OrgDetail } from "../../../shared/contracts/orgs.contract";
import { api } from "../../lib/api-client";

export type FindMeetingsParams = Partial<FindMeetingsQuery>;

const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** A page of meetings of the caller's organizations (a member: the signed-off ones they were expected at). */
export const findMeetings = (params: FindMeetingsParams, signal?: AbortSignal) => api.get<MeetingPage>("/api/meetings", params, signal);

/** A new draft: the server derives the expected participants, all present until the attendance is recorded. */
export const createMeeting = (input: CreateMeeting) => api.post<MeetingDetail>("/api/meetings", input);

export const getMeeting = (id: string, signal?: AbortSignal) => api.get<MeetingDetail>(meetingPath(id), undefined, signal);

export const updateMeeting = (id: string, input: UpdateMeeting) => api.patch<MeetingDetail>(meetingPath(id), input);

export const saveAttendance = (id: string, input: SaveAttendance) => api.put<MeetingDetail>(`${meetingPath(id)}/attendance`, input);

/** 签发: refused (422, the rule id) until the record is complete and the quorum met. */
export const signOffMeeting = (id: string) => api.post<MeetingDetail>(`${meetingPath(id)}/sign-off`);

/** 更正 of a signed-off record, with its reason. */
export const amendMeeting = (id: string, input: AmendMeeting) => api.post<MeetingDetail>(`${meetingPath(id)}/amendments`, input);

export const archiveMeeting = (id: string, input: ArchiveMeeting) => api.post<MeetingDetail>(`${meetingPath(id)}/archive`, input);

/** Where antd's Upload posts a photo or file (multipart, field "file"). */
export const documentUploadPath = (id: string) => `${meetingPath(id)}/documents`;
export { fileUrl } from "../../lib/document-upload";

/** The organization picked in the form: its kind decides the meeting types it holds. */
export const getOrg = (id: string, signal?: AbortSignal) => api.get<OrgDetail>(`/api/orgs/${encodeURIComponent(id)}`, undefined, signal);

/** Members of an organization's subtree (a talk's participants), searched by name. */
export const findOrgMembers = (orgId: string, q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { orgId, pageSize: MAX_PAGE_SIZE, q: q?.trim() || undefined }, signal);
