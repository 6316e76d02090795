import type { ArchiveRuleSetPeriod, CreateRuleSetPeriod, RuleSetSettings } from "../../../shared/contracts/development.contract";
import { api } from "../../lib/api-client";

type RuleSetPeriod = RuleSetSettings["periods"][number];

/** The periods of the development rule sets, the one in force today, and the configured values of UNVERIFIED rules. */
export const getRuleSetSettings = (signal?: AbortSignal) => api.get<RuleSetSettings>("/api/development/rule-sets", undefined, signal);

/** Admin only: from `effectiveFrom`, new steps are judged by `ruleSet` (one period per day). */
export const createRuleSetPeriod = (input: CreateRuleSetPeriod) => api.post<RuleSetPeriod>("/api/development/rule-sets", input);

/** Admin only: retracts a period entered by mistake (kept, with the reason in the audit log). Answers the settings as they now stand. */
export const archiveRuleSetPeriod = (id: string, input: ArchiveRuleSetPeriod) =>
  api.post<RuleSetSettings>(`/api/development/rule-sets/${encodeURIComponent(id)}/archive`, input);
