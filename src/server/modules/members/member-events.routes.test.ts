import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildOrgTreeWithUsers, buildOrganization, buildUser, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "../organizations/organizations.repository";

// The test clock reads 2026-11-25 in China.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let elsewhere: OrgRow;
let as: Record<"admin" | "orgAdmin" | "officerA" | "officerB" | "officerElsewhere" | "self", Session>;
let selfMemberId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  elsewhere = await buildOrganization(t.system, { parent: tree.otherCommittee, name: "别处党支部" });
  const officerElsewhere = await buildUser(t.system, { role: "branch_officer", org: elsewhere });
  selfMemberId = (await buildMember(t.system, { org: tree.branchA })).id;
  const self = await buildUser(t.system, { role: "member", org: tree.branchA, memberId: selfMemberId });
  as = {
    admin: await signIn(t.app, tree.users.admin.username),
    orgAdmin: await signIn(t.app, tree.users.orgAdmin.username),
    officerA: await signIn(t.app, tree.users.officerA.username),
    officerB: await signIn(t.app, tree.users.officerB.username),
    officerElsewhere: await signIn(t.app, officerElsewhere.username),
    self: await signIn(t.app, self.username),
  };
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const record = (session: Session, memberId: string, payload: object) =>
  t.app.inject({ method: "POST", url: `/api/members/${memberId}/events`, headers: session.headers, payload });
const memberIn = (org: OrgRow, name?: string) => buildMember(t.system, { org, joinedOn: "2010-07-01", ...(name ? { name } : {}) });
const ids = async (session: Session, query = "") => ((await get(session, `/api/members?pageSize=200${query}`)).json().items as { id: string }[]).map((i) => i.id);
const expectRefused = async (response: Awaited<ReturnType<typeof record>>, field: string, rule: string) => {
  expect(response.statusCode, response.body).toBe(422);
  expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, rule }));
};

