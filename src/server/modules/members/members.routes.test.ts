import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIdNumber, buildMember, buildOrgTreeWithUsers, buildOrganization, buildUser, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

// The test clock reads 2026-11-25 in China.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let m: Record<"senior" | "young" | "mobile" | "inB" | "elsewhere", Awaited<ReturnType<typeof buildMember>>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "officerB" | "unlinked" | "self", Session>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  const elsewhere = await buildOrganization(t.system, { parent: tree.otherCommittee, name: "别处党支部" });
  m = {
    // 76 years old, party age 50: senior both ways.
    senior: await buildMember(t.system, { org: tree.branchA, name: "王建国", birthDate: "1950-03-01", joinedOn: "1975-07-01", education: "junior_high_or_below", occupation: "retiree" }),
    young: await buildMember(t.system, { org: tree.groupA1, name: "李秀英", gender: "female", birthDate: "1995-06-01", joinedOn: "2026-03-01", status: "probationary", fullMemberOn: null, education: "bachelor" }),
    mobile: await buildMember(t.system, { org: tree.branchA, name: "汪王明", birthDate: "1991-12-10", joinedOn: "2015-07-01", isMobile: true, isStruggling: true }),
    inB: await buildMember(t.system, { org: tree.branchB, name: "王乙", birthDate: "1985-01-20" }),
    elsewhere: await buildMember(t.system, { org: elsewhere, name: "王别处", birthDate: "1980-01-20" }),
  };
  const self = await buildUser(t.system, { role: "member", org: tree.branchA, memberId: m.senior.id });
  as = {
    admin: await signIn(t.app, tree.users.admin.username),
    orgAdmin: await signIn(t.app, tree.users.orgAdmin.username),
    officerA: await signIn(t.app, tree.users.officerA.username),
    officerB: await signIn(t.app, tree.users.officerB.username),
    unlinked: await signIn(t.app, tree.users.memberA.username),
    self: await signIn(t.app, self.username),
  };
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const send = (session: Session, method: "POST" | "PATCH", url: string, payload: object) => t.app.inject({ method, url, headers: session.headers, payload });
const names = async (session: Session, query = "") => {
  const response = await get(session, `/api/members?pageSize=200${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { name: string }[]).map((i) => i.name);
};
const auditOf = async (entityId: string, action: string) => (await get(as.admin, `/api/audit?entityId=${entityId}&action=${action}`)).json().items;

describe("GET /api/members", () => {
  it("lists each caller's scope: a committee's subtree, a branch with its groups, a member's own record", async () => {
    expect((await names(as.orgAdmin)).sort()).toEqual(["李秀英", "汪王明", "王乙", "王建国"].sort());
    expect((await names(as.officerA)).sort()).toEqual(["李秀英", "汪王明", "王建国"].sort());
    expect(await names(as.officerB)).toEqual(["王乙"]);
    expect(await names(as.self)).toEqual(["王建国"]);
    expect(await names(as.unlinked)).toEqual([]);
    expect(await names(as.admin)).toContain("王别处");
  });

  it("says which roster actions the caller may take, so the page shows only those", async () => {
    const abilitiesOf = async (session: Session) => (await get(session, "/api/members")).json().abilities;
    const all = { canCreate: true, canImport: true, canExport: true, canExportPii: true };
    expect(await abilitiesOf(as.orgAdmin)).toEqual(all);
    expect(await abilitiesOf(as.officerA)).toEqual(all);
    expect(await abilitiesOf(as.self)).toEqual({ canCreate: false, canImport: false, canExport: false, canExportPii: false });
    // Each answer agrees with the server's refusal of the action itself.
    expect((await get(as.self, "/api/members/export")).statusCode).toBe(403);
    const create = { orgId: tree.branchA.id, name: "新党员", gender: "male", ethnicity: "汉族", idNumber: buildIdNumber("1980-01-01"), joinedOn: "2010-07-01", fullMemberOn: "2011-07-01", status: "full" };
    expect((await send(as.self, "POST", "/api/members", create)).statusCode).toBe(403);
  });

  it("lists an organization's whole subtree, and answers 404 for one outside the caller's scope", async () => {
    expect((await names(as.orgAdmin, `&orgId=${tree.branchA.id}`)).sort()).toEqual(["李秀英", "汪王明", "王建国"].sort());
    expect(await names(as.orgAdmin, `&orgId=${tree.groupA1.id}`)).toEqual(["李秀英"]);
    for (const [session, orgId] of [[as.officerB, tree.branchA.id], [as.orgAdmin, tree.otherCommittee.id], [as.officerA, tree.committee.id]] as const) {
      expect((await get(session, `/api/members?orgId=${orgId}`)).statusCode).toBe(404);
    }
  });

  it("shows ID and phone numbers masked only, never in plain text", async () => {
    const response = await get(as.orgAdmin, "/api/members?pageSize=200");
    for (const member of Object.values(m)) {
      expect(response.body).not.toContain(member.idNumber);
      expect(response.body).not.toContain(member.phone!);
      expect(response.body).not.toContain(member.idNumber.slice(6, 14));
    }
    const item = response.json().items.find((i: { id: string }) => i.id === m.senior.id);
    expect(item).toMatchObject({ idNumberMasked: `110105********${m.senior.idNumber.slice(-4)}`, phoneMasked: `139****${m.senior.phone!.slice(-4)}`, orgName: "甲村党支部" });
    expect(Object.keys(item)).not.toContain("idNumber");
  });

  it("reckons age, party age and seniority on today", async () => {
    const items = (await get(as.officerA, "/api/members")).json().items as { id: string; age: number; partyAge: number | null; isSenior: boolean }[];
    expect(items.find((i) => i.id === m.senior.id)).toMatchObject({ age: 76, partyAge: 50, isSenior: true });
    expect(items.find((i) => i.id === m.young.id)).toMatchObject({ age: 31, partyAge: null, isSenior: false });
  });

  it("finds by exact ID number or phone through their keyed hashes, within scope only", async () => {
    expect(await names(as.orgAdmin, `&idNumber=${m.senior.idNumber}`)).toEqual(["王建国"]);
    expect(await names(as.orgAdmin, `&idNumber=${m.senior.idNumber.slice(0, 17)}`)).toEqual([]);
    expect(await names(as.orgAdmin, `&phone=${m.young.phone}`)).toEqual(["李秀英"]);
    expect(await names(as.officerB, `&idNumber=${m.senior.idNumber}`)).toEqual([]);
  });

  it("searches names by contained text, listing those that start with it first", async () => {
    expect(await names(as.orgAdmin, `&q=${encodeURIComponent("王")}`)).toEqual(["王乙", "王建国", "汪王明"]);
    expect(await names(as.orgAdmin, `&q=${encodeURIComponent("秀")}`)).toEqual(["李秀英"]);
    expect(await names(as.orgAdmin, `&q=${encodeURIComponent("%")}`)).toEqual([]);
  });

  it("filters by status, gender, education, flags, age band and seniority", async () => {
    expect(await names(as.officerA, "&status=probationary")).toEqual(["李秀英"]);
    expect(await names(as.officerA, "&gender=female")).toEqual(["李秀英"]);
    expect(await names(as.officerA, "&education=bachelor")).toEqual(["李秀英"]);
    expect(await names(as.officerA, "&isMobile=true")).toEqual(["汪王明"]);
    expect(await names(as.officerA, "&isStruggling=true")).toEqual(["汪王明"]);
    expect((await names(as.officerA, "&isLostContact=false")).length).toBe(3);
    expect(await names(as.officerA, "&ageBand=31_35")).toEqual(["李秀英", "汪王明"].sort());
    expect(await names(as.officerA, "&ageBand=61_plus")).toEqual(["王建国"]);
    expect(await names(as.officerA, "&ageBand=under_30")).toEqual([]);
    expect(await names(as.officerA, "&isSenior=true")).toEqual(["王建国"]);
    expect((await names(as.officerA, "&isSenior=false")).sort()).toEqual(["李秀英", "汪王明"].sort());
    expect(await names(as.officerA, "&standing=exited")).toEqual([]);
  });

  it("sorts by the chosen column and pages", async () => {
    expect(await names(as.officerA, "&sort=birthDate&order=desc")).toEqual(["李秀英", "汪王明", "王建国"]);
    expect(await names(as.officerA, "&sort=fullMemberOn&order=asc")).toEqual(["王建国", "汪王明", "李秀英"]);
    const page = (await get(as.officerA, "/api/members?sort=joinedOn&pageSize=1&page=2")).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ name: "汪王明" }] });
  });

  it("names every invalid filter", async () => {
    const response = await get(as.orgAdmin, "/api/members?ageBand=old&sort=age&orgId=x");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["ageBand", "orgId", "sort"]);
  });
});

describe("GET /api/members/:id", () => {
  it("answers the masked detail with the caller's abilities", async () => {
    const body = (await get(as.officerA, `/api/members/${m.young.id}`)).json();
    expect(body).toMatchObject({ id: m.young.id, orgName: "甲村第一党小组", status: "probationary", pendingTransferOrg: null, abilities: { canUpdate: true, canViewPii: true, canRecordEvent: true } });
    expect(JSON.stringify(body)).not.toContain(m.young.idNumber);
    const own = (await get(as.self, `/api/members/${m.senior.id}`)).json();
    expect(own.abilities).toEqual({ canUpdate: false, canViewPii: true, canRecordEvent: false });
  });

  it("answers 404 outside the scope, exactly as for a missing member", async () => {
    for (const [session, id] of [[as.officerB, m.senior.id], [as.self, m.mobile.id], [as.unlinked, m.senior.id], [as.orgAdmin, m.elsewhere.id], [as.admin, "00000000-0000-4000-8000-000000000000"]] as const) {
      const response = await get(session, `/api/members/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("members.not_found");
    }
  });
});

