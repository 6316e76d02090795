import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { FileSummary } from "../../../shared/contracts/common.contract";
import type { PostDetail, PostEntry, PostEntryPage, PostPage, PostSummary } from "../../../shared/contracts/model-posts.contract";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import { SAMPLE_PDF } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { recordMemberEvent } from "../members/member-events.service";
import { ok, refused } from "../secretary-projects/secretary-projects.test-helpers";

// Model posts and responsibility areas: branch A's officer sets them up for members of the branch and
// its party group, keeps the year's record and ends them; members of the branch read them; branch B
// sees none of them. The test clock reads 2026-11-25 in China.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>> & { groupMember: Session; memberB: Session };
let m: { inGroup: { id: string }; inBranch: { id: string }; inB: { id: string }; exited: { id: string } };

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  const member = (org: typeof tree.branchA, name: string) => buildMember(t.system, { org, name, joinedOn: "2005-07-01" });
  m = {
    inGroup: await member(tree.groupA1, "甲组岗员"),
    inBranch: await member(tree.branchA, "甲村岗员"),
    inB: await member(tree.branchB, "乙村岗员"),
    exited: await member(tree.branchA, "甲村离册"),
  };
  await recordMemberEvent(t.system, m.exited.id, { type: "death", occurredOn: "2026-06-01" });
  const groupUser = await buildUser(t.system, { role: "member", org: tree.groupA1, memberId: m.inGroup.id });
  const bUser = await buildUser(t.system, { role: "member", org: tree.branchB, memberId: m.inB.id });
  as = { ...(await signInTree(t.app, tree)), groupMember: await signIn(t.app, groupUser.username), memberB: await signIn(t.app, bUser.username) };
});
afterAll(() => t.close());

const BASE = "/api/model-posts";
const valid = (overrides: object = {}) => ({
  orgId: tree.branchA.id,
  memberId: m.inGroup.id,
  year: 2026,
  kind: "safety_area",
  safetyKind: "production",
  name: "上村竹木加工安全责任区",
  scope: "上村 3 家竹木加工作坊",
  commitment: "每月巡查一次作坊用电用火，发现隐患当天报告",
  startedOn: "2026-03-01",
  ...overrides,
});
const create = async (session: Session, overrides: object = {}) => ok<PostDetail>(t, session, "POST", BASE, valid(overrides));
const list = (session: Session, query = "") => ok<PostPage>(t, session, "GET", `${BASE}?pageSize=200${query}`);
const auditOf = async (entityId: string) =>
  (await ok<Page<AuditEntry>>(t, as.admin, "GET", `/api/audit?entityId=${entityId}&pageSize=100`)).items.map((e) => e.action).reverse();
const uploadTo = (session: Session, postId: string) => {
  const form = multipart([{ name: "file", filename: "挂牌照片.pdf", content: SAMPLE_PDF, contentType: "application/pdf" }]);
  return t.app.inject({ method: "POST", url: `${BASE}/${postId}/files`, headers: { ...session.headers, ...form.headers }, payload: form.payload });
};

