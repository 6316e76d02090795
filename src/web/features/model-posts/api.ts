import type { PageQuery } from "../../../shared/contracts/common.contract";
import type {
  AddPostEntry,
  CreatePost,
  EndPost,
  FindPostsQuery,
  PostDetail,
  PostEntry,
  PostEntryPage,
  PostPage,
  PostSummary,
  PostSummaryQuery,
  UpdatePost,
} from "../../../shared/contracts/model-posts.contract";
import type { MemberPage } from "../../../shared/contracts/members.contract";
import { api } from "../../lib/api-client";

const BASE = "/api/model-posts";
const postPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** A page of the posts in the caller's scope (filters: year, kind, safety kind, organization, member, active, name). */
export const findPosts = (params: Partial<FindPostsQuery>, signal?: AbortSignal) => api.get<PostPage>(BASE, params, signal);

/** The year's counts per kind and safety kind (the list page's chart). */
export const getPostSummary = (params: PostSummaryQuery, signal?: AbortSignal) => api.get<PostSummary>(`${BASE}/summary`, params, signal);

export const createPost = (input: CreatePost) => api.post<PostDetail>(BASE, input);

export const getPost = (id: string, signal?: AbortSignal) => api.get<PostDetail>(postPath(id), undefined, signal);

export const updatePost = (id: string, input: UpdatePost) => api.patch<PostDetail>(postPath(id), input);

/** Ends the post with a day and a reason (POST-08); it stays on record. */
export const endPost = (id: string, input: EndPost) => api.post<PostDetail>(`${postPath(id)}/end`, input);

/** The year's record, newest first. */
export const findPostEntries = (id: string, page: PageQuery, signal?: AbortSignal) => api.get<PostEntryPage>(`${postPath(id)}/entries`, page, signal);

export const addPostEntry = (id: string, input: AddPostEntry) => api.post<PostEntry>(`${postPath(id)}/entries`, input);

/** Where a post's files are uploaded (multipart "file"); they download from /api/files/:id. */
export const postFilesUrl = (id: string) => `${postPath(id)}/files`;

/** Active members of an organization's subtree, searched by name (the holder picker). */
export const findMembersUnder = (orgId: string | undefined, q: string | undefined, signal?: AbortSignal) =>
  api.get<MemberPage>("/api/members", { orgId, pageSize: 50, q: q?.trim() || undefined }, signal);