describe("GET /api/members/:id/pii", () => {
  it("gives officers the full numbers and audits every view without the values", async () => {
    const first = await get(as.officerA, `/api/members/${m.mobile.id}/pii`);
    expect(first.json()).toEqual({ idNumber: m.mobile.idNumber, phone: m.mobile.phone });
    await get(as.orgAdmin, `/api/members/${m.mobile.id}/pii`);
    const views = await auditOf(m.mobile.id, "member.view_pii");
    expect(views).toHaveLength(2);
    expect(views.map((v: { actorUsername: string }) => v.actorUsername).sort()).toEqual([tree.users.officerA.username, tree.users.orgAdmin.username].sort());
    expect(views[0]).toMatchObject({ orgId: tree.branchA.id, entityType: "member" });
    expect(JSON.stringify(views)).not.toContain(m.mobile.idNumber);
    expect(JSON.stringify(views)).not.toContain(m.mobile.phone!);
  });

  it("lets a member see their own numbers (PIPL §45), audited too, but nobody else's", async () => {
    expect((await get(as.self, `/api/members/${m.senior.id}/pii`)).json().idNumber).toBe(m.senior.idNumber);
    expect(await auditOf(m.senior.id, "member.view_pii")).toHaveLength(1);
    expect((await get(as.self, `/api/members/${m.mobile.id}/pii`)).statusCode).toBe(404);
    expect((await get(as.officerB, `/api/members/${m.senior.id}/pii`)).statusCode).toBe(404);
  });
});