describe("a safety area from setting up to ending", () => {
  let post: PostDetail;
  let url: string;

  it("sets up a production safety area for a member of the branch's party group", async () => {
    post = await create(as.officerA);
    url = `${BASE}/${post.id}`;
    expect(post).toMatchObject({
      orgId: tree.branchA.id,
      orgName: "甲村党支部",
      memberName: "甲组岗员",
      memberOrgName: "甲村第一党小组",
      kind: "safety_area",
      safetyKind: "production",
      state: "active",
      endedOn: null,
      endReason: null,
      entryCount: 0,
      files: [],
      createdByName: tree.users.officerA.displayName,
      abilities: { canUpdate: true, canEnd: true, canAddEntry: true, canUpload: true },
    });
    expect(await auditOf(post.id)).toEqual(["post.create"]);
  });

  it("keeps the year's record: dated entries, newest first, paged", async () => {
    const first = await ok<PostEntry>(t, as.officerA, "POST", `${url}/entries`, { occurredOn: "2026-04-10", content: "巡查 3 家作坊，整改私拉电线 1 处" });
    expect(first).toMatchObject({ occurredOn: "2026-04-10", recordedByName: tree.users.officerA.displayName });
    await ok(t, as.orgAdmin, "POST", `${url}/entries`, { occurredOn: "2026-09-15", content: "组织作坊消防演练" });
    const page = await ok<PostEntryPage>(t, as.groupMember, "GET", `${url}/entries?pageSize=1`);
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items.map((e) => e.occurredOn)).toEqual(["2026-09-15"]);
    expect(await ok<PostDetail>(t, as.officerA, "GET", url)).toMatchObject({ entryCount: 2, lastEntryOn: "2026-09-15" });
    expect(await auditOf(first.id)).toEqual(["post.entry_add"]);
  });

  it("refuses entries outside the post's period or in the future, naming the field and the rule", async () => {
    for (const occurredOn of ["2026-02-28", "2026-11-26"]) {
      const error = await refused(t, as.officerA, "POST", `${url}/entries`, { occurredOn, content: "越期记录" }, 422, "POST-06");
      expect(error.details).toEqual([expect.objectContaining({ field: "occurredOn", rule: "POST-06" })]);
      expect(error.message).toContain("POST-06");
    }
    const blank = await refused(t, as.officerA, "POST", `${url}/entries`, { occurredOn: "2026-05-01", content: "  " }, 422, "POST-06");
    expect(blank.details).toEqual([expect.objectContaining({ field: "content", rule: "POST-06" })]);
  });

  it("updates the content, keeping the start before the first record", async () => {
    const updated = await ok<PostDetail>(t, as.officerA, "PATCH", url, { ...valid(), commitment: "每半月巡查一次作坊用电用火，隐患当天报告" });
    expect(updated.commitment).toBe("每半月巡查一次作坊用电用火，隐患当天报告");
    const late = await refused(t, as.officerA, "PATCH", url, { ...valid(), startedOn: "2026-05-01" }, 422, "POST-05");
    expect(late.details).toEqual([expect.objectContaining({ field: "startedOn", rule: "POST-05" })]);
    expect(late.message).toContain("2026-04-10");
  });

  it("attaches files through the files module, downloadable by the branch", async () => {
    const response = await uploadTo(as.officerA, post.id);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json<FileSummary>();
    expect((await ok<PostDetail>(t, as.officerA, "GET", url)).files.map((f) => f.name)).toEqual(["挂牌照片.pdf"]);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${file.id}`, headers: as.officerA.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${file.id}`, headers: as.officerB.headers })).statusCode).toBe(404);
  });

  it("ends the post with a reason, never before its last record; then it takes nothing more", async () => {
    await refused(t, as.officerA, "POST", `${url}/end`, { endedOn: "2026-09-01", reason: "调任" }, 422, "POST-08");
    const noReason = await refused(t, as.officerA, "POST", `${url}/end`, { endedOn: "2026-10-31" }, 422, "POST-08");
    expect(noReason.details).toEqual([expect.objectContaining({ field: "reason", rule: "POST-08" })]);
    const ended = await ok<PostDetail>(t, as.officerA, "POST", `${url}/end`, { endedOn: "2026-10-31", reason: "外出务工，岗位另行安排" });
    expect(ended).toMatchObject({ state: "ended", endedOn: "2026-10-31", endReason: "外出务工，岗位另行安排" });
    expect(ended.abilities).toEqual({ canUpdate: false, canEnd: false, canAddEntry: false, canUpload: false });
    await refused(t, as.officerA, "POST", `${url}/entries`, { occurredOn: "2026-10-01", content: "撤销后补记" }, 422, "POST-07");
    await refused(t, as.officerA, "PATCH", url, valid(), 422, "POST-07");
    await refused(t, as.officerA, "POST", `${url}/end`, { endedOn: "2026-11-01", reason: "再次撤销" }, 422, "POST-07");
    expect((await uploadTo(as.officerA, post.id)).statusCode).toBe(422);
    expect(await auditOf(post.id)).toEqual(["post.create", "post.update", "post.end"]);
  });
});

