import { ERROR_CODES } from "../../../shared/error-codes";
import { OFFICER_POST_LABELS, ORG_KIND_LABELS, type OfficerPost, type OrgKind } from "../../../shared/domain";
import { AppError, createFieldError, createNotFoundError } from "../../http/errors";

export const createOrgNotFoundError = () => createNotFoundError(ERROR_CODES.orgNotFound, "组织");

export const createOrgCodeTakenError = (code: string) =>
  createFieldError(ERROR_CODES.orgCodeTaken, 409, "code", `组织编码“${code}”已被使用`);

/** `field` is the form field at fault: the kind when creating, the new parent when moving. */
export const createOrgParentInvalidError = (parentKind: OrgKind | null, kind: OrgKind, field?: string) =>
  createFieldError(
    ERROR_CODES.orgParentInvalid,
    422,
    field ?? (parentKind ? "kind" : "parentId"),
    parentKind
      ? `${ORG_KIND_LABELS[parentKind]}下不能设立${ORG_KIND_LABELS[kind]}（党小组只能设在党支部内，见支部工作条例第十三条；党总支下只能设党支部）`
      : `顶层组织只能是基层党委，${ORG_KIND_LABELS[kind]}必须有上级组织`,
    "ORG-08",
  );

export const createTopLevelOrgForbiddenError = () =>
  new AppError(ERROR_CODES.authForbidden, 403, "只有系统管理员可以新建顶层组织");

export const createOrgDissolvedError = (name: string) =>
  new AppError(ERROR_CODES.orgDissolved, 422, `“${name}”已撤销，只能查看，不能再修改`);

export const createOrgMoveIntoSubtreeError = () =>
  createFieldError(ERROR_CODES.orgMoveIntoSubtree, 422, "parentId", "不能把组织移动到它自己或它的下级组织之下");

/** What still hangs on an organization, one detail per kind, e.g. "还有 3 名党员，请先转移". */
export function createOrgNotEmptyError(blockers: { members: number; children: number; users: number }) {
  const details = [
    blockers.members > 0 && { field: "members", message: `还有 ${blockers.members} 名党员，请先转移` },
    blockers.children > 0 && { field: "children", message: `还有 ${blockers.children} 个下级组织，请先撤销或移走` },
    blockers.users > 0 && { field: "users", message: `还有 ${blockers.users} 个用户账号绑定在该组织，请先调整或停用` },
  ].filter((detail): detail is { field: string; message: string } => Boolean(detail));
  return new AppError(ERROR_CODES.orgNotEmpty, 422, `不能撤销：${details.map((d) => d.message).join("；")}`, details);
}

export const createOrgTermInvalidError = (message: string, field = "termStartedOn") =>
  createFieldError(ERROR_CODES.orgTermInvalid, 422, field, message);

export const createOrgDateInvalidError = (field: string, message: string) =>
  createFieldError(ERROR_CODES.orgDateInvalid, 422, field, message);

export const createOfficerNotFoundError = () => createNotFoundError(ERROR_CODES.orgOfficerNotFound, "任职记录");

export const createOfficerPostTakenError = (post: OfficerPost, holder: string) =>
  createFieldError(
    ERROR_CODES.orgOfficerPostTaken,
    422,
    "post",
    `已有在任${OFFICER_POST_LABELS[post]}（${holder}），同一时间只能有一名，请先办理其离任`,
    post === "secretary" ? "ORG-06" : "ORG-08",
  );

export const createOfficerPostInvalidError = (kind: OrgKind, post: OfficerPost) =>
  createFieldError(
    ERROR_CODES.orgOfficerPostInvalid,
    422,
    "post",
    kind === "group" ? "党小组只设组长（支部工作条例第十三条）" : `${ORG_KIND_LABELS[kind]}不设${OFFICER_POST_LABELS[post]}`,
    "ORG-08",
  );

export const createOfficerMemberInvalidError = () =>
  createFieldError(ERROR_CODES.orgOfficerMemberInvalid, 422, "memberId", "该党员不在本组织（含下属党小组）的在册党员中");

export const createOfficerProbationaryError = (post: OfficerPost) =>
  createFieldError(
    ERROR_CODES.orgOfficerMemberInvalid,
    422,
    "memberId",
    `预备党员没有被选举权，不能担任${OFFICER_POST_LABELS[post]}（TERM-04，选举工作条例第五条）`,
    "TERM-04",
  );

export const createOfficerEndedError = (endedOn: string) =>
  new AppError(ERROR_CODES.orgOfficerEnded, 422, `该任职已于 ${endedOn} 结束`);
