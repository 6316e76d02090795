import { Writable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvaluationCampaignDetail } from "../../../shared/contracts/evaluation.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { evaluationBallotsTable, evaluationVotersTable } from "./evaluation.table";
import { type EvaluationBranch, ballotFor, buildEvaluationBranch, campaignAt, ok, request } from "./evaluation.test-helpers";

/**
 * The hard requirement: ballots are secret. Nobody — an administrator included — can learn
 * who voted how, through the API or the audit log; a member learns only THAT they voted.
 */
let t: TestApp;
let b: EvaluationBranch;
let url: string;
let campaignId: string;
/** Every line the application logged. */
const logLines: string[] = [];
/** Every body the API answered during and after the vote. */
const bodies: { what: string; body: string }[] = [];

const collect = async (what: string, session: Parameters<typeof request>[1], method: "GET" | "POST", path: string, payload?: object) => {
  const response = await request(t, session, method, path, payload);
  expect(response.statusCode, `${what}: ${response.body}`).toBeLessThan(300);
  bodies.push({ what, body: response.body });
  return response;
};

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await buildTestApp({ logStream });
  b = await buildEvaluationBranch(t);
  campaignId = (await campaignAt(t, b, "voting")).id;
  url = `/api/evaluations/${campaignId}`;
  // Distinct ballots, so a leak of any one of them would be recognizable.
  await collect("member1's ballot", b.as.member1, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 0 ? "excellent" : "qualified")) });
  await collect("member2's ballot", b.as.member2, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 4 ? "unqualified" : "qualified")) });
  await collect("officer-member's ballot", b.as.officerMember, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 2 ? "basically_qualified" : "qualified")) });
  await collect("paper ballots", b.as.officerA, "POST", `${url}/paper-ballots`, {
    ballots: [{ choices: ballotFor(b.graded, () => "excellent") }, { choices: ballotFor(b.graded) }],
    voterIds: [b.members.m4.id, b.members.m5.id],
  });
  for (const [who, session] of Object.entries({ admin: b.as.admin, orgAdmin: b.as.orgAdmin, officerA: b.as.officerA, member1: b.as.member1 })) {
    await collect(`${who} reads the campaign while voting`, session, "GET", url);
    await collect(`${who} reads their own campaigns`, session, "GET", "/api/evaluations/mine");
  }
  await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "grading" });
  for (const [who, session] of Object.entries({ admin: b.as.admin, orgAdmin: b.as.orgAdmin, officerA: b.as.officerA, member1: b.as.member1 })) {
    await collect(`${who} reads the campaign after the tally`, session, "GET", url);
  }
  await collect("the admin's re-count", b.as.admin, "GET", `${url}/tally`);
  await collect("the admin's audit log", b.as.admin, "GET", "/api/audit?pageSize=200");
  await collect("the committee's audit log", b.as.orgAdmin, "GET", "/api/audit?pageSize=200");
});
afterAll(() => t.close());

