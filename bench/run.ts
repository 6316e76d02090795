// `npm run bench`: figures of speed, measured in one run on this machine, printed as ratios.
// Needs PostgreSQL (DANGJIAN_BENCH_DATABASE_URL, default the local test server); makes and drops
// its own database. BENCH_MEMBERS and BENCH_COMMITTEES size the synthetic roster.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pino from "pino";
import { loadConfig } from "../src/server/config";
import { systemCtx } from "../src/server/http/context";
import { createPiiCipher } from "../src/server/security/pii-cipher";
import { seedSynthetic } from "../src/server/modules/synthetic/synthetic.service";
import "../src/shared/zod-locale";
import { createBenchDatabase } from "./database";
import { benchRoster } from "./roster.bench";

const adminUrl = process.env.DANGJIAN_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const members = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const committees = Number(process.env.BENCH_COMMITTEES ?? 500);

const handle = await createBenchDatabase(adminUrl);
try {
  const deps = { db: handle.db, databaseKind: handle.kind, config: loadConfig(), clock: () => new Date(), pii: createPiiCipher(randomBytes(32)) };
  const ctx = systemCtx(deps, pino({ level: "warn" }));
  const started = Date.now();
  const summary = await seedSynthetic(ctx, { committees, members }, (stage, done, total) =>
    process.stdout.write(`\r合成数据 ${stage} ${done.toLocaleString()}/${total.toLocaleString()}   `),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n合成数据：${summary.orgs.toLocaleString()} 个组织，${summary.members.toLocaleString()} 名党员，${seconds.toFixed(1)} 秒（${Math.round(summary.members / seconds).toLocaleString()} 行/秒）`);
  await handle.db.execute(sql`ANALYZE`);
  await benchRoster(ctx);
} finally {
  await handle.close();
}
