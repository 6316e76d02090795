import type { Page } from "../../../shared/contracts/common.contract";
import { MAX_PAGE_SIZE } from "../../../shared/contracts/common.contract";
import type { CreateOrg, FindOrgsQuery, Org, OrgDetail, UpdateOrg } from "../../../shared/contracts/orgs.contract";
import { api } from "../../lib/api-client";

type FindOrgsParams = Partial<Pick<FindOrgsQuery, "parentId" | "roots" | "q" | "page" | "pageSize">>;

export const findOrgs = (params: FindOrgsParams, signal?: AbortSignal) =>
  api.get<Page<Org>>("/api/orgs", params, signal);

/** Every child of an organization: a tree node must show all of them, so page through past the size cap. */
export async function findAllChildOrgs(parentId: string): Promise<Org[]> {
  const children: Org[] = [];
  for (let page = 1; ; page++) {
    const result = await findOrgs({ parentId, page, pageSize: MAX_PAGE_SIZE });
    children.push(...result.items);
    if (result.items.length === 0 || children.length >= result.total) return children;
  }
}

export const findRootOrgs = async () => (await findOrgs({ roots: true, pageSize: MAX_PAGE_SIZE })).items;

export const getOrg = (id: string, signal?: AbortSignal) =>
  api.get<OrgDetail>(`/api/orgs/${encodeURIComponent(id)}`, undefined, signal);

export const createOrg = (input: CreateOrg) => api.post<OrgDetail>("/api/orgs", input);

export const updateOrg = (id: string, input: UpdateOrg) =>
  api.patch<OrgDetail>(`/api/orgs/${encodeURIComponent(id)}`, input);
