import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ImportError, ImportResult } from "../../../shared/contracts/members.contract";
import type { Ctx } from "../../http/context";
import { getOrgByCode } from "../organizations/organizations.service";
import { type ImportPhase, importMembers } from "./members-import.service";

const PHASE_LABELS: Record<ImportPhase, string> = { read: "读取并校验（KB）", check: "核对组织与已有党员", write: "写入数据库" };

/**
 * `dangjian import members FILE.xlsx [--org CODE]`: the web import's service, run as the system
 * actor, with a progress bar per phase. Answers the exit code: 0 imported, 1 refused.
 */
export async function runMemberImportCommand(
  ctx: Ctx,
  file: string,
  orgCode: string | undefined,
  progress: (label: string, done: number, total: number) => void,
  print: (line: string) => void = console.log,
): Promise<number> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new Error(`找不到文件：${file}`);
    },
  );
  const defaultOrgId = orgCode ? (await getOrgByCode(ctx.db, orgCode)).id : undefined;
  let hasBar = false;
  // The bar starts a new line when its label (the phase) changes; the last one is ended here.
  const result = await importMembers(ctx, { source: createReadStream(file), size, fileName: path.basename(file), defaultOrgId }, (phase, done, total) => {
    hasBar = true;
    const toKb = (n: number) => (phase === "read" ? Math.ceil(n / 1024) : n);
    progress(PHASE_LABELS[phase], toKb(done), toKb(total));
  });
  if (hasBar) process.stdout.write("\n");
  for (const line of describeImportResult(result)) print(line);
  return result.ok ? 0 : 1;
}

/** The summary of an import, or its errors as a table that lines up in a terminal. */
export function describeImportResult(result: ImportResult): string[] {
  if (result.ok) return [`导入完成：共 ${result.rows} 行，新建 ${result.created} 名党员，更新 ${result.updated} 名党员`];
  return [`导入未执行（未写入任何数据）：共 ${result.rows} 行，发现 ${result.errors.length} 处错误`, ...errorTable(result.errors)];
}

function errorTable(errors: readonly ImportError[]): string[] {
  const rows = [["行", "列", "说明"], ...errors.map((e) => [String(e.row), e.column || "—", e.message])];
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
  const line = (r: string[]) => `${pad(r[0]!, widths[0]!)}  ${pad(r[1]!, widths[1]!)}  ${r[2]}`;
  return [line(rows[0]!), `${"─".repeat(widths[0]!)}  ${"─".repeat(widths[1]!)}  ${"─".repeat(20)}`, ...rows.slice(1).map(line)];
}

/** Chinese characters take two columns of a terminal. */
const displayWidth = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, width: number) => s + " ".repeat(Math.max(0, width - displayWidth(s)));
