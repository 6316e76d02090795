import type { Page } from "../../../shared/contracts/common.contract";
import type { CreateUser, FindUsersQuery, UpdateUser, User } from "../../../shared/contracts/users.contract";
import { api } from "../../lib/api-client";

export type FindUsersParams = Partial<Pick<FindUsersQuery, "q" | "orgId" | "isActive" | "page" | "pageSize">>;

export const findUsers = (params: FindUsersParams, signal?: AbortSignal) =>
  api.get<Page<User>>("/api/users", params, signal);

export const createUser = (input: CreateUser) => api.post<User>("/api/users", input);

/** Changing role, organization or status ends every session of that user (server side). */
export const updateUser = (id: string, input: UpdateUser) =>
  api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input);