describe("a transfer between two branches (TR-02, TR-03)", () => {
  it("goes out from one branch, waits for the other, and arrives there with its history", async () => {
    const member = await memberIn(tree.branchA, "周转接");
    const out = await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: tree.branchB.id, letterNumber: "测组转〔2026〕7号", reason: "工作调动", documents: [{ name: "介绍信", number: "测组转〔2026〕7号" }] });
    expect(out.statusCode, out.body).toBe(201);
    expect(out.json()).toMatchObject({ type: "transfer_out", orgId: tree.branchA.id, orgName: "甲村党支部", details: { toOrg: { id: tree.branchB.id, name: "乙社区党支部" }, letterNumber: "测组转〔2026〕7号" } });

    // Until accepted, the sending branch keeps the member (TR-03), shown as transferring.
    expect((await get(as.officerA, `/api/members/${member.id}`)).json()).toMatchObject({ standing: "transferring", pendingTransferOrg: { id: tree.branchB.id, name: "乙社区党支部" } });
    expect(await ids(as.officerA, "&standing=transferring")).toContain(member.id);
    expect((await get(as.officerB, `/api/members/${member.id}`)).statusCode).toBe(404);

    // The receiving officer finds it among the incoming transfers, masked; the sender's side does not.
    const incoming = await get(as.officerB, "/api/members/incoming-transfers");
    expect(incoming.json().items).toEqual([
      { id: member.id, name: "周转接", gender: "male", idNumberMasked: member.idNumberMasked, status: "full", fromOrg: { id: tree.branchA.id, name: "甲村党支部" }, toOrg: { id: tree.branchB.id, name: "乙社区党支部" }, transferOutOn: "2026-11-20", letterNumber: "测组转〔2026〕7号" },
    ]);
    expect(incoming.body).not.toContain(member.idNumber);
    expect((await get(as.officerA, "/api/members/incoming-transfers")).json().items).toEqual([]);

    // Only the receiver accepts.
    await expectRefused(await record(as.officerA, member.id, { type: "transfer_in", occurredOn: "2026-11-24" }), "type", "TR-03");
    const accepted = await record(as.officerB, member.id, { type: "transfer_in", occurredOn: "2026-11-24" });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ orgId: tree.branchB.id, recordedByName: expect.any(String), details: { fromOrg: { id: tree.branchA.id }, toOrg: { id: tree.branchB.id } } });

    expect(await ids(as.officerB)).toContain(member.id);
    expect(await ids(as.officerA)).not.toContain(member.id);
    expect(await ids(as.officerA, "&standing=transferring")).not.toContain(member.id);
    expect((await get(as.officerA, `/api/members/${member.id}`)).statusCode).toBe(404);
    expect((await get(as.officerB, `/api/members/${member.id}`)).json()).toMatchObject({ orgId: tree.branchB.id, standing: "active", pendingTransferOrg: null });
    expect((await get(as.officerB, "/api/members/incoming-transfers")).json().items).toEqual([]);

    // The history travels with the member, newest first, each event with its organization at the time.
    const history = (await get(as.officerB, `/api/members/${member.id}/events`)).json().items;
    expect(history.map((e: { type: string; orgName: string }) => [e.type, e.orgName])).toEqual([["transfer_in", "乙社区党支部"], ["transfer_out", "甲村党支部"]]);
    expect(history[1]).toMatchObject({ reason: "工作调动", documents: [{ name: "介绍信", number: "测组转〔2026〕7号" }], occurredOn: "2026-11-20" });

    const audit = (await get(as.admin, `/api/audit?entityId=${member.id}&action=member.record_event`)).json().items;
    expect(audit.map((a: { orgId: string; after: { event: { type: string } } }) => [a.after.event.type, a.orgId])).toEqual([["transfer_in", tree.branchB.id], ["transfer_out", tree.branchA.id]]);
    expect(audit[0].before).toMatchObject({ standing: "transferring", orgId: tree.branchA.id });
    expect(JSON.stringify(audit)).not.toContain(member.idNumber);
  });

  it("may go to a branch of another committee, whose officer accepts it", async () => {
    const member = await memberIn(tree.branchA);
    expect((await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-01", toOrgId: elsewhere.id, letterNumber: "L-2" })).statusCode).toBe(201);
    expect((await get(as.officerElsewhere, "/api/members/incoming-transfers")).json().items.map((i: { id: string }) => i.id)).toEqual([member.id]);
    expect((await get(as.orgAdmin, "/api/members/incoming-transfers")).json().items.map((i: { id: string }) => i.id)).not.toContain(member.id);
    expect((await record(as.officerElsewhere, member.id, { type: "transfer_in", occurredOn: "2026-11-02" })).statusCode).toBe(201);
    expect(await ids(as.officerElsewhere)).toContain(member.id);
    expect(await ids(as.orgAdmin)).not.toContain(member.id);
  });

  it("takes the member's own account along: its sessions end, and it signs in to the new branch", async () => {
    const member = await memberIn(tree.branchA, "随转移");
    const account = await buildUser(t.system, { role: "member", org: tree.branchA, memberId: member.id });
    const officerAccount = await buildUser(t.system, { role: "branch_officer", org: tree.branchA, memberId: member.id });
    const before = await signIn(t.app, account.username);
    const officerSession = await signIn(t.app, officerAccount.username);
    expect((await get(before, `/api/members/${member.id}`)).statusCode).toBe(200);

    await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: elsewhere.id, letterNumber: "L-9" });
    // Until accepted the member stays the sender's (TR-03), and so does the account.
    expect((await get(before, "/api/auth/me")).json().user.org.id).toBe(tree.branchA.id);
    const accepted = await record(as.officerElsewhere, member.id, { type: "transfer_in", occurredOn: "2026-11-24" });
    expect(accepted.statusCode, accepted.body).toBe(201);

    expect((await get(before, "/api/auth/me")).statusCode).toBe(401);
    const after = await signIn(t.app, account.username);
    expect((await get(after, "/api/auth/me")).json().user.org).toMatchObject({ id: elsewhere.id, name: "别处党支部" });
    expect((await get(after, `/api/members/${member.id}`)).json()).toMatchObject({ id: member.id, orgId: elsewhere.id, orgName: "别处党支部" });
    expect(await ids(after)).toEqual([member.id]);
    // An officer's account is bound to the branch it manages, which the transfer does not change.
    expect((await get(officerSession, "/api/auth/me")).json().user.org.id).toBe(tree.branchA.id);

    const audit = (await get(as.admin, `/api/audit?entityId=${account.id}&action=user.update`)).json().items;
    expect(audit).toEqual([
      expect.objectContaining({ orgId: elsewhere.id, before: expect.objectContaining({ orgId: tree.branchA.id }), after: expect.objectContaining({ orgId: elsewhere.id, endedSessions: 1, memberEventId: accepted.json().id }) }),
    ]);
  });

  it("can be withdrawn by the sender, but not by the receiver", async () => {
    const member = await memberIn(tree.branchA);
    await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-01", toOrgId: tree.branchB.id, letterNumber: "L-3" });
    expect((await record(as.officerB, member.id, { type: "transfer_cancelled", occurredOn: "2026-11-02" })).statusCode).toBe(404);
    expect((await record(as.officerA, member.id, { type: "transfer_cancelled", occurredOn: "2026-11-02" })).statusCode).toBe(201);
    expect((await get(as.officerA, `/api/members/${member.id}`)).json()).toMatchObject({ orgId: tree.branchA.id, standing: "active", pendingTransferOrg: null });
    expect((await get(as.officerB, "/api/members/incoming-transfers")).json().items.map((i: { id: string }) => i.id)).not.toContain(member.id);
  });

  it("goes only to a branch or group that exists, and not to the member's own", async () => {
    const member = await memberIn(tree.branchA);
    for (const toOrgId of [tree.committee.id, "00000000-0000-4000-8000-000000000000"]) {
      const response = await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-01", toOrgId, letterNumber: "L-4" });
      await expectRefused(response, "toOrgId", "TR-02");
      expect(response.json().error.code).toBe("members.transfer_target_invalid");
    }
    await expectRefused(await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-11-01", toOrgId: tree.branchA.id, letterNumber: "L-4" }), "toOrgId", "TR-02");
    expect((await get(as.officerA, `/api/members/${member.id}`)).json().standing).toBe("active");
  });
});