describe("POST /api/members", () => {
  const valid = () => ({
    orgId: tree.branchB.id,
    name: "赵新党",
    gender: "female",
    ethnicity: "回族",
    idNumber: buildIdNumber("1990-04-02", "female").toLowerCase(),
    phone: "13712345678",
    nativePlace: "浙江安吉",
    education: "college",
    occupation: "worker",
    workUnit: "乙公司",
    post: "会计",
    address: "安吉县青山镇乙社区 1 幢",
    joinedOn: "2020-07-01",
    fullMemberOn: "2021-07-01",
    status: "full",
  });

  it("creates a member, masked in the answer and in the audit log", async () => {
    const input = valid();
    const response = await send(as.officerB, "POST", "/api/members", input);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: "赵新党", orgName: "乙社区党支部", birthDate: "1990-04-02", age: 36, partyAge: 5, standing: "active", address: "安吉县青山镇乙社区 1 幢" });
    expect(response.body).not.toContain(input.idNumber.toUpperCase());
    const [entry] = await auditOf(created.id, "member.create");
    expect(entry).toMatchObject({ actorUsername: tree.users.officerB.username, orgId: tree.branchB.id, after: { idNumber: created.idNumberMasked, phone: "137****5678" } });
    expect(JSON.stringify(entry)).not.toContain(input.idNumber.toUpperCase());
    expect(JSON.stringify(entry)).not.toContain("13712345678");
    expect(await names(as.officerB, `&idNumber=${input.idNumber}`)).toEqual(["赵新党"]);
  });

  it("refuses a second record for the same ID number with 409, whoever's scope holds the first", async () => {
    const response = await send(as.officerB, "POST", "/api/members", { ...valid(), gender: "male", idNumber: m.elsewhere.idNumber.toLowerCase() });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "members.id_number_taken", details: [{ field: "idNumber" }] });
    expect(response.body).not.toContain("别处");
  });

  it("refuses inconsistent facts with 422, naming each field and rule", async () => {
    const cases: [object, string, string, string][] = [
      [{ idNumber: "110105199004020021" }, "members.id_number_invalid", "idNumber", "GB 11643-1999"],
      [{ gender: "male" }, "members.gender_mismatch", "gender", "GB 11643-1999"],
      [{ joinedOn: "2008-04-01", fullMemberOn: "2009-04-01" }, "members.under_age", "joinedOn", "DEV-01"],
      [{ fullMemberOn: "2021-06-30" }, "members.probation_too_short", "fullMemberOn", "DEV-21"],
      [{ joinedOn: "2026-11-26", status: "probationary", fullMemberOn: null }, "members.date_in_future", "joinedOn", "DEV-21"],
      [{ fullMemberOn: null }, "members.full_member_on_required", "fullMemberOn", "DEV-23"],
    ];
    for (const [patch, code, field, rule] of cases) {
      const response = await send(as.officerB, "POST", "/api/members", { ...valid(), ...patch });
      expect({ status: response.statusCode, code: response.json().error.code }, JSON.stringify(patch)).toEqual({ status: 422, code });
      expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, rule }));
    }
    const several = await send(as.officerB, "POST", "/api/members", { ...valid(), gender: "male", fullMemberOn: "2021-06-30" });
    expect(several.json().error.details.map((d: { field: string }) => d.field)).toEqual(["gender", "fullMemberOn"]);
  });

  it("puts members only in branches and groups (MEM-01)", async () => {
    const response = await send(as.orgAdmin, "POST", "/api/members", { ...valid(), orgId: tree.committee.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "members.org_kind_invalid", details: [{ field: "orgId", rule: "MEM-01" }] });
  });

  it("names every field the schema refuses", async () => {
    const response = await send(as.officerB, "POST", "/api/members", { ...valid(), name: "赵", phone: "12345", education: "大学本科", joinedOn: "2020/07/01" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["education", "joinedOn", "name", "phone"]);
  });

  it("forbids a member to create (403) and hides other branches from an officer (404)", async () => {
    expect((await send(as.self, "POST", "/api/members", { ...valid(), orgId: tree.branchA.id })).statusCode).toBe(403);
    expect((await send(as.officerB, "POST", "/api/members", { ...valid(), orgId: tree.branchA.id })).statusCode).toBe(404);
  });
});

