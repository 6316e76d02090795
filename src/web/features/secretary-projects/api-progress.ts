import type { Page } from "../../../shared/contracts/common.contract";
import type {
  CommentThread,
  CreateProgressReport,
  CreateProjectComment,
  FindProgressReportsQuery,
  FindProjectCommentsQuery,
  ProgressReport,
  ProjectAlerts,
  ProjectCheckpoints,
  RateCheckpoint,
} from "../../../shared/contracts/secretary-project-progress.contract";
import { api } from "../../lib/api-client";

// A project's year (推进情况): progress reports, evidence, guidance and replies, check points; the home page's reminders.

const projectPath = (id: string) => `/api/secretary-projects/${encodeURIComponent(id)}`;

/** The reports, the latest first, each with its values, evidence and guidance threads. */
export const findProgressReports = (id: string, params: Partial<FindProgressReportsQuery>, signal?: AbortSignal) =>
  api.get<Page<ProgressReport>>(`${projectPath(id)}/reports`, params, signal);

/** A refusal is a 422 whose code is the rule id (PROJ-08), with the field in its details. */
export const createProgressReport = (id: string, input: CreateProgressReport) => api.post<ProgressReport>(`${projectPath(id)}/reports`, input);

/** Where antd Upload sends a report's evidence (multipart, field "file"). */
export const reportEvidenceUploadUrl = (id: string, reportId: string) => `${projectPath(id)}/reports/${encodeURIComponent(reportId)}/files`;

export const findProjectComments = (id: string, params: Partial<FindProjectCommentsQuery>, signal?: AbortSignal) =>
  api.get<Page<CommentThread>>(`${projectPath(id)}/comments`, params, signal);

/** Guidance (the committee; on a report or the project) or a reply (the secretary; `parentId`). */
export const createProjectComment = (id: string, input: CreateProjectComment) => api.post<CommentThread>(`${projectPath(id)}/comments`, input);

export const getProjectCheckpoints = (id: string, signal?: AbortSignal) => api.get<ProjectCheckpoints>(`${projectPath(id)}/checkpoints`, undefined, signal);

export const rateCheckpoint = (id: string, quarter: number, input: RateCheckpoint) =>
  api.put<ProjectCheckpoints>(`${projectPath(id)}/checkpoints/${quarter}`, input);

export const getProjectAlerts = (signal?: AbortSignal) => api.get<ProjectAlerts>("/api/secretary-projects/alerts", undefined, signal);
