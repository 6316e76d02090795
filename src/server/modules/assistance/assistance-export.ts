import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { CAMPAIGN_KIND_LABELS, CARE_RECIPIENT_KIND_LABELS, type CampaignKind, type CareRecipientKind, VISIT_KIND_LABELS, type VisitKind } from "../../../shared/care";
import { CARE_EXPORT_MAX_TARGETS } from "../../../shared/contracts/assistance.contract";
import type { Ctx } from "../../http/context";
import { writeHeaderRow as header } from "../../http/workbook";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../organizations/organizations.service";
import { campaignNode, requireCampaign } from "./assistance-access";
import { countTargets, findCoverageRows, findTargetRows } from "./assistance-campaigns.repository";
import { toCoverage, toTarget, toVisitItem } from "./assistance-view";
import { findCampaignVisitRows } from "./assistance-visits.repository";
import { createCareExportForbidden, createCareExportTooLargeError } from "./assistance.errors";

const YUAN = "#,##0.00";
const PERCENT = "0.0%";

type Book = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ExcelJS.Worksheet;


/** Fen as yuan for a cell: exact to the cent in the number Excel shows with two decimals. */
const yuanCell = (fen: number | null) => (fen === null ? null : fen / 100);

export interface CampaignExport {
  fileName: string;
  write(out: Writable): Promise<void>;
}

/**
 * The workbook of a campaign (GET /api/care/campaigns/:id/export.xlsx) for the chosen organization's
 * subtree within the caller's scope: 覆盖情况 (per organization below, rolled up, AID-12), 走访对象
 * (each target, visited or not, overdue) and 走访记录 (the visits recorded under the campaign, amounts
 * in yuan). No hardship text and no notes. Audited before a byte is sent; streamed with exceljs.
 */
export async function exportCampaign(ctx: Ctx, id: string, orgId?: string): Promise<CampaignExport> {
  if (!can(ctx.actor, "care.export")) throw createCareExportForbidden();
  const view = await requireCampaign(ctx.db, ctx, id);
  const node = await campaignNode(ctx.db, ctx, view, orgId);
  const total = await countTargets(ctx.db, ctx.actor.scope, id, node.path);
  if (total > CARE_EXPORT_MAX_TARGETS) throw createCareExportTooLargeError(total, CARE_EXPORT_MAX_TARGETS);
  await recordAudit(ctx.db, ctx, { action: "care.export", entityType: "care_campaign", entityId: id, orgId: node.id, after: { campaign: view.campaign.title, org: node.name, targets: total } });
  const today = todayOf(ctx);
  const c = view.campaign;
  return {
    fileName: `走访慰问_${c.title}_${node.name}_${today.replaceAll("-", "")}.xlsx`,
    write: async (out) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = "基层党建工作平台";
      const title = `${c.title}（${CAMPAIGN_KIND_LABELS[c.kind as CampaignKind]}，${c.startsOn} 至 ${c.dueOn}）— ${node.name}，截至 ${today}`;
      await writeCoverageSheet(workbook, ctx, id, node, today, title);
      await writeTargetsSheet(workbook, ctx, id, node.path, today);
      await writeVisitsSheet(workbook, ctx, id, node.path);
      await workbook.commit();
    },
  };
}

async function writeCoverageSheet(workbook: Book, ctx: Ctx, id: string, node: { id: string; path: string; name: string }, today: string, title: string) {
  const sheet = workbook.addWorksheet("覆盖情况", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "党组织", width: 32 },
    { header: "走访对象", width: 10 },
    { header: "已走访", width: 10 },
    { header: "未走访", width: 10 },
    { header: "逾期未走访", width: 11 },
    { header: "覆盖率", width: 10, numFmt: PERCENT },
  ]);
  const rows = await findCoverageRows(ctx.db, ctx.actor.scope, id, node, today);
  const sum = { targets: 0, visited: 0, overdue: 0 };
  for (const r of rows) {
    const f = toCoverage(r);
    sum.targets += f.targets;
    sum.visited += f.visited;
    sum.overdue += f.overdue;
    sheet.addRow([r.is_self ? `${r.org_name}（本级）` : r.org_name, f.targets, f.visited, f.targets - f.visited, f.overdue, f.share]).commit();
  }
  const all = toCoverage(sum);
  const line = sheet.addRow(["合计", all.targets, all.visited, all.targets - all.visited, all.overdue, all.share]);
  line.font = { bold: true };
  line.commit();
  sheet.addRow([]).commit();
  const note = sheet.addRow([`${title}；覆盖率：计划期间内对该对象有走访记录（不论是否按本计划登记）即为已走访（AID-12）`]);
  note.font = { italic: true, color: { argb: "FF7F7F7F" } };
  note.commit();
  sheet.commit();
}

async function writeTargetsSheet(workbook: Book, ctx: Ctx, id: string, subtreePath: string, today: string) {
  const sheet = workbook.addWorksheet("走访对象", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "党组织", width: 28 },
    { header: "姓名", width: 12 },
    { header: "类别", width: 14 },
    { header: "走访人", width: 14 },
    { header: "完成时限", width: 12 },
    { header: "走访日期", width: 12 },
    { header: "状态", width: 12 },
  ]);
  const { items } = await findTargetRows(ctx.db, ctx.actor.scope, id, { subtreePath }, { limit: CARE_EXPORT_MAX_TARGETS, offset: 0 });
  for (const row of items) {
    const t = toTarget(row, today);
    const line = sheet.addRow([t.orgName, t.name, CARE_RECIPIENT_KIND_LABELS[t.kind as CareRecipientKind], t.visitorName, t.dueOn, t.visitedOn ?? "", t.visitedOn ? "已走访" : t.isOverdue ? "逾期未走访" : "未走访"]);
    if (t.isOverdue) line.getCell(7).font = { color: { argb: "FF9C0006" }, bold: true };
    line.commit();
  }
  sheet.commit();
}

async function writeVisitsSheet(workbook: Book, ctx: Ctx, id: string, subtreePath: string) {
  const sheet = workbook.addWorksheet("走访记录", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "走访日期", width: 12 },
    { header: "党组织", width: 28 },
    { header: "走访对象", width: 12 },
    { header: "走访人", width: 20 },
    { header: "方式", width: 12 },
    { header: "金额（元）", width: 12, numFmt: YUAN },
  ]);
  let moneyFen = 0;
  let goodsFen = 0;
  for (const row of await findCampaignVisitRows(ctx.db, ctx.actor.scope, id, subtreePath)) {
    const v = toVisitItem(row);
    if (v.kind === "money") moneyFen += v.amountFen ?? 0;
    if (v.kind === "goods") goodsFen += v.amountFen ?? 0;
    sheet.addRow([v.visitedOn, v.orgName, v.personName, v.visitors.join("、"), VISIT_KIND_LABELS[v.kind as VisitKind], yuanCell(v.amountFen)]).commit();
  }
  sheet.addRow([]).commit();
  const money = sheet.addRow(["慰问金合计", "", "", "", "", yuanCell(moneyFen)]);
  money.font = { bold: true };
  money.commit();
  const goods = sheet.addRow(["慰问品价值合计", "", "", "", "", yuanCell(goodsFen)]);
  goods.font = { bold: true };
  goods.commit();
  sheet.commit();
}
