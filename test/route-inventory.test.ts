import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./server";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** The only routes reachable without signing in. Adding one here is a security decision. */
const PUBLIC_ROUTES = ["GET /api/health", "POST /api/auth/login", "GET /api/openapi.json"];

describe("route inventory", () => {
  it("marks exactly the allow-listed routes public", () => {
    const marked = t.app.routeInventory.filter((r) => r.endsWith(" public")).map((r) => r.replace(/ public$/, ""));
    expect(marked.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it("answers 401 on every API route except the public ones, before any validation", async () => {
    const apiRoutes = t.app.routeInventory.map((r) => r.replace(/ public$/, "")).filter((r) => r.split(" ")[1]!.startsWith("/api/") && !r.includes("/api/docs"));
    expect(apiRoutes.length).toBeGreaterThan(8);
    for (const route of apiRoutes) {
      if (PUBLIC_ROUTES.includes(route)) continue;
      const [method, path] = route.split(" ") as [string, string];
      const url = path.replace(/:id/g, "00000000-0000-4000-8000-000000000000");
      const response = await t.app.inject({ method: method as "GET", url, payload: method === "GET" ? undefined : {} });
      expect({ route, status: response.statusCode }).toEqual({ route, status: 401 });
      expect(response.json().error.code).toBe("auth.required");
    }
  });

  it("serves the OpenAPI document covering every API route with its schemas", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    for (const route of t.app.routeInventory.map((r) => r.replace(/ public$/, ""))) {
      const [method, path] = route.split(" ") as [string, string];
      if (!path.startsWith("/api/") || path.startsWith("/api/docs") || path === "/api/openapi.json") continue;
      const openApiPath = path.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[openApiPath]?.[method.toLowerCase()], route).toBeDefined();
      expect(doc.paths[openApiPath]![method.toLowerCase()]!.responses["200"] ?? doc.paths[openApiPath]![method.toLowerCase()]!.responses["201"], route).toBeDefined();
    }
  });

  it("answers health with the database kind", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok", database: t.deps.databaseKind });
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("common.not_found");
  });
});
