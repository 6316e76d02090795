import Fastify from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import "../../shared/zod-locale";
import { registerErrorHandler } from "./error-handler";
import { AppError } from "./errors";

async function buildProbe() {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.post("/boom", () => {
    throw new Error("secret internals at /srv/db.ts:42");
  });
  app.post("/app-error", () => {
    throw new AppError("orgs.code_taken", 409, "组织编码已被使用", [{ field: "code", message: "组织编码已被使用" }]);
  });
  app.post("/validated", { schema: { body: z.object({ name: z.string().min(2, { error: "名称至少 2 个字" }), age: z.number() }) } }, () => ({ ok: true }));
  await app.ready();
  return app;
}

describe("error handler", () => {
  it("hides unexpected errors behind a request id, with no stack or message leaked", async () => {
    const app = await buildProbe();
    const response = await app.inject({ method: "POST", url: "/boom" });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe("internal.error");
    expect(response.body).not.toContain("secret internals");
    expect(response.body).not.toContain("/srv/");
  });

  it("passes an AppError through with its status, code and details", async () => {
    const response = await (await buildProbe()).inject({ method: "POST", url: "/app-error" });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: "orgs.code_taken", message: "组织编码已被使用", details: [{ field: "code", message: "组织编码已被使用" }] } });
  });

  it("turns schema failures into one Chinese detail per field", async () => {
    const response = await (await buildProbe()).inject({ method: "POST", url: "/validated", payload: { name: "x" } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("validation.failed");
    expect(error.details).toEqual([
      { field: "name", message: "名称至少 2 个字" },
      { field: "age", message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    ]);
    expect(error.message).toContain("name");
  });

  it("answers malformed JSON with a clear client error", async () => {
    const response = await (await buildProbe()).inject({ method: "POST", url: "/validated", headers: { "content-type": "application/json" }, payload: "{nope" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("请求体不是有效的 JSON");
  });
});