describe("lifecycle events", () => {
  it("toggles mobility and lost contact, suspends after six months of lost contact and restores", async () => {
    const member = await memberIn(tree.branchA);
    const flags = async () => (await get(as.officerA, `/api/members/${member.id}`)).json();
    await record(as.officerA, member.id, { type: "mobile_registered", occurredOn: "2025-01-10", destination: "上海市嘉定区", cardNumber: "流-1" });
    expect((await flags()).isMobile).toBe(true);
    await expectRefused(await record(as.officerA, member.id, { type: "mobile_registered", occurredOn: "2025-02-10", destination: "杭州" }), "type", "MOB-01");
    await record(as.officerA, member.id, { type: "mobile_returned", occurredOn: "2025-03-01" });
    expect((await flags()).isMobile).toBe(false);
    await record(as.officerA, member.id, { type: "lost_contact", occurredOn: "2025-04-01" });
    expect(await ids(as.officerA, "&isLostContact=true")).toContain(member.id);
    await expectRefused(await record(as.officerA, member.id, { type: "suspended", occurredOn: "2025-09-30" }), "occurredOn", "LC-01");
    expect((await record(as.officerA, member.id, { type: "suspended", occurredOn: "2025-10-01" })).statusCode).toBe(201);
    expect(await ids(as.officerA)).not.toContain(member.id);
    expect(await ids(as.officerA, "&standing=suspended")).toContain(member.id);
    await expectRefused(await record(as.officerA, member.id, { type: "mobile_registered", occurredOn: "2025-11-01", destination: "杭州" }), "type", "LC-03");
    await expectRefused(await record(as.officerA, member.id, { type: "exit", occurredOn: "2026-11-01", exitKind: "lapsed_lost_contact" }), "occurredOn", "LC-02");
    expect((await record(as.officerA, member.id, { type: "restored", occurredOn: "2026-01-05", reason: "本人书面申请" })).statusCode).toBe(201);
    expect(await flags()).toMatchObject({ standing: "active", isLostContact: false });
    const history = (await get(as.officerA, `/api/members/${member.id}/events`)).json().items.map((e: { type: string }) => e.type);
    expect(history).toEqual(["restored", "suspended", "lost_contact", "mobile_returned", "mobile_registered"]);
  });

  it("ends the record with an exit or a death, never restoring after an exit (EXIT-01)", async () => {
    const leaving = await memberIn(tree.branchA);
    const exit = await record(as.officerA, leaving.id, { type: "exit", occurredOn: "2026-10-01", exitKind: "resigned", reason: "本人申请退党" });
    expect(exit.json().details).toEqual({ exitKind: "resigned" });
    expect(await ids(as.officerA, "&standing=exited")).toContain(leaving.id);
    await expectRefused(await record(as.officerA, leaving.id, { type: "restored", occurredOn: "2026-11-01" }), "type", "EXIT-01");
    expect((await get(as.officerA, `/api/members/${leaving.id}`)).json().abilities).toMatchObject({ canRecordEvent: false, canUpdate: false });
    // The committee may still correct the closed record.
    expect((await get(as.orgAdmin, `/api/members/${leaving.id}`)).json().abilities).toMatchObject({ canRecordEvent: false, canUpdate: true });
    expect((await get(as.admin, `/api/members/${leaving.id}`)).json().abilities.canUpdate).toBe(true);
    // The server holds to what the page shows: the branch's edit is refused, the committee's accepted.
    const patch = (session: typeof as.officerA) =>
      t.app.inject({ method: "PATCH", url: `/api/members/${leaving.id}`, headers: session.headers, payload: { ethnicity: "汉族" } });
    expect((await patch(as.officerA)).statusCode).toBe(403);
    expect((await patch(as.orgAdmin)).statusCode).toBe(200);

    const deceased = await memberIn(tree.branchA);
    await record(as.officerA, deceased.id, { type: "death", occurredOn: "2026-11-02" });
    expect(await ids(as.officerA, "&standing=deceased")).toContain(deceased.id);
    await expectRefused(await record(as.officerA, deceased.id, { type: "mobile_registered", occurredOn: "2026-11-03", destination: "杭州" }), "type", "EV-01");

    const away = await memberIn(tree.branchA);
    await record(as.officerA, away.id, { type: "transfer_out_of_system", occurredOn: "2026-11-02", destination: "某部队", letterNumber: null });
    expect((await get(as.officerA, `/api/members/${away.id}`)).json().standing).toBe("transferred_out");
  });

  it("refuses what the standing, status or dates do not allow, citing the rule", async () => {
    const member = await memberIn(tree.branchA);
    await expectRefused(await record(as.officerA, member.id, { type: "transfer_in", occurredOn: "2026-11-01" }), "type", "EV-01");
    await expectRefused(await record(as.officerA, member.id, { type: "exit", occurredOn: "2026-11-01", exitKind: "probation_cancelled" }), "exitKind", "DEV-23");
    await expectRefused(await record(as.officerA, member.id, { type: "death", occurredOn: "2026-11-26" }), "occurredOn", "EV-02");
    await expectRefused(await record(as.officerA, member.id, { type: "death", occurredOn: "2010-06-30" }), "occurredOn", "EV-02");
    await record(as.officerA, member.id, { type: "mobile_registered", occurredOn: "2026-10-01", destination: "杭州" });
    await expectRefused(await record(as.officerA, member.id, { type: "mobile_returned", occurredOn: "2026-09-30" }), "occurredOn", "EV-02");
    expect((await get(as.officerA, `/api/members/${member.id}/events`)).json().items).toHaveLength(1);
  });

  it("names the fields of a malformed event", async () => {
    const member = await memberIn(tree.branchA);
    const unknown = await record(as.officerA, member.id, { type: "promoted", occurredOn: "2026-11-01" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe("type");
    const missing = await record(as.officerA, member.id, { type: "transfer_out", occurredOn: "2026-13-01", toOrgId: tree.branchB.id });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["letterNumber", "occurredOn"]);
  });

  it("lets a member read their own history but record nothing (403)", async () => {
    expect((await get(as.self, `/api/members/${selfMemberId}/events`)).statusCode).toBe(200);
    expect((await record(as.self, selfMemberId, { type: "mobile_registered", occurredOn: "2026-11-01", destination: "杭州" })).statusCode).toBe(403);
    expect((await get(as.self, "/api/members/incoming-transfers")).statusCode).toBe(403);
  });
});
