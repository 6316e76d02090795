import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CarePerson, RecipientDetail, VisitDetail, VisitListItem, VisitTotals } from "../../../shared/contracts/assistance.contract";
import type { AuditEntry } from "../../../shared/contracts/audit.contract";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import { SAMPLE_PDF } from "../../../../test/fixtures/files";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { type CareTree, buildCareTree, massesInput, ok, refused, request } from "./assistance.test-helpers";

let t: TestApp;
let fx: CareTree;
beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildCareTree(t);
});
afterAll(() => t.close());

const people = (session = fx.as.officerA, query = "") => ok<Page<CarePerson>>(t, session, "GET", `/api/care/people?pageSize=200${query}`);
const names = (page: Page<CarePerson>) => page.items.map((p) => p.name);
const auditActions = async (entityId: string) =>
  (await ok<Page<AuditEntry>>(t, fx.as.admin, "GET", `/api/audit?entityId=${entityId}&pageSize=100`)).items.map((e) => e.action).reverse();

function multipart(name: string, content: Buffer) {
  const boundary = "----care-test-boundary";
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("the people cared for", () => {
  it("lists branch A's struggling and senior members from the roster, by organization, never the ordinary ones", async () => {
    const page = await people();
    expect(names(page)).toEqual(["甲困难党员", "甲老党员"]);
    const [struggling, senior] = page.items;
    expect(struggling).toMatchObject({ subject: "member", kinds: ["struggling_member"], memberId: fx.members.strugglingA.id, age: 48, recipients: [], lastVisitOn: null, visitsThisYear: 0 });
    expect(senior).toMatchObject({ kinds: ["senior_member"], age: 76, orgName: "甲村第一党小组" });
    expect(names(await people(fx.as.orgAdmin))).toEqual(expect.arrayContaining(["甲困难党员", "甲老党员", "乙困难党员"]));
    expect(names(await people(fx.as.officerB))).toEqual(["乙困难党员"]);
  });

  it("refuses a member (403) and filters by kind", async () => {
    await refused(t, fx.as.memberA, "GET", "/api/care/people", undefined, 403);
    expect(names(await people(fx.as.officerA, "&kind=senior_member"))).toEqual(["甲老党员"]);
    expect(names(await people(fx.as.officerA, "&kind=masses"))).toEqual([]);
  });
});

describe("recorded recipients", () => {
  let masses: RecipientDetail;

  it("records a long-ill member once per kind (AID-03), listed by the recorded kind", async () => {
    const ill = await ok<RecipientDetail>(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "long_ill_member", memberId: fx.members.illA.id, difficulty: "尿毒症，每周透析三次", startedOn: "2026-01-05" });
    expect(ill).toMatchObject({ personName: "甲患病党员", orgId: fx.tree.branchA.id, memberName: "甲患病党员", canEdit: true });
    const again = await refused(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "long_ill_member", memberId: fx.members.illA.id, startedOn: "2026-02-01" }, 422, "AID-03");
    expect(again.details).toEqual([expect.objectContaining({ field: "memberId", rule: "AID-03" })]);
    await ok(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "struggling_member", memberId: fx.members.strugglingA.id, difficulty: "妻子下岗，孩子上学", startedOn: "2026-01-05" });
    const page = await people();
    expect(page.items.find((p) => p.name === "甲患病党员")).toMatchObject({ kinds: ["long_ill_member"], recipients: [{ id: ill.id, kind: "long_ill_member" }] });
    expect(page.items.find((p) => p.name === "甲困难党员")!.kinds).toEqual(["struggling_member"]);
    // Lists carry the kind as the short label, never the hardship text.
    expect(JSON.stringify(page)).not.toContain("透析");
  });

  it("records the masses only with consent given before recording began (AID-02)", async () => {
    const noConsent = await refused(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchA.id, { consentOn: null }), 422, "AID-02");
    expect(noConsent.details![0]).toMatchObject({ field: "consentOn", rule: "AID-02" });
    expect(noConsent.message).toContain("AID-02");
    await refused(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchA.id, { consentOn: "2026-03-05" }), 422, "AID-02");
    await refused(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchA.id, { memberId: fx.members.ordinaryA.id }), 422, "AID-01");
    await refused(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchB.id), 404);
    masses = await ok<RecipientDetail>(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchA.id));
    expect(masses).toMatchObject({ kind: "masses", consentOn: "2026-03-01", consentNote: "本人签字的书面同意书", memberId: null });
    expect(names(await people(fx.as.officerA, "&kind=masses"))).toEqual(["甲村困难群众"]);
  });

  it("records a deceased member's family with the relation, and refuses one without (AID-01)", async () => {
    await refused(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "deceased_member_family", orgId: fx.tree.branchA.id, personName: "甲村遗属", startedOn: "2026-01-01" }, 422, "AID-01");
    await refused(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "deceased_member_family", memberId: fx.members.ordinaryA.id, personName: "甲村遗属", relation: "配偶", startedOn: "2026-01-01" }, 422, "AID-01");
    const family = await ok<RecipientDetail>(t, fx.as.officerA, "POST", "/api/care/recipients", { kind: "deceased_member_family", orgId: fx.tree.branchA.id, personName: "甲村遗属", relation: "配偶（已故党员甲某）", startedOn: "2026-01-01" });
    expect(family).toMatchObject({ relation: "配偶（已故党员甲某）", orgName: "甲村党支部" });
  });

  it("audits each full view, and keeps branch B out (404)", async () => {
    const detail = await ok<RecipientDetail>(t, fx.as.officerA, "GET", `/api/care/recipients/${masses.id}`);
    expect(detail.difficulty).toBe("独居老人，患慢性病，收入低");
    expect(await auditActions(masses.id)).toEqual(["care.recipient_create", "care.recipient_view"]);
    await refused(t, fx.as.officerB, "GET", `/api/care/recipients/${masses.id}`, undefined, 404, "care.recipient_not_found");
    await refused(t, fx.as.memberA, "GET", `/api/care/recipients/${masses.id}`, undefined, 403);
  });

  it("ends help with a reason (AID-04), keeps the record and lists it under ended", async () => {
    const family = (await people(fx.as.officerA, "&kind=deceased_member_family")).items[0]!;
    await refused(t, fx.as.officerA, "POST", `/api/care/recipients/${family.recipientId}/end`, { endedOn: "2025-12-31", reason: "迁居外地" }, 422, "AID-04");
    const ended = await ok<RecipientDetail>(t, fx.as.officerA, "POST", `/api/care/recipients/${family.recipientId}/end`, { endedOn: "2026-10-31", reason: "迁居外地" });
    expect(ended).toMatchObject({ endedOn: "2026-10-31", endReason: "迁居外地", canEdit: false });
    await refused(t, fx.as.officerA, "PATCH", `/api/care/recipients/${family.recipientId}`, { address: "新址" }, 422, "AID-04");
    expect(names(await people(fx.as.officerA, "&kind=deceased_member_family"))).toEqual([]);
    expect((await people(fx.as.officerA, "&status=ended")).items).toEqual([expect.objectContaining({ name: "甲村遗属", endedOn: "2026-10-31" })]);
  });
});

