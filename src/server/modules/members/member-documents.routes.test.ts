import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileSummary } from "../../../shared/contracts/common.contract";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import { SAMPLE_PDF, SAMPLE_PNG } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "../organizations/organizations.repository";

// Documents of lifecycle events: uploaded to the member, attached to an event by id, and reachable
// by whichever organization holds the member now. The test clock reads 2026-11-25 in China.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>> & { self: Session };
let selfMemberId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  selfMemberId = (await buildMember(t.system, { org: tree.branchA, joinedOn: "2010-07-01" })).id;
  const self = await buildUser(t.system, { role: "member", org: tree.branchA, memberId: selfMemberId });
  as = { ...(await signInTree(t.app, tree)), self: await signIn(t.app, self.username) };
});
afterAll(() => t.close());

const memberIn = (org: OrgRow, name?: string) => buildMember(t.system, { org, joinedOn: "2010-07-01", ...(name ? { name } : {}) });
const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const record = (session: Session, memberId: string, payload: object) =>
  t.app.inject({ method: "POST", url: `/api/members/${memberId}/events`, headers: session.headers, payload });
const upload = (session: Session, memberId: string, filename: string, content: Buffer = SAMPLE_PDF) => {
  const form = multipart([{ name: "file", filename, content, contentType: "application/octet-stream" }]);
  return t.app.inject({ method: "POST", url: `/api/members/${memberId}/documents`, headers: { ...session.headers, ...form.headers }, payload: form.payload });
};
async function uploadOk(session: Session, memberId: string, filename: string, content?: Buffer): Promise<FileSummary> {
  const response = await upload(session, memberId, filename, content);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const download = (session: Session, fileId: string) => get(session, `/api/files/${fileId}`);

describe("uploading a member's documents", () => {
  it("stores the file for the member's organization and lists it", async () => {
    const member = await memberIn(tree.branchA, "林上传");
    const file = await uploadOk(as.officerA, member.id, "死亡证明.pdf");
    expect(file).toEqual({
      id: expect.any(String),
      name: "死亡证明.pdf",
      sizeBytes: SAMPLE_PDF.length,
      mimeType: "application/pdf",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdAt: expect.any(String),
      uploadedByName: tree.users.officerA.displayName,
    });
    const scan = await uploadOk(as.orgAdmin, member.id, "介绍信.png", SAMPLE_PNG);

    const list = await get(as.officerA, `/api/members/${member.id}/documents`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((f: FileSummary) => [f.id, f.name])).toEqual([[file.id, "死亡证明.pdf"], [scan.id, "介绍信.png"]]);
    const downloaded = await download(as.officerA, file.id);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(SAMPLE_PDF)).toBe(true);

    const audit = (await get(as.admin, `/api/audit?entityId=${file.id}&action=file.upload`)).json().items;
    expect(audit).toEqual([expect.objectContaining({ orgId: tree.branchA.id, after: expect.objectContaining({ ownerType: "member", ownerId: member.id }) })]);
  });

  it("answers 404 to another branch and for an unknown member, before reading the body", async () => {
    const member = await memberIn(tree.branchA);
    await uploadOk(as.officerA, member.id, "决定.pdf");
    for (const response of [
      await upload(as.officerB, member.id, "越权.pdf"),
      await get(as.officerB, `/api/members/${member.id}/documents`),
      await upload(as.officerA, randomUUID(), "无主.pdf"),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().error.code).toBe("members.not_found");
      expect(response.body).not.toContain("决定.pdf");
    }
    expect((await get(as.officerA, `/api/members/${member.id}/documents`)).json().items).toHaveLength(1);
  });

  it("refuses a member's own account (403): they may read their record, not upload or list its files", async () => {
    expect((await get(as.self, `/api/members/${selfMemberId}`)).statusCode).toBe(200);
    const uploaded = await upload(as.self, selfMemberId, "自传.pdf");
    expect(uploaded.statusCode, uploaded.body).toBe(403);
    expect((await get(as.self, `/api/members/${selfMemberId}/documents`)).statusCode).toBe(403);
    expect((await get(as.officerA, `/api/members/${selfMemberId}/documents`)).json().items).toEqual([]);
  });

  it("applies the file checks: missing file 400, wrong type 415", async () => {
    const member = await memberIn(tree.branchA);
    const notMultipart = await t.app.inject({ method: "POST", url: `/api/members/${member.id}/documents`, headers: as.officerA.headers, payload: { name: "x" } });
    expect(notMultipart.statusCode, notMultipart.body).toBe(400);
    expect(notMultipart.json().error.code).toBe("files.missing");
    const renamed = await upload(as.officerA, member.id, "介绍信.pdf", Buffer.from("MZ not a pdf at all"));
    expect(renamed.statusCode, renamed.body).toBe(415);
    const exe = await upload(as.officerA, member.id, "病毒.exe", SAMPLE_PDF);
    expect(exe.statusCode, exe.body).toBe(415);
    expect((await get(as.officerA, `/api/members/${member.id}/documents`)).json().items).toEqual([]);
  });

  it("leaves the plugin's JSON routes working beside multipart", async () => {
    const member = await memberIn(tree.branchA);
    const patched = await t.app.inject({ method: "PATCH", url: `/api/members/${member.id}`, headers: as.officerA.headers, payload: { workUnit: "县供电所" } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().workUnit).toBe("县供电所");
    const recorded = await record(as.officerA, member.id, { type: "lost_contact", occurredOn: "2026-11-01" });
    expect(recorded.statusCode, recorded.body).toBe(201);
  });
});

describe("attaching documents to an event", () => {
  it("keeps references and files side by side on the event", async () => {
    const member = await memberIn(tree.branchA, "林出党");
    const decision = await uploadOk(as.officerA, member.id, "开除党籍决定.pdf");
    const response = await record(as.officerA, member.id, {
      type: "exit",
      occurredOn: "2026-11-10",
      exitKind: "expelled",
      documents: [{ name: "支部大会决议", number: "甲支〔2026〕3号" }],
      documentIds: [decision.id, decision.id],
    });
    expect(response.statusCode, response.body).toBe(201);
    const expected = [{ name: "支部大会决议", number: "甲支〔2026〕3号" }, { fileId: decision.id, name: "开除党籍决定.pdf" }];
    expect(response.json().documents).toEqual(expected);
    const [event] = (await get(as.officerA, `/api/members/${member.id}/events`)).json().items;
    expect(event.documents).toEqual(expected);
  });

  it("refuses a file of another member or an unknown id (422 naming documentIds.N) and records nothing", async () => {
    const member = await memberIn(tree.branchA);
    const other = await memberIn(tree.branchA);
    const own = await uploadOk(as.officerA, member.id, "本人材料.pdf");
    const foreign = await uploadOk(as.officerA, other.id, "他人材料.pdf");

    for (const [ids, field] of [
      [[own.id, foreign.id], "documentIds.1"],
      [[randomUUID(), own.id], "documentIds.0"],
    ] as const) {
      const refused = await record(as.officerA, member.id, { type: "death", occurredOn: "2026-11-10", documentIds: ids });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().error).toMatchObject({ code: "members.document_invalid", details: [{ field }] });
    }
    expect((await get(as.officerA, `/api/members/${member.id}/events`)).json().items).toEqual([]);
    expect((await get(as.officerA, `/api/members/${member.id}`)).json().standing).toBe("active");
  });

  it("validates documentIds: uuids, at most 20", async () => {
    const member = await memberIn(tree.branchA);
    const notUuid = await record(as.officerA, member.id, { type: "death", occurredOn: "2026-11-10", documentIds: ["abc"] });
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().error.details).toContainEqual(expect.objectContaining({ field: "documentIds.0" }));
    const tooMany = await record(as.officerA, member.id, { type: "death", occurredOn: "2026-11-10", documentIds: Array.from({ length: 21 }, () => randomUUID()) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details).toContainEqual(expect.objectContaining({ field: "documentIds" }));
  });

  it("still reads events recorded before files existed (references only)", async () => {
    const member = await memberIn(tree.branchA);
    const response = await record(as.officerA, member.id, { type: "suspended", occurredOn: "2026-11-10", documents: [{ name: "停止党籍决定" }] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().documents).toEqual([{ name: "停止党籍决定" }]);
  });
});

describe("a transfer takes the member's files along (TR-03)", () => {
  it("gives the receiving branch the files on acceptance, and takes them from the sender", async () => {
    const member = await memberIn(tree.branchA, "林转接");
    const letter = await uploadOk(as.officerA, member.id, "介绍信.pdf");
    const older = await uploadOk(as.officerA, member.id, "入党志愿书.pdf");
    const out = await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: tree.branchB.id, letterNumber: "测组转〔2026〕9号", documentIds: [letter.id] });
    expect(out.statusCode, out.body).toBe(201);
    expect(out.json().documents).toEqual([{ fileId: letter.id, name: "介绍信.pdf" }]);

    // Until accepted, the files stay with the sender, like the member.
    expect((await download(as.officerB, letter.id)).statusCode).toBe(404);
    expect((await download(as.officerA, letter.id)).statusCode).toBe(200);
    const late = await uploadOk(as.officerA, member.id, "转出审批表.pdf");

    const accepted = await record(as.officerB, member.id, { type: "transfer_in", occurredOn: "2026-11-24", documentIds: [letter.id] });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().documents).toEqual([{ fileId: letter.id, name: "介绍信.pdf" }]);

    for (const file of [letter, older, late]) {
      const received = await download(as.officerB, file.id);
      expect(received.statusCode, `${file.name}: ${received.body}`).toBe(200);
      expect(received.rawPayload.equals(SAMPLE_PDF)).toBe(true);
      expect((await download(as.officerA, file.id)).statusCode).toBe(404);
    }
    expect((await get(as.officerB, `/api/members/${member.id}/documents`)).json().items.map((f: FileSummary) => f.name)).toEqual(["介绍信.pdf", "入党志愿书.pdf", "转出审批表.pdf"]);
    expect((await get(as.officerA, `/api/members/${member.id}/documents`)).statusCode).toBe(404);
    expect((await uploadOk(as.officerB, member.id, "接收回执.pdf")).name).toBe("接收回执.pdf");

    const audit = (await get(as.admin, `/api/audit?entityId=${member.id}&action=member.record_event`)).json().items;
    const transferIn = audit.find((a: { after: { event: { type: string } } }) => a.after.event.type === "transfer_in");
    expect(transferIn.after.movedFileIds.sort()).toEqual([letter.id, older.id, late.id].sort());
    expect(transferIn.after.attachedFileIds).toEqual([letter.id]);
  });

  it("leaves the files with the sender when the transfer is withdrawn", async () => {
    const member = await memberIn(tree.branchA);
    const letter = await uploadOk(as.officerA, member.id, "介绍信.pdf");
    expect((await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: tree.branchB.id, letterNumber: "测组转〔2026〕10号", documentIds: [letter.id] })).statusCode).toBe(201);
    expect((await record(as.officerA, member.id, { type: "transfer_cancelled", occurredOn: "2026-11-21" })).statusCode).toBe(201);
    expect((await download(as.officerA, letter.id)).statusCode).toBe(200);
    expect((await download(as.officerB, letter.id)).statusCode).toBe(404);
  });
});