describe("secret ballots", () => {
  it("stores a ballot with no voter, no user and no time, and a voter with no ballot", async () => {
    const columns = async (table: string) => {
      const result = (await t.deps.db.execute(sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} ORDER BY column_name`)) as unknown as { rows: { column_name: string }[] };
      return result.rows.map((r) => r.column_name);
    };
    expect(await columns("evaluation_ballots")).toEqual(["campaign_id", "choices", "id", "source"]);
    expect(await columns("evaluation_voters")).toEqual(["campaign_id", "created_at", "id", "member_id", "source", "updated_at"]);
    const ballots = await t.deps.db.select().from(evaluationBallotsTable).where(eq(evaluationBallotsTable.campaignId, campaignId));
    expect(ballots).toHaveLength(5);
    const voters = await t.deps.db.select().from(evaluationVotersTable).where(eq(evaluationVotersTable.campaignId, campaignId));
    expect(voters.map((v) => v.source).sort()).toEqual(["online", "online", "online", "paper", "paper"]);
  });

  it("never answers a ballot id, in any response to anyone", async () => {
    const ids = (await t.deps.db.select({ id: evaluationBallotsTable.id }).from(evaluationBallotsTable)).map((r) => r.id);
    const leaks = bodies.flatMap(({ what, body }) => ids.filter((id) => body.includes(id)).map((id) => ({ what, id })));
    expect(leaks).toEqual([]);
  });

  it("logs no ballot: no ballot id and no choices in any log line", async () => {
    const ids = (await t.deps.db.select({ id: evaluationBallotsTable.id }).from(evaluationBallotsTable)).map((r) => r.id);
    expect(logLines.length).toBeGreaterThan(0);
    const log = logLines.join("\n");
    for (const id of ids) expect(log).not.toContain(id);
    expect(log).not.toContain("choices");
    expect(log).not.toMatch(/excellent|unqualified|basically_qualified/);
  });

  it("answers a vote with a receipt only: how many ballots, not which or how", () => {
    const receipt = JSON.parse(bodies.find((x) => x.what === "member1's ballot")!.body);
    expect(receipt).toEqual({ accepted: 1, source: "online", ballots: 1, participants: 6 });
  });

  it("audits casting a ballot by campaign and actor, never with the ballot or its choices", async () => {
    const rows = await t.deps.db.select().from(auditLogTable).where(eq(auditLogTable.entityId, campaignId));
    const casts = rows.filter((r) => r.action === "evaluation.ballot_cast" || r.action === "evaluation.paper_ballots");
    expect(casts).toHaveLength(4);
    const ballotIds = (await t.deps.db.select({ id: evaluationBallotsTable.id }).from(evaluationBallotsTable)).map((r) => r.id);
    for (const row of casts) {
      expect(row).toMatchObject({ entityType: "evaluation_campaign", entityId: campaignId, before: null });
      const text = JSON.stringify(row);
      for (const id of ballotIds) expect(text).not.toContain(id);
      // No member on the ballot and no grade appears: nothing of the choices.
      for (const m of b.graded) expect(text).not.toContain(m.id);
      for (const grade of ["excellent", "qualified", "unqualified"]) expect(text).not.toContain(grade);
    }
    expect(casts.map((r) => r.after)).toEqual([
      { source: "online", ballots: 1 },
      { source: "online", ballots: 1 },
      { source: "online", ballots: 1 },
      { source: "paper", ballots: 2, namedVoters: 2 },
    ]);
  });

  it("shows a member only THAT they voted; officers and admins see how many voted, never who voted how", () => {
    const read = (what: string) => JSON.parse(bodies.find((x) => x.what === what)!.body) as EvaluationCampaignDetail;
    expect(read("member1 reads the campaign while voting")).toMatchObject({ hasVoted: true, tally: null, counts: { ballots: 5 } });
    for (const who of ["admin", "orgAdmin", "officerA"]) {
      const detail = read(`${who} reads the campaign while voting`);
      expect(detail.tally).toBeNull();
      expect(detail.entries.every((e) => e.votes === null)).toBe(true);
      // Nothing per entry says whether that member voted, nor how.
      expect(Object.keys(detail.entries[0]!)).not.toContain("hasVoted");
      expect(JSON.stringify(detail.entries)).not.toMatch(/online|paper/);
    }
    const afterTally = read("admin reads the campaign after the tally");
    expect(afterTally.tally?.ballots).toBe(5);
    // The member never sees the tally, even after it is counted.
    expect(read("member1 reads the campaign after the tally")).toMatchObject({ tally: null });
  });

  it("has no route that reads a ballot, and a member cannot read another's entry", async () => {
    const ballotRoutes = t.app.routeInventory.filter((r) => r.includes("ballot"));
    expect(ballotRoutes.sort()).toEqual(["POST /api/evaluations/:id/ballot", "POST /api/evaluations/:id/paper-ballots"]);
    for (const session of [b.as.admin, b.as.officerA, b.as.member1]) {
      expect((await request(t, session, "GET", `${url}/ballots`)).statusCode).toBe(404);
      expect((await request(t, session, "GET", `${url}/ballot`)).statusCode).toBe(404);
    }
    const detail = await ok(t, b.as.officerA, "GET", url);
    const others = detail.entries.filter((e) => e.memberId !== b.members.m1.id);
    for (const entry of others) expect((await request(t, b.as.member1, "GET", `${url}/entries/${entry.id}`)).statusCode).toBe(404);
  });
});