describe("visits and their money, exact in fen", () => {
  const visit = (overrides: object = {}) => ({ memberId: fx.members.strugglingA.id, visitedOn: "2026-03-10", visitors: ["甲村书记", "组织委员"], kind: "money", amountFen: 10010, notes: "送去慰问金，了解孩子上学情况", ...overrides });

  it("refuses money without a positive whole amount, amounts on a talk, future days and no visitors", async () => {
    for (const [payload, rule] of [
      [visit({ amountFen: null }), "AID-07"],
      [visit({ amountFen: 0 }), "AID-07"],
      [visit({ amountFen: 100.5 }), "AID-07"],
      [visit({ kind: "talk", amountFen: 500 }), "AID-07"],
      [visit({ visitedOn: "2026-11-26" }), "AID-06"],
      [visit({ visitors: [] }), "AID-08"],
      [visit({ memberId: null }), "AID-05"],
      [visit({ memberId: fx.members.strugglingB.id }), "AID-05"],
    ] as const) {
      const error = await refused(t, fx.as.officerA, "POST", "/api/care/visits", payload, 422, rule);
      expect(error.details![0]!.rule).toBe(rule);
    }
  });

  it("adds three visits of 100.10 yuan to exactly 30030 fen, and shows them on the person", async () => {
    const first = await ok<VisitDetail>(t, fx.as.officerA, "POST", "/api/care/visits", visit());
    expect(first).toMatchObject({ personName: "甲困难党员", orgName: "甲村党支部", amountFen: 10010, kind: "money", notes: "送去慰问金，了解孩子上学情况" });
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ visitedOn: "2026-06-20" }));
    await ok(t, fx.as.orgAdmin, "POST", "/api/care/visits", visit({ visitedOn: "2026-09-01", visitors: ["镇党委书记"] }));
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ visitedOn: "2026-09-02", kind: "goods", amountFen: 5000 }));
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ visitedOn: "2026-10-02", kind: "talk", amountFen: null }));
    const totals = await ok<VisitTotals>(t, fx.as.officerA, "GET", "/api/care/visits/totals?year=2026");
    expect(totals).toMatchObject({ year: 2026, visits: 5, people: 1, moneyFen: 30030, goodsFen: 5000 });
    expect(totals.byKind.find((k) => k.kind === "money")).toEqual({ kind: "money", visits: 3, amountFen: 30030 });
    expect(totals.byMonth.filter((m) => m.visits > 0).map((m) => [m.month, m.visits, m.moneyFen])).toEqual([
      [3, 1, 10010],
      [6, 1, 10010],
      [9, 2, 10010],
      [10, 1, 0],
    ]);
    expect((await ok<VisitTotals>(t, fx.as.officerA, "GET", "/api/care/visits/totals?year=2025")).moneyFen).toBe(0);
    const person = (await people()).items.find((p) => p.name === "甲困难党员")!;
    expect(person).toMatchObject({ lastVisitOn: "2026-10-02", visitsThisYear: 5 });
    expect(names(await people(fx.as.officerA, "&notVisitedThisYear=true"))).not.toContain("甲困难党员");
  });

  it("visits a recorded person within their period of help (AID-06), never before it began", async () => {
    const masses = (await people(fx.as.officerA, "&kind=masses")).items[0]!;
    await refused(t, fx.as.officerA, "POST", "/api/care/visits", { recipientId: masses.recipientId, visitedOn: "2026-03-01", visitors: ["甲村书记"], kind: "services" }, 422, "AID-06");
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", { recipientId: masses.recipientId, visitedOn: "2026-04-01", visitors: ["甲村书记"], kind: "services", notes: "帮助申请低保" });
    expect((await people(fx.as.officerA, "&kind=masses")).items[0]).toMatchObject({ lastVisitOn: "2026-04-01", visitsThisYear: 1 });
  });

  it("corrects and voids a visit (audited), which then leaves the totals", async () => {
    const list = await ok<Page<VisitListItem>>(t, fx.as.officerA, "GET", `/api/care/visits?memberId=${fx.members.strugglingA.id}&kind=goods`);
    const goods = list.items[0]!;
    const fixed = await ok<VisitDetail>(t, fx.as.officerA, "PUT", `/api/care/visits/${goods.id}`, { visitedOn: "2026-09-03", visitors: ["甲村书记"], kind: "goods", amountFen: 4999, notes: "" });
    expect(fixed).toMatchObject({ visitedOn: "2026-09-03", amountFen: 4999 });
    await ok(t, fx.as.officerA, "POST", `/api/care/visits/${goods.id}/archive`, { reason: "重复登记" });
    await refused(t, fx.as.officerA, "GET", `/api/care/visits/${goods.id}`, undefined, 404, "care.visit_not_found");
    expect((await ok<VisitTotals>(t, fx.as.officerA, "GET", "/api/care/visits/totals?year=2026")).goodsFen).toBe(0);
    expect(await auditActions(goods.id)).toEqual(["care.visit_record", "care.visit_update", "care.visit_archive"]);
  });

  it("keeps a visit's files sealed: served by the module in scope, never by /api/files", async () => {
    const { items } = await ok<Page<VisitListItem>>(t, fx.as.officerA, "GET", "/api/care/visits?kind=money&pageSize=1");
    const id = items[0]!.id;
    const upload = multipart("慰问签收单.pdf", SAMPLE_PDF);
    const response = await t.app.inject({ method: "POST", url: `/api/care/visits/${id}/files`, headers: { ...fx.as.officerA.headers, "content-type": upload.contentType }, payload: upload.body });
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json() as FileSummary;
    const download = await request(t, fx.as.officerA, "GET", `/api/care/visits/${id}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect((await request(t, fx.as.officerA, "GET", `/api/files/${file.id}`)).statusCode).toBe(404);
    expect((await request(t, fx.as.officerB, "GET", `/api/care/visits/${id}/files/${file.id}`)).statusCode).toBe(404);
    expect((await ok<VisitDetail>(t, fx.as.officerA, "GET", `/api/care/visits/${id}`)).files.map((f) => f.name)).toEqual(["慰问签收单.pdf"]);
  });

  it("shows branch B none of A's visits, and a member nothing (403)", async () => {
    expect((await ok<Page<VisitListItem>>(t, fx.as.officerB, "GET", "/api/care/visits")).total).toBe(0);
    expect((await ok<VisitTotals>(t, fx.as.officerB, "GET", "/api/care/visits/totals?year=2026")).visits).toBe(0);
    await refused(t, fx.as.memberA, "GET", "/api/care/visits", undefined, 403);
    await refused(t, fx.as.memberA, "POST", "/api/care/visits", visit(), 403);
  });
});