describe("setting up refused by the rules (422 with the rule id and the field)", () => {
  const refusedWith = async (overrides: object, rule: string, field: string) => {
    const error = await refused(t, as.officerA, "POST", BASE, valid(overrides), 422, rule);
    expect(error.details).toContainEqual(expect.objectContaining({ field, rule }));
    expect(error.message).toContain(rule);
  };

  it("needs an active member of the organization's subtree (POST-01)", async () => {
    await refusedWith({ memberId: m.inB.id }, "POST-01", "memberId");
    await refusedWith({ memberId: m.exited.id }, "POST-01", "memberId");
    await refusedWith({ orgId: tree.groupA1.id }, "POST-01", "orgId");
  });

  it("needs a safety kind on a safety area only (POST-02), a commitment (POST-03), a sensible year and start (POST-04/05)", async () => {
    await refusedWith({ safetyKind: null }, "POST-02", "safetyKind");
    await refusedWith({ kind: "model_post", safetyKind: "economic" }, "POST-02", "safetyKind");
    await refusedWith({ commitment: " " }, "POST-03", "commitment");
    await refusedWith({ year: 2029, startedOn: "2029-01-01" }, "POST-04", "year");
    await refusedWith({ startedOn: "2025-12-01" }, "POST-05", "startedOn");
  });

  it("answers a malformed body 400 naming the field", async () => {
    const error = await refused(t, as.officerA, "POST", BASE, valid({ kind: "honour_post" }), 400, "validation.failed");
    expect(error.details).toContainEqual(expect.objectContaining({ field: "kind" }));
  });
});

describe("scope and roles", () => {
  let postA: PostDetail;
  let postB: PostDetail;
  beforeAll(async () => {
    postA = await create(as.officerA, { kind: "model_post", safetyKind: null, name: "甲村便民服务示范岗", memberId: m.inBranch.id });
    postB = await create(as.officerB, { orgId: tree.branchB.id, memberId: m.inB.id, kind: "safety_area", safetyKind: "political", name: "乙社区网格政治安全责任区" });
  });

  it("hides branch A's posts from branch B's officer and member, as if missing", async () => {
    await refused(t, as.officerB, "GET", `${BASE}/${postA.id}`, undefined, 404, "posts.not_found");
    await refused(t, as.memberB, "GET", `${BASE}/${postA.id}`, undefined, 404);
    await refused(t, as.officerB, "POST", BASE, valid({ memberId: m.inGroup.id }), 404);
    expect((await list(as.officerB)).items.map((p) => p.id)).toEqual([postB.id]);
    expect((await list(as.memberB)).items.map((p) => p.id)).toEqual([postB.id]);
  });

  it("lets a member of the branch's party group read the branch's posts, read-only (403 on every write)", async () => {
    const page = await list(as.groupMember);
    expect(page.abilities.canCreate).toBe(false);
    expect(page.items.map((p) => p.orgName)).toEqual(expect.arrayContaining(["甲村党支部"]));
    expect(page.items.every((p) => p.orgId === tree.branchA.id)).toBe(true);
    const detail = await ok<PostDetail>(t, as.groupMember, "GET", `${BASE}/${postA.id}`);
    expect(detail.abilities).toEqual({ canUpdate: false, canEnd: false, canAddEntry: false, canUpload: false });
    const url = `${BASE}/${postA.id}`;
    await refused(t, as.groupMember, "POST", BASE, valid(), 403);
    await refused(t, as.groupMember, "PATCH", url, valid(), 403);
    await refused(t, as.groupMember, "POST", `${url}/end`, { endedOn: "2026-11-01", reason: "越权撤销" }, 403);
    await refused(t, as.groupMember, "POST", `${url}/entries`, { occurredOn: "2026-11-01", content: "越权记录" }, 403);
    expect((await uploadTo(as.groupMember, postA.id)).statusCode).toBe(403);
  });

  it("shows the committee every branch's posts, narrowed to a subtree on request", async () => {
    const all = (await list(as.orgAdmin, `&orgId=${tree.committee.id}`)).items.map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([postA.id, postB.id]));
    expect((await list(as.orgAdmin, `&orgId=${tree.branchB.id}`)).items.map((p) => p.id)).toEqual([postB.id]);
    await refused(t, as.officerA, "GET", `${BASE}?orgId=${tree.branchB.id}`, undefined, 404);
  });
});

