import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { SAMPLE_PDF, SAMPLE_PNG, listStoredFiles, pdfOfSize, storeTestFile } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { ctxOf } from "../../http/context";
import { auditLogTable } from "../audit/audit.table";
import { filesTable } from "./files.table";
import { findOwnerFiles, registerFileUploads, sendZip, storeUpload } from "./files.service";

const MAX_BYTES = 64 * 1024;
const OWNER_TYPE = "test_owner";

/**
 * A stand-in for an owner module's routes (development will be the first): it registers multipart
 * the way owners must, and trusts the orgId it is given, as the owner's own scope check would.
 */
const testOwnerRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);
  const schema = { params: z.object({ ownerId: z.uuid() }), querystring: z.object({ orgId: z.uuid() }) };
  app.post("/api/test-owners/:ownerId/files", { schema }, async (request, reply) => {
    const row = await storeUpload(ctxOf(request), request, { ownerType: OWNER_TYPE, ownerId: request.params.ownerId, orgId: request.query.orgId });
    return reply.status(201).send({ id: row.id, name: row.name, mimeType: row.mimeType, size: row.size, sha256: row.sha256, storageKey: row.storageKey });
  });
  app.get("/api/test-owners/:ownerId/zip", { schema }, async (request, reply) => {
    const ctx = ctxOf(request);
    return sendZip(ctx, reply, await findOwnerFiles(ctx.db, OWNER_TYPE, request.params.ownerId), "张三的材料.zip");
  });
};

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;
beforeAll(async () => {
  t = await buildTestApp({ config: { uploadMaxBytes: MAX_BYTES } });
  await t.app.register(testOwnerRoutes);
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const upload = (session: Session | null, ownerId: string, file: { filename: string; content: Buffer; contentType?: string; name?: string }) => {
  const form = multipart([{ name: file.name ?? "file", filename: file.filename, content: file.content, contentType: file.contentType ?? "application/pdf" }]);
  return t.app.inject({
    method: "POST",
    url: `/api/test-owners/${ownerId}/files?orgId=${tree.branchA.id}`,
    headers: { ...session?.headers, ...form.headers },
    payload: form.payload,
  });
};
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const storedBytes = (key: string) => readFileSync(path.join(t.filesDir, key.slice(0, 2), key.slice(2, 4), key));
const ownerRowCount = async (ownerId: string) => (await t.deps.db.select({ n: count() }).from(filesTable).where(eq(filesTable.ownerId, ownerId)))[0]!.n;
const auditActions = async (entityId: string) =>
  (await t.deps.db.select({ action: auditLogTable.action }).from(auditLogTable).where(eq(auditLogTable.entityId, entityId))).map((r) => r.action);

describe("uploads (storeUpload through an owner's route)", () => {
  it("stores a PDF with its size, type, SHA-256 and Chinese name, and audits it", async () => {
    const ownerId = randomUUID();
    const response = await upload(as.officerA, ownerId, { filename: "入党申请书.pdf", content: SAMPLE_PDF, contentType: "application/octet-stream" });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ name: "入党申请书.pdf", mimeType: "application/pdf", size: SAMPLE_PDF.length, sha256: sha256(SAMPLE_PDF) });
    expect(storedBytes(body.storageKey).equals(SAMPLE_PDF)).toBe(true);
    const [row] = await t.deps.db.select().from(filesTable).where(eq(filesTable.id, body.id));
    expect(row).toMatchObject({ orgId: tree.branchA.id, ownerType: OWNER_TYPE, ownerId, uploadedBy: tree.users.officerA.id, archivedAt: null });
    expect(await auditActions(body.id)).toEqual(["file.upload"]);
  });

  it("accepts a file of exactly the size limit", async () => {
    const response = await upload(as.officerA, randomUUID(), { filename: "a.pdf", content: pdfOfSize(MAX_BYTES) });
    expect(response.statusCode).toBe(201);
    expect(response.json().size).toBe(MAX_BYTES);
  });

  const refusals: [string, { filename: string; content: Buffer; name?: string; contentType?: string }, number, string][] = [
    ["one byte too large", { filename: "big.pdf", content: pdfOfSize(MAX_BYTES + 1) }, 413, "files.too_large"],
    ["far too large", { filename: "big.pdf", content: pdfOfSize(MAX_BYTES * 3) }, 413, "files.too_large"],
    ["text named .pdf, declared application/pdf", { filename: "伪装.pdf", content: Buffer.from("<html><script>alert(1)</script></html>") }, 415, "files.type_not_allowed"],
    ["a PNG named .pdf", { filename: "照片.pdf", content: SAMPLE_PNG }, 415, "files.type_not_allowed"],
    ["a tiny non-PDF named .pdf", { filename: "x.pdf", content: Buffer.from("%P") }, 415, "files.type_not_allowed"],
    ["a PDF named .exe", { filename: "a.exe", content: SAMPLE_PDF }, 415, "files.type_not_allowed"],
    ["an old .doc", { filename: "自传.doc", content: SAMPLE_PDF }, 415, "files.type_not_allowed"],
    ["an empty file", { filename: "空.pdf", content: Buffer.alloc(0) }, 400, "files.missing"],
    ["a file in another field", { filename: "a.pdf", content: SAMPLE_PDF, name: "attachment" }, 400, "files.missing"],
  ];
  it.each(refusals)("refuses %s, leaving no bytes, no row and no audit", async (_, file, status, code) => {
    const ownerId = randomUUID();
    const [storedBefore, auditBefore] = [listStoredFiles(t.filesDir), (await t.deps.db.select({ n: count() }).from(auditLogTable))[0]!.n];
    const response = await upload(as.officerA, ownerId, file);
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toMatchObject({ code, details: [expect.objectContaining({ field: "file" })] });
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(listStoredFiles(t.filesDir)).toEqual(storedBefore);
    expect(await ownerRowCount(ownerId)).toBe(0);
    expect((await t.deps.db.select({ n: count() }).from(auditLogTable))[0]!.n).toBe(auditBefore);
  });

  it("names the limit and the allowed types in its messages", async () => {
    const tooLarge = await upload(as.officerA, randomUUID(), { filename: "big.pdf", content: pdfOfSize(MAX_BYTES + 1) });
    expect(tooLarge.json().error.message).toContain("0.1 MB");
    const wrongType = await upload(as.officerA, randomUUID(), { filename: "a.exe", content: SAMPLE_PDF });
    expect(wrongType.json().error.message).toBe("只能上传 PDF、JPG、PNG、Word（.docx）、Excel（.xlsx） 文件");
  });

  it("removes the stored bytes when the row cannot be written", async () => {
    const storedBefore = listStoredFiles(t.filesDir);
    const ownerId = randomUUID();
    // An organization that does not exist: the insert fails on its foreign key, after the bytes were stored.
    await expect(storeTestFile(t.system, { ownerType: OWNER_TYPE, ownerId, orgId: randomUUID() })).rejects.toThrow();
    expect(listStoredFiles(t.filesDir)).toEqual(storedBefore);
    expect(await ownerRowCount(ownerId)).toBe(0);
  });

  it("answers 400 files.missing for a body that is not multipart", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/test-owners/${randomUUID()}/files?orgId=${tree.branchA.id}`,
      headers: as.officerA.headers,
      payload: { file: "x" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("files.missing");
  });

  it("refuses a member (403) and the signed-out (401), storing nothing", async () => {
    const storedBefore = listStoredFiles(t.filesDir);
    const ownerId = randomUUID();
    expect((await upload(as.memberA, ownerId, { filename: "a.pdf", content: SAMPLE_PDF })).statusCode).toBe(403);
    expect((await upload(null, ownerId, { filename: "a.pdf", content: SAMPLE_PDF })).statusCode).toBe(401);
    expect(listStoredFiles(t.filesDir)).toEqual(storedBefore);
    expect(await ownerRowCount(ownerId)).toBe(0);
  });
});

describe("GET /api/files/:id", () => {
  const download = (session: Session | null, id: string) => t.app.inject({ method: "GET", url: `/api/files/${id}`, headers: session?.headers });

  it("sends the bytes to an officer in scope, never sniffed or cached, and audits the download", async () => {
    const file = await storeTestFile(t.system, { ownerType: OWNER_TYPE, ownerId: randomUUID(), orgId: tree.branchA.id }, { name: "思想汇报（2026年第一季度）.png", content: SAMPLE_PNG });
    const response = await download(as.officerA, file.id);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(SAMPLE_PNG)).toBe(true);
    expect(response.headers).toMatchObject({
      "content-type": "image/png",
      "content-length": String(SAMPLE_PNG.length),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="2026.png"; filename*=UTF-8''${encodeURIComponent("思想汇报（2026年第一季度）.png")}`);
    expect(await auditActions(file.id)).toEqual(["file.upload", "file.download"]);
    // The committee above reaches its branches' files too.
    expect((await download(as.orgAdmin, file.id)).statusCode).toBe(200);
  });

  it("answers the sibling branch's officer 404, a member 403, the signed-out 401", async () => {
    const file = await storeTestFile(t.system, { ownerType: OWNER_TYPE, ownerId: randomUUID(), orgId: tree.branchA.id }, { name: "甲村材料.pdf" });
    const sibling = await download(as.officerB, file.id);
    expect(sibling.statusCode).toBe(404);
    expect(sibling.json().error.code).toBe("files.not_found");
    expect(sibling.body).not.toContain("甲村材料");
    expect((await download(as.memberA, file.id)).statusCode).toBe(403);
    expect((await download(null, file.id)).statusCode).toBe(401);
    expect(await auditActions(file.id)).toEqual(["file.upload"]);
  });

  it("answers 404 for an archived file and an unknown id", async () => {
    const file = await storeTestFile(t.system, { ownerType: OWNER_TYPE, ownerId: randomUUID(), orgId: tree.branchA.id });
    await t.deps.db.update(filesTable).set({ archivedAt: new Date() }).where(eq(filesTable.id, file.id));
    expect((await download(as.officerA, file.id)).statusCode).toBe(404);
    expect((await download(as.officerA, randomUUID())).statusCode).toBe(404);
  });
});

