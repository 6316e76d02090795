import type {
  ProjectBoard,
  RankingPage,
  RankingQuery,
  SecretaryRecord,
} from "../../../shared/contracts/secretary-project-board.contract";
import type {
  CastProjectVote,
  EvaluateProject,
  PaperVotes,
  ProjectEvaluation,
  ProjectVoteReceipt,
  Rubric,
  UpdateRubric,
  VotingAction,
  YearEndReport,
} from "../../../shared/contracts/secretary-project-evaluation.contract";
import type { PageQuery } from "../../../shared/contracts/common.contract";
import { api } from "../../lib/api-client";

// The year end (述职, the vote, the evaluation, publication), the committee's rubric, and "抓书记":
// the board, the ranking and each secretary's record. Refusals are 422s whose code is the rule id (PROJ-11…14).

const projectPath = (id: string) => `/api/secretary-projects/${encodeURIComponent(id)}`;

export const getProjectEvaluation = (id: string, signal?: AbortSignal) => api.get<ProjectEvaluation>(`${projectPath(id)}/evaluation`, undefined, signal);

export const submitYearEndReport = (id: string, input: YearEndReport) => api.post<ProjectEvaluation>(`${projectPath(id)}/year-end-report`, input);

export const setProjectVoting = (id: string, input: VotingAction) => api.post<ProjectEvaluation>(`${projectPath(id)}/voting`, input);

/** One secret vote; the answer says only that it was taken. A second one is a 409. */
export const castProjectVote = (id: string, input: CastProjectVote) => api.post<ProjectVoteReceipt>(`${projectPath(id)}/votes`, input);

export const setPaperVotes = (id: string, input: PaperVotes) => api.put<ProjectEvaluation>(`${projectPath(id)}/paper-votes`, input);

export const evaluateProject = (id: string, input: EvaluateProject) => api.post<ProjectEvaluation>(`${projectPath(id)}/evaluation`, input);

export const publishProjectEvaluation = (id: string) => api.post<ProjectEvaluation>(`${projectPath(id)}/publish`);

export const getRubric = (query: { year: number; orgId?: string }, signal?: AbortSignal) => api.get<Rubric>("/api/secretary-project-rubrics", query, signal);

export const updateRubric = (input: UpdateRubric) => api.put<Rubric>("/api/secretary-project-rubrics", input);

export const getProjectBoard = (query: { year: number; orgId?: string }, signal?: AbortSignal) => api.get<ProjectBoard>("/api/secretary-projects/board", query, signal);

export const getProjectRanking = (query: Partial<RankingQuery> & { year: number }, signal?: AbortSignal) =>
  api.get<RankingPage>("/api/secretary-projects/ranking", query, signal);

export const getSecretaryRecord = (memberId: string, query: Partial<PageQuery>, signal?: AbortSignal) =>
  api.get<SecretaryRecord>(`/api/secretary-projects/secretaries/${encodeURIComponent(memberId)}/record`, query, signal);

/** Where the workbook streams from (downloadWithProgress). */
export const PROJECT_EXPORT_PATH = "/api/secretary-projects/export.xlsx";