describe("the list's filters and the year's summary", () => {
  let lastYear: PostDetail;
  beforeAll(async () => {
    lastYear = await create(as.officerA, { year: 2025, startedOn: "2025-02-01", kind: "responsibility_area", safetyKind: null, name: "甲村环境卫生责任区", memberId: m.inBranch.id });
    await create(as.officerA, { kind: "safety_area", safetyKind: "economic", name: "甲村集体资金安全责任区", memberId: m.inBranch.id });
  });
  const ids = (page: PostPage) => page.items.map((p) => p.name).sort();

  it("filters by year, kind, safety kind, member, active and name", async () => {
    const q = `&orgId=${tree.branchA.id}`;
    expect(ids(await list(as.officerA, `${q}&year=2025`))).toEqual(["甲村环境卫生责任区"]);
    expect(ids(await list(as.officerA, `${q}&year=2026&kind=safety_area`))).toEqual(["上村竹木加工安全责任区", "甲村集体资金安全责任区"]);
    expect(ids(await list(as.officerA, `${q}&safetyKind=economic`))).toEqual(["甲村集体资金安全责任区"]);
    expect(ids(await list(as.officerA, `${q}&memberId=${m.inGroup.id}`))).toEqual(["上村竹木加工安全责任区"]);
    expect(ids(await list(as.officerA, `${q}&active=true`))).toEqual(["甲村便民服务示范岗", "甲村集体资金安全责任区"]);
    expect(ids(await list(as.officerA, `${q}&active=false`))).toEqual(["上村竹木加工安全责任区", "甲村环境卫生责任区"]);
    expect(ids(await list(as.officerA, `${q}&q=甲组`))).toEqual(["上村竹木加工安全责任区"]);
    const expired = (await list(as.officerA, `${q}&year=2025`)).items[0]!;
    expect(expired).toMatchObject({ id: lastYear.id, state: "expired" });
  });

  it("pages the list", async () => {
    const page = await ok<PostPage>(t, as.officerA, "GET", `${BASE}?orgId=${tree.branchA.id}&pageSize=2&page=2`);
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
  });

  it("counts the year's posts per kind and safety kind, zeros included", async () => {
    const summary = await ok<PostSummary>(t, as.officerA, "GET", `${BASE}/summary?year=2026`);
    expect(summary).toEqual({
      year: 2026,
      total: 3,
      active: 2,
      entries: 2,
      byKind: [
        { kind: "model_post", total: 1, active: 1 },
        { kind: "responsibility_area", total: 0, active: 0 },
        { kind: "safety_area", total: 2, active: 1 },
      ],
      bySafetyKind: [
        { safetyKind: "production", total: 1, active: 0 },
        { safetyKind: "economic", total: 1, active: 1 },
        { safetyKind: "political", total: 0, active: 0 },
      ],
    });
    const committee = await ok<PostSummary>(t, as.orgAdmin, "GET", `${BASE}/summary?year=2026&orgId=${tree.committee.id}`);
    expect(committee.bySafetyKind.find((s) => s.safetyKind === "political")).toEqual({ safetyKind: "political", total: 1, active: 1 });
    expect((await ok<PostSummary>(t, as.groupMember, "GET", `${BASE}/summary`)).total).toBe(3);
  });
});
