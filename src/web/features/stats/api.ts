import type { StructureStats } from "../../../shared/contracts/stats.contract";
import { api } from "../../lib/api-client";

/** Structure of the active roster under `orgId`; without it, the top of the caller's scope. */
export const getStructureStats = (orgId: string | undefined, signal?: AbortSignal) =>
  api.get<StructureStats>("/api/stats/structure", { orgId }, signal);
