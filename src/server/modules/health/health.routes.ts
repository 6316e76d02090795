import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { HealthSchema } from "../../../shared/contracts/audit.contract";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    { schema: { tags: ["health"], summary: "健康检查", response: { 200: HealthSchema } }, config: { isPublic: true } },
    async () => {
      await app.deps.db.execute(sql`select 1`);
      return { status: "ok" as const, database: app.deps.databaseKind };
    },
  );
};