describe("PATCH /api/members/:id", () => {
  it("updates the form's fields, auditing masked before and after and the fields that changed", async () => {
    const response = await send(as.officerA, "PATCH", `/api/members/${m.mobile.id}`, { name: "汪王明", phone: "13600001111", address: "新地址", isStruggling: false });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ phoneMasked: "136****1111", address: "新地址", isStruggling: false });
    const [entry] = await auditOf(m.mobile.id, "member.update");
    expect(entry.before).toMatchObject({ phone: `139****${m.mobile.phone!.slice(-4)}`, isStruggling: true });
    expect(entry.after).toMatchObject({ phone: "136****1111", changed: ["phone", "address", "isStruggling"] });
    expect(JSON.stringify(entry)).not.toContain("13600001111");
    expect(JSON.stringify(entry)).not.toContain("新地址");
    expect(await names(as.officerA, "&phone=13600001111")).toEqual(["汪王明"]);
  });

  it("changes the organization, mobility and lost contact only through events", async () => {
    const response = await send(as.orgAdmin, "PATCH", `/api/members/${m.mobile.id}`, { orgId: tree.branchB.id, isMobile: false, isLostContact: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["isLostContact", "isMobile", "orgId"]);
  });

  it("checks the facts again, together with the stored ones, and refuses a taken ID number", async () => {
    const underAge = await send(as.officerA, "PATCH", `/api/members/${m.young.id}`, { joinedOn: "2013-05-31" });
    expect(underAge.statusCode).toBe(422);
    expect(underAge.json().error.details).toEqual([expect.objectContaining({ field: "joinedOn", rule: "DEV-01" })]);
    const taken = await send(as.officerA, "PATCH", `/api/members/${m.young.id}`, { idNumber: m.inB.idNumber, gender: "male" });
    expect(taken.statusCode).toBe(409);
    const newId = buildIdNumber("1995-06-01", "female");
    const changed = await send(as.officerA, "PATCH", `/api/members/${m.young.id}`, { idNumber: newId });
    expect(changed.json().idNumberMasked).toBe(`110105********${newId.slice(-4)}`);
    expect((await get(as.officerA, `/api/members/${m.young.id}/pii`)).json().idNumber).toBe(newId);
  });

  it("forbids a member to edit their own record (403) and hides other branches (404)", async () => {
    expect((await send(as.self, "PATCH", `/api/members/${m.senior.id}`, { post: "门卫" })).statusCode).toBe(403);
    expect((await send(as.officerB, "PATCH", `/api/members/${m.senior.id}`, { post: "门卫" })).statusCode).toBe(404);
  });
});

describe("an officer of a sibling branch", () => {
  it("gets 404 on every member route for a member of the other branch", async () => {
    const id = m.senior.id;
    const responses = [
      await get(as.officerB, `/api/members?orgId=${tree.branchA.id}`),
      await get(as.officerB, `/api/members/${id}`),
      await get(as.officerB, `/api/members/${id}/pii`),
      await get(as.officerB, `/api/members/${id}/events`),
      await send(as.officerB, "PATCH", `/api/members/${id}`, { post: "门卫" }),
      await send(as.officerB, "POST", `/api/members/${id}/events`, { type: "death", occurredOn: "2026-11-01" }),
      await send(as.officerB, "POST", `/api/members/${id}/events`, { type: "transfer_in", occurredOn: "2026-11-01" }),
      await send(as.officerB, "POST", "/api/members", { orgId: tree.branchA.id, name: "越权者", gender: "male", ethnicity: "汉族", idNumber: buildIdNumber(), joinedOn: "2020-01-01", fullMemberOn: "2021-01-01", status: "full" }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 404));
    expect((await get(as.officerA, `/api/members/${id}`)).json().standing).toBe("active");
  });
});
