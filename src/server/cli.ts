import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { loadConfig } from "./config";
import { buildApp } from "./app";
import { systemCtx } from "./http/context";
import { logger, openRuntime } from "./runtime";
import { CreateOrgSchema } from "../shared/contracts/orgs.contract";
import { CreateUserSchema } from "../shared/contracts/users.contract";
import { ROLE_LABELS } from "../shared/domain";
import "../shared/zod-locale";
import { createOrg, getOrgByCode } from "./modules/organizations/organizations.service";
import { createUser } from "./modules/users/users.service";
import { describeDemoAccounts, hasAnyOrg, seedDemo } from "./modules/demo/demo.service";
import { runMemberImportCommand } from "./modules/members/members-import.cli";
import { seedSynthetic } from "./modules/synthetic/synthetic.service";

const USAGE = `用法: dangjian <命令> [选项]
  serve                      启动服务（首次在内嵌数据库上启动时生成演示数据）
  migrate                    仅执行数据库迁移
  seed-demo                  向空数据库写入演示数据
  create-org --code C --name N --kind committee [--parent CODE] [--domain D]
  create-user --username U --password P --role R --org ORG_CODE [--name 姓名]
  import members FILE.xlsx [--org CODE]   从 Excel 导入党员（全部通过才写入；--org 为未填组织编码的行的所属组织）
  seed-synthetic --committees N --members M   向空数据库写入省级规模的合成数据（仅供性能测试）
环境变量: PORT, HOST, DATABASE_URL, DANGJIAN_DATA_DIR, DANGJIAN_SECRET_KEY（详见 README）`;

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    code: { type: "string" },
    name: { type: "string" },
    kind: { type: "string" },
    parent: { type: "string" },
    domain: { type: "string" },
    username: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    org: { type: "string" },
    committees: { type: "string" },
    members: { type: "string" },
  },
});

const config = loadConfig();

async function main() {
  switch (command) {
    case "serve":
      return serve();
    case "migrate":
      return withRuntime(async () => console.log("数据库迁移已完成"));
    case "seed-demo":
      return withRuntime(async (ctx) => {
        if (await hasAnyOrg(ctx.db)) throw new Error("数据库中已有组织数据，演示数据只能写入空数据库");
        const summary = await seedDemo(ctx, (done, total) => progress("生成演示数据", done, total));
        console.log(`\n演示数据已生成：${summary.orgs} 个组织，${summary.members} 名党员，${summary.officers} 名班子成员，${summary.users} 个账号，${summary.development.people} 名发展党员工作对象（${summary.development.steps} 条步骤记录）`);
      });
    case "create-org":
      return withRuntime(async (ctx) => {
        const parentId = values.parent ? (await getOrgByCode(ctx.db, values.parent)).id : null;
        const input = CreateOrgSchema.parse({ code: values.code, name: values.name, kind: values.kind, domain: values.domain ?? null, parentId });
        const org = await createOrg(ctx, input);
        console.log(`已创建组织 ${org.code} ${org.name}`);
      });
    case "create-user":
      return withRuntime(async (ctx) => {
        if (!values.org) throw new Error("请用 --org 指定组织编码");
        const org = await getOrgByCode(ctx.db, values.org);
        const input = CreateUserSchema.parse({
          username: values.username,
          displayName: values.name ?? values.username,
          password: values.password ?? process.env.DANGJIAN_PASSWORD,
          role: values.role,
          orgId: org.id,
        });
        const user = await createUser(ctx, input);
        console.log(`已创建用户 ${user.username}（${ROLE_LABELS[user.role]}，${user.orgName}）`);
      });
    case "seed-synthetic":
      return withRuntime(async (ctx) => {
        if (await hasAnyOrg(ctx.db)) throw new Error("数据库中已有组织数据，合成数据只能写入空数据库");
        const started = Date.now();
        const summary = await seedSynthetic(
          ctx,
          { committees: Number(values.committees ?? 100), members: Number(values.members ?? 100_000) },
          (stage, done, total) => progress(`生成合成数据：${stage}`, done, total),
        );
        console.log(`\n合成数据已生成：${summary.orgs} 个组织，${summary.members} 名党员，${summary.developmentCases} 个发展党员档案，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      });
    case "import": {
      const [what, file] = positionals;
      if (what !== "members" || !file) throw new Error("用法：dangjian import members FILE.xlsx [--org 组织编码]");
      return withRuntime(async (ctx) => {
        process.exitCode = await runMemberImportCommand(ctx, file, values.org, progress);
      });
    }
    default:
      console.log(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

async function withRuntime(work: (ctx: ReturnType<typeof systemCtx>) => Promise<void>) {
  const { deps, handle } = await openRuntime(config);
  try {
    await work(systemCtx(deps, logger));
  } finally {
    await handle.close();
  }
}

async function serve() {
  const { deps, handle } = await openRuntime(config);
  const ctx = systemCtx(deps, logger);
  let seeded = false;
  if (handle.kind === "pglite" && !(await hasAnyOrg(deps.db))) {
    await seedDemo(ctx, (done, total) => progress("首次启动，生成演示数据", done, total));
    process.stdout.write("\n");
    seeded = true;
  }
  const app = await buildApp(deps, { logger: process.env.LOG_LEVEL !== "silent" });
  const shutdown = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(`\n基层党建工作平台已启动：${url}`);
  console.log(`数据库：${handle.kind === "pglite" ? `内嵌 PGlite（${config.dataDir}）` : "PostgreSQL"}${seeded ? "，已生成演示数据" : ""}`);
  const demoAccounts = await describeDemoAccounts(deps.db);
  if (demoAccounts) console.log(demoAccounts);
  if (!(await hasAnyOrg(deps.db))) console.log("数据库为空：请用 dangjian create-org 与 dangjian create-user 创建第一个组织和管理员。系统不设默认密码。");
}

let last = { label: "", filled: -1 };
/** A one-line progress bar, redrawn only when it grows. */
function progress(label: string, done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  if (label === last.label && filled === last.filled && done !== total) return;
  if (label !== last.label && last.label) process.stdout.write("\n");
  last = { label, filled };
  process.stdout.write(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ZodError
      ? error.issues.map((i) => `${i.path.join(".")}：${i.message}`).join("；")
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`错误：${message}`);
  process.exit(1);
});