describe("zip of an owner's files (sendZip)", () => {
  it("streams every file with unique UTF-8 names and its exact bytes, audited once", async () => {
    const ownerId = randomUUID();
    const owner = { ownerType: OWNER_TYPE, ownerId, orgId: tree.branchA.id };
    const big = pdfOfSize(50_000);
    await storeTestFile(t.system, owner, { name: "思想汇报.pdf", content: SAMPLE_PDF });
    await storeTestFile(t.system, owner, { name: "思想汇报.pdf", content: big });
    await storeTestFile(t.system, owner, { name: "照片.png", content: SAMPLE_PNG });
    const response = await t.app.inject({ method: "GET", url: `/api/test-owners/${ownerId}/zip?orgId=${tree.branchA.id}`, headers: as.officerA.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("张三的材料.zip")}`);
    const entries = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(entries)).toEqual(["思想汇报.pdf", "思想汇报 (2).pdf", "照片.png"]);
    expect(Buffer.from(entries["思想汇报.pdf"]!).equals(SAMPLE_PDF)).toBe(true);
    expect(Buffer.from(entries["思想汇报 (2).pdf"]!).equals(big)).toBe(true);
    expect(Buffer.from(entries["照片.png"]!).equals(SAMPLE_PNG)).toBe(true);
    // General-purpose bit 11 (UTF-8 names) is set on the first local header.
    expect(response.rawPayload.readUInt16LE(6) & 0x0800).toBe(0x0800);
    const audits = await t.deps.db
      .select()
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, "file.zip_download"), eq(auditLogTable.actorUserId, tree.users.officerA.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ name: "张三的材料.zip", files: [{ ownerId }, { ownerId }, { ownerId }] });
  });

  it("refuses a member 403 before sending anything", async () => {
    const ownerId = randomUUID();
    await storeTestFile(t.system, { ownerType: OWNER_TYPE, ownerId, orgId: tree.branchA.id });
    const response = await t.app.inject({ method: "GET", url: `/api/test-owners/${ownerId}/zip?orgId=${tree.branchA.id}`, headers: as.memberA.headers });
    expect(response.statusCode).toBe(403);
  });
});
