import type { Page } from "../../../shared/contracts/common.contract";
import { MAX_PAGE_SIZE } from "../../../shared/contracts/common.contract";
import type {
  CreateOrg,
  CreateOrgOfficer,
  DissolveOrg,
  EndOrgOfficer,
  FindOrgsQuery,
  FindRenewalsQuery,
  MoveOrg,
  OfficerCandidate,
  Org,
  OrgDetail,
  OrgOfficer,
  Renewal,
  UpdateOrg,
} from "../../../shared/contracts/orgs.contract";
import { api } from "../../lib/api-client";

type FindOrgsParams = Partial<Pick<FindOrgsQuery, "parentId" | "roots" | "q" | "page" | "pageSize" | "includeDissolved">>;

const orgPath = (id: string) => `/api/orgs/${encodeURIComponent(id)}`;

export const findOrgs = (params: FindOrgsParams, signal?: AbortSignal) =>
  api.get<Page<Org>>("/api/orgs", params, signal);

/** Every child of an organization: a tree node must show all of them, so page through past the size cap. */
export async function findAllChildOrgs(parentId: string, includeDissolved = false): Promise<Org[]> {
  const children: Org[] = [];
  for (let page = 1; ; page++) {
    const result = await findOrgs({ parentId, page, pageSize: MAX_PAGE_SIZE, includeDissolved });
    children.push(...result.items);
    if (result.items.length === 0 || children.length >= result.total) return children;
  }
}

export const findRootOrgs = async (includeDissolved = false) =>
  (await findOrgs({ roots: true, pageSize: MAX_PAGE_SIZE, includeDissolved })).items;

export const getOrg = (id: string, signal?: AbortSignal) => api.get<OrgDetail>(orgPath(id), undefined, signal);

export const createOrg = (input: CreateOrg) => api.post<OrgDetail>("/api/orgs", input);

export const updateOrg = (id: string, input: UpdateOrg) => api.patch<OrgDetail>(orgPath(id), input);

export const moveOrg = (id: string, input: MoveOrg) => api.post<OrgDetail>(`${orgPath(id)}/move`, input);

export const dissolveOrg = (id: string, input: DissolveOrg) => api.post<OrgDetail>(`${orgPath(id)}/dissolve`, input);

export const findOrgOfficers = (orgId: string, signal?: AbortSignal) =>
  api.get<{ items: OrgOfficer[] }>(`${orgPath(orgId)}/officers`, undefined, signal);

export const createOrgOfficer = (orgId: string, input: CreateOrgOfficer) => api.post<OrgOfficer>(`${orgPath(orgId)}/officers`, input);

export const endOrgOfficer = (orgId: string, officerId: string, input: EndOrgOfficer) =>
  api.patch<OrgOfficer>(`${orgPath(orgId)}/officers/${encodeURIComponent(officerId)}`, input);

export const findOfficerCandidates = (orgId: string, q: string, signal?: AbortSignal) =>
  api.get<{ items: OfficerCandidate[] }>(`${orgPath(orgId)}/officer-candidates`, { q }, signal);

export const findRenewals = (params: Partial<FindRenewalsQuery>, signal?: AbortSignal) =>
  api.get<Page<Renewal>>("/api/orgs/renewals", params, signal);
