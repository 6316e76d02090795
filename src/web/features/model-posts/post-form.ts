import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import type { PostKind, SafetyKind } from "../../../shared/care";
import type { CreatePost, PostDetail, UpdatePost } from "../../../shared/contracts/model-posts.contract";

/** The form's values: dates as Dayjs, the rest as the contract has them. */
export interface PostFormValues {
  orgId?: string;
  memberId?: string;
  year?: number;
  kind?: PostKind;
  safetyKind?: SafetyKind | null;
  name?: string;
  scope?: string;
  commitment?: string;
  startedOn?: Dayjs;
}

/** A new post: this year, set up today by the caller's own organization. */
export const newPostValues = (orgId: string | undefined, today: Dayjs): PostFormValues => ({ orgId, year: today.year(), kind: "model_post", safetyKind: null, startedOn: today });

export const toFormValues = (post: PostDetail): PostFormValues => ({
  orgId: post.orgId,
  memberId: post.memberId,
  year: post.year,
  kind: post.kind,
  safetyKind: post.safetyKind,
  name: post.name,
  scope: post.scope,
  commitment: post.commitment,
  startedOn: dayjs(post.startedOn),
});

/** The content the server checks (POST-02/03/05): a safety kind only on a safety area. */
export function toUpdateInput(values: PostFormValues): UpdatePost {
  return {
    kind: values.kind!,
    safetyKind: values.kind === "safety_area" ? (values.safetyKind ?? null) : null,
    name: values.name?.trim() ?? "",
    scope: values.scope?.trim() ?? "",
    commitment: values.commitment?.trim() ?? "",
    startedOn: values.startedOn!.format("YYYY-MM-DD"),
  };
}

export const toCreateInput = (values: PostFormValues): CreatePost => ({ ...toUpdateInput(values), orgId: values.orgId!, memberId: values.memberId!, year: values.year! });

/** The start is picked within the post's year (POST-05): other days are greyed out. */
export const isOutsideYear = (date: Dayjs, year: number | undefined) => year !== undefined && date.year() !== year;
