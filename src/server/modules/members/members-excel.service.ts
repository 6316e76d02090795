import type { ImportError } from "../../../shared/contracts/members.contract";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { buildImportErrorsWorkbook, buildImportTemplate } from "./members-excel.workbooks";

const requireImporter = (ctx: Ctx) => {
  if (!can(ctx.actor, "member.import")) throw createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以导入党员");
};

/** The blank import template; it holds no one's data, only the rules and one sample row. */
export async function getImportTemplate(ctx: Ctx): Promise<Buffer> {
  requireImporter(ctx);
  return buildImportTemplate();
}

/** The error list the client already holds, as a workbook: nothing is read from the database. */
export async function getImportErrorsWorkbook(ctx: Ctx, errors: readonly ImportError[]): Promise<Buffer> {
  requireImporter(ctx);
  return buildImportErrorsWorkbook(errors);
}
