import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/config";
import { createLocalFileStorage } from "../src/server/modules/files/file-storage";
import { createPiiCipher } from "../src/server/security/pii-cipher";
import { createTestDatabase } from "./db";

const webDir = mkdtempSync(path.join(tmpdir(), "dj-web-"));
mkdirSync(path.join(webDir, "assets"));
writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>基层党建工作平台</title>");
writeFileSync(path.join(webDir, "assets", "app-abc123.js"), "console.log(1)");

let app: Awaited<ReturnType<typeof buildApp>>;
let close: () => Promise<void>;
beforeAll(async () => {
  const handle = await createTestDatabase();
  app = await buildApp({ db: handle.db, databaseKind: handle.kind, config: { ...loadConfig({}), webDir }, clock: () => new Date(), pii: createPiiCipher(randomBytes(32)), files: createLocalFileStorage(path.join(webDir, "no-files")) });
  close = async () => {
    await app.close();
    await handle.close();
  };
});
afterAll(() => close());

describe("serving the web client", () => {
  it("answers deep links with index.html, not cached", async () => {
    for (const url of ["/", "/orgs", "/admin/users?page=2"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain("基层党建工作平台");
      expect(response.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("caches hashed assets for a year and answers a missing asset with 404, never HTML", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(asset.headers["cache-control"]).toContain("immutable");
    writeFileSync(path.join(webDir, "assets", "later-def456.js"), "console.log(2)");
    expect((await app.inject({ method: "GET", url: "/assets/later-def456.js" })).statusCode).toBe(200);
    const missing = await app.inject({ method: "GET", url: "/assets/gone-000.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/json");
  });

  it("keeps unknown API paths a JSON 404", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("common.not_found");
  });
});
