// `npm run bench`: figures of speed, measured in one run on this machine, printed as ratios.
// Needs PostgreSQL (DANGJIAN_BENCH_DATABASE_URL, default the local test server); makes and drops
// its own database. BENCH_MEMBERS and BENCH_COMMITTEES size the synthetic roster. BENCH_ONLY (comma-separated:
// roster, development, compliance, secretary-projects, care, import) runs only those parts after the roster is written.
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { sql } from "drizzle-orm";
import pino from "pino";
import { loadConfig } from "../src/server/config";
import { systemCtx } from "../src/server/http/context";
import { createLocalFileStorage } from "../src/server/modules/files/file-storage";
import { createPiiCipher } from "../src/server/security/pii-cipher";
import { seedSynthetic } from "../src/server/modules/synthetic/synthetic.service";
import "../src/shared/zod-locale";
import { createScratchPostgres } from "../test/db";
import { benchCompliance } from "./compliance";
import { benchDevelopment } from "./development.bench";
import { benchRoster, findBenchOrgs } from "./roster.bench";
import { benchSecretaryProjects } from "./secretary-projects";
import { benchCare } from "./care";
import { buildImportRows, timeCopy, timeImport, writeImportWorkbook } from "./import.bench";
import { createDb } from "../src/server/db/client";
import { chinaToday } from "../src/shared/dates";

const adminUrl = process.env.DANGJIAN_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const members = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const committees = Number(process.env.BENCH_COMMITTEES ?? 500);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const rowsPerSecond = (n: number) => `${Math.round(n).toLocaleString()} 行/秒`;
const only = process.env.BENCH_ONLY?.split(",").map((part) => part.trim());
const runs = (part: string) => !only || only.includes(part);

const handle = await createScratchPostgres(adminUrl, `dangjian_bench_${Date.now()}`);
try {
  const deps = { db: handle.db, databaseKind: handle.kind, config: loadConfig(), clock: () => new Date(), pii: createPiiCipher(randomBytes(32)), files: createLocalFileStorage(`${tmpdir()}/dj-bench-files`) };
  const ctx = systemCtx(deps, pino({ level: "warn" }));
  const started = Date.now();
  const summary = await seedSynthetic(ctx, { committees, members }, (stage, done, total) =>
    process.stdout.write(`\r合成数据 ${stage} ${done.toLocaleString()}/${total.toLocaleString()}   `),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n合成数据：${summary.orgs.toLocaleString()} 个组织，${summary.members.toLocaleString()} 名党员，${summary.developmentCases.toLocaleString()} 个发展党员档案，${seconds.toFixed(1)} 秒（${Math.round((summary.members + summary.developmentCases) / seconds).toLocaleString()} 行/秒）`);
  await handle.db.execute(sql`ANALYZE`);
  const orgs = await findBenchOrgs(ctx);
  if (runs("roster")) await benchRoster(ctx, orgs);
  if (runs("development")) await benchDevelopment(ctx, orgs);
  if (runs("compliance")) await benchCompliance(ctx, orgs);
  if (runs("secretary-projects")) await benchSecretaryProjects(ctx, orgs);
  if (runs("care")) await benchCare(ctx, orgs);
  if (runs("import")) {
    console.log(`\n党员导入（${importRows.toLocaleString()} 行 .xlsx，含逐行校验、加密与审计）`);
    const rows = buildImportRows(importRows, chinaToday(new Date()));
    const file = await writeImportWorkbook(rows);
    const copy = await timeCopy(ctx, handle.url, rows);
    const onPostgres = await timeImport(ctx, file, importRows);
    const embedded = createDb({});
    await embedded.migrate();
    const onPglite = await timeImport(systemCtx({ ...deps, db: embedded.db, databaseKind: "pglite" }, ctx.log), file, importRows);
    await embedded.close();
    console.log(`  PostgreSQL COPY of the same rows            ${rowsPerSecond(copy)}`);
    console.log(`  import on PostgreSQL                        ${rowsPerSecond(onPostgres)}   ratio to COPY ${(onPostgres / copy).toFixed(3)}`);
    console.log(`  import on PGlite                            ${rowsPerSecond(onPglite)}   ratio to COPY ${(onPglite / copy).toFixed(3)}`);
  }
} finally {
  await handle.close();
}
