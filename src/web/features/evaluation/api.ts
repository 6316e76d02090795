import type { PageQuery } from "../../../shared/contracts/common.contract";
import type {
  AdvanceEvaluation,
  BallotChoices,
  BallotReceipt,
  CreateEvaluationCampaign,
  EvaluationCampaignDetail,
  EvaluationCampaignPage,
  EvaluationEntryDetail,
  FindEvaluationCampaignsQuery,
  MyEntry,
  MyEvaluationPage,
  PaperBallots,
  Recount,
  SetFeedback,
  SetGrades,
  UpdateEvaluationCampaign,
  UpdateEvaluationEntry,
} from "../../../shared/contracts/evaluation.contract";
import { api } from "../../lib/api-client";

const campaignPath = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;
const entryPath = (id: string, entryId: string) => `${campaignPath(id)}/entries/${encodeURIComponent(entryId)}`;

/** A page of campaigns: a branch's own, or those of a committee's branches. */
export const findCampaigns = (params: Partial<FindEvaluationCampaignsQuery>, signal?: AbortSignal) =>
  api.get<EvaluationCampaignPage>("/api/evaluations", params, signal);

export const createCampaign = (input: CreateEvaluationCampaign) => api.post<EvaluationCampaignDetail>("/api/evaluations", input);

export const getCampaign = (id: string, signal?: AbortSignal) => api.get<EvaluationCampaignDetail>(campaignPath(id), undefined, signal);

export const updateCampaign = (id: string, input: UpdateEvaluationCampaign) => api.patch<EvaluationCampaignDetail>(campaignPath(id), input);

/** The next phase; a refusal is a 422 whose code is the rule id (EVAL-01…). */
export const advanceCampaign = (id: string, input: AdvanceEvaluation) => api.post<EvaluationCampaignDetail>(`${campaignPath(id)}/advance`, input);

export const getEntry = (id: string, entryId: string, signal?: AbortSignal) => api.get<EvaluationEntryDetail>(entryPath(id, entryId), undefined, signal);

export const updateEntry = (id: string, entryId: string, input: UpdateEvaluationEntry) => api.patch<EvaluationEntryDetail>(entryPath(id, entryId), input);

export const enterPaperBallots = (id: string, input: PaperBallots) => api.post<BallotReceipt>(`${campaignPath(id)}/paper-ballots`, input);

export const setGrades = (id: string, input: SetGrades) => api.put<EvaluationCampaignDetail>(`${campaignPath(id)}/grades`, input);

export const setFeedback = (id: string, input: SetFeedback) => api.put<EvaluationCampaignDetail>(`${campaignPath(id)}/feedback`, input);

/** Counts the ballots again and compares with the stored hash (audited). */
export const recount = (id: string) => api.get<Recount>(`${campaignPath(id)}/tally`);

// ---- The member's own page ----

export const findMyEvaluations = (params: Partial<PageQuery>, signal?: AbortSignal) => api.get<MyEvaluationPage>("/api/evaluations/mine", params, signal);

export const saveMyEntry = (id: string, input: MyEntry) => api.put<EvaluationEntryDetail>(`${campaignPath(id)}/my-entry`, input);

/** The secret ballot: answered with a receipt only (how many ballots, never which). */
export const castBallot = (id: string, choices: BallotChoices) => api.post<BallotReceipt>(`${campaignPath(id)}/ballot`, { choices });
