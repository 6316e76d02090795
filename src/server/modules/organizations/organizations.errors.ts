import { ERROR_CODES } from "../../../shared/error-codes";
import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { AppError, createFieldError, createNotFoundError } from "../../http/errors";

export const createOrgNotFoundError = () => createNotFoundError(ERROR_CODES.orgNotFound, "组织");

export const createOrgCodeTakenError = (code: string) =>
  createFieldError(ERROR_CODES.orgCodeTaken, 409, "code", `组织编码“${code}”已被使用`);

export const createOrgParentInvalidError = (parentKind: OrgKind | null, kind: OrgKind) =>
  createFieldError(
    ERROR_CODES.orgParentInvalid,
    422,
    parentKind ? "kind" : "parentId",
    parentKind
      ? `${ORG_KIND_LABELS[parentKind]}下不能设立${ORG_KIND_LABELS[kind]}（党小组只能设在党支部内，见支部工作条例第十三条；党总支下只能设党支部）`
      : `顶层组织只能是基层党委，${ORG_KIND_LABELS[kind]}必须有上级组织`,
    "ORG-08",
  );

export const createTopLevelOrgForbiddenError = () =>
  new AppError(ERROR_CODES.authForbidden, 403, "只有系统管理员可以新建顶层组织");
