import type { Page } from "../../../shared/contracts/common.contract";
import type {
  CreateProject,
  DecideChange,
  FindProjectsQuery,
  ProjectDetail,
  ProjectListItem,
  ProjectTransition,
  ProposalOptions,
  ProposeChange,
  UpdateProject,
} from "../../../shared/contracts/secretary-projects.contract";
import { api } from "../../lib/api-client";

const BASE = "/api/secretary-projects";
const projectPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** A page of the projects in the caller's scope (filters: year, status, category, organization, overdue, awaiting me). */
export const findProjects = (params: Partial<FindProjectsQuery>, signal?: AbortSignal) => api.get<Page<ProjectListItem>>(BASE, params, signal);

/** The new-project form: own organization, its secretary, the years open and taken. */
export const getProposalOptions = (signal?: AbortSignal) => api.get<ProposalOptions>(`${BASE}/options`, undefined, signal);

export const createProject = (input: CreateProject) => api.post<ProjectDetail>(BASE, input);

export const getProject = (id: string, signal?: AbortSignal) => api.get<ProjectDetail>(projectPath(id), undefined, signal);

/** The draft or a returned proposal, rewritten whole. */
export const updateProject = (id: string, input: UpdateProject) => api.put<ProjectDetail>(projectPath(id), input);

/** Submit, withdraw, approve, return or reject; a refusal is a 422 whose code is the rule id (PROJ-xx). */
export const transitionProject = (id: string, input: ProjectTransition) => api.post<ProjectDetail>(`${projectPath(id)}/transitions`, input);

/** A change to an approved project: the whole new content and why (PROJ-07). */
export const proposeChange = (id: string, input: ProposeChange) => api.post<ProjectDetail>(`${projectPath(id)}/changes`, input);

export const decideChange = (id: string, versionId: string, input: DecideChange) =>
  api.post<ProjectDetail>(`${projectPath(id)}/changes/${encodeURIComponent(versionId)}/decision`, input);
