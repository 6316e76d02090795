// The demo's members' needs (demo-member-needs.ts), each step taken through the module's services on
// its own day, by whoever takes it in the story: the branch's secretary account (cun01_shuji,
// sq01_shuji) or, for the branches without an account, their officer (the system, audited as such);
// the town committee (qs_admin) once a need is escalated; the member — cun01_dangyuan's own account,
// or for members without an account, the member's side recorded by the system — for ratings,
// reopening and withdrawal. So every NEED rule holds for the demo's records.
import { and, asc, eq, isNull, like, notExists, sql } from "drizzle-orm";
import type { NeedDetail } from "../../../shared/contracts/member-needs.contract";
import type { Executor } from "../../db/client";
import { type Ctx, SYSTEM_USER_ID, actingAs } from "../../http/context";
import { pathPrefix } from "../access/access.repository";
import { actOnNeed } from "../member-needs/member-need-actions.service";
import { fileNeed } from "../member-needs/member-needs.service";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";
import { DEMO_NEEDS, type DemoNeedSpec } from "./demo-member-needs";

export interface DemoCareRefs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

/** The branches whose secretary has a demo account; the others act through their officer, the system. */
const OFFICERS: Record<string, string> = { "QS-CUN01": "cun01_shuji", "QS-SQ-ZB1": "sq01_shuji" };
/** Filing in the morning; each later step of a need a few minutes after the one before, so the record keeps its order. */
const at = (day: string, step: number) => new Date(`${day}T${step === 0 ? "09:30" : `15:${String(10 + step * 3).padStart(2, "0")}`}:00+08:00`);

interface DemoMember {
  id: string;
  name: string;
  org: DemoOrgRef;
}

/**
 * The ordinary members of a branch's subtree in a fixed order (the dataset is seeded, so is this): on
 * the roster and reachable, holding no post and no account.
 */
async function ordinaryMembersUnder(tx: Executor, orgPath: string): Promise<DemoMember[]> {
  const rows = await tx
    .select({ id: membersTable.id, name: membersTable.name, org: { id: orgsTable.id, code: orgsTable.code, name: orgsTable.name, kind: orgsTable.kind, path: orgsTable.path } })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(
      and(
        like(orgsTable.path, pathPrefix(orgPath)),
        eq(membersTable.standing, "active"),
        eq(membersTable.isLostContact, false),
        isNull(membersTable.archivedAt),
        notExists(tx.select({ one: sql`1` }).from(orgOfficersTable).where(and(eq(orgOfficersTable.memberId, membersTable.id), isNull(orgOfficersTable.endedOn)))),
        notExists(tx.select({ one: sql`1` }).from(usersTable).where(eq(usersTable.memberId, membersTable.id))),
      ),
    )
    .orderBy(asc(membersTable.joinedOn), asc(membersTable.name), asc(membersTable.idNumberMasked));
  return rows;
}

/** The demo's needs, as of 2026-11-25. Returns the counts for the seed's summary. */
export async function seedDemoMemberNeeds(tx: Executor, ctx: Ctx, refs: DemoCareRefs): Promise<Record<string, number>> {
  const base: Ctx = { ...ctx, db: tx };
  const town = refs.orgs.get("QS")!;
  const committee = actingAs(base, refs.users.get("qs_admin")!, town);
  const account = refs.users.get("cun01_dangyuan")!;
  const accountMember = { id: account.memberId!, name: account.displayName, org: await orgOfMember(tx, refs, account.memberId!) };
  const membersOf = new Map<string, DemoMember[]>();
  const counts = { needs: 0, open: 0, escalated: 0, private: 0, rated: 0 };

  for (const spec of DEMO_NEEDS) {
    const branch = refs.orgs.get(spec.orgCode)!;
    if (!membersOf.has(spec.orgCode)) membersOf.set(spec.orgCode, await ordinaryMembersUnder(tx, branch.path));
    const member = spec.member === "account" ? accountMember : membersOf.get(spec.orgCode)![spec.member];
    if (!member) throw new Error(`demo needs: ${spec.orgCode} has no ordinary member ${String(spec.member)}`);
    const memberSide = spec.member === "account" ? actingAs(base, account, accountMember.org) : actingAs(base, standIn(member.name, "member", member.id), member.org);
    const officerName = OFFICERS[spec.orgCode];
    const branchSide = actingAs(base, officerName ? refs.users.get(officerName)! : standIn("系统", "branch_officer", null), branch);
    const need = await recordNeed(spec, member, { member: memberSide, branch: branchSide, committee });
    counts.needs += 1;
    if (need.status !== "resolved" && need.status !== "withdrawn") counts.open += 1;
    if (need.escalatedAt) counts.escalated += 1;
    if (need.isPrivate) counts.private += 1;
    if (need.rating) counts.rated += 1;
  }
  return counts;
}

/** Someone without a demo account, acting as the system: audited as "system", named on nothing. */
const standIn = (displayName: string, role: "member" | "branch_officer", memberId: string | null) => ({ id: SYSTEM_USER_ID, username: "system", displayName, role, memberId });

async function orgOfMember(tx: Executor, refs: DemoCareRefs, memberId: string): Promise<DemoOrgRef> {
  const [row] = await tx.select({ code: orgsTable.code }).from(membersTable).innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId)).where(eq(membersTable.id, memberId));
  return refs.orgs.get(row!.code)!;
}

/** One need's story: filed (by the member's account, or by the branch on the member's behalf), then each step on its day. */
async function recordNeed(spec: DemoNeedSpec, member: DemoMember, sides: { member: Ctx; branch: Ctx; committee: Ctx }): Promise<NeedDetail> {
  const on = (c: Ctx, day: string, step: number): Ctx => ({ ...c, clock: () => at(day, step) });
  const filer = spec.member === "account" ? sides.member : sides.branch;
  let need = await fileNeed(on(filer, spec.filedOn, 0), {
    ...(spec.member === "account" ? {} : { memberId: member.id }),
    category: spec.category,
    title: spec.title,
    description: spec.description,
    urgency: spec.urgency ?? "normal",
    isPrivate: spec.isPrivate ?? false,
  });
  for (const [i, step] of spec.steps.entries()) {
    const isMemberStep = step.do === "rate" || step.do === "reopen" || step.do === "withdraw";
    // Once escalated, the committee works the need (and again when the member reopens it).
    const side = isMemberStep ? sides.member : need.handlingOrg.id === need.org.id ? sides.branch : sides.committee;
    const input = step.do === "rate" ? { action: "rate" as const, rating: step.rating, note: step.note ?? "" } : { action: step.do, note: step.note };
    need = await actOnNeed(on(side, step.on, i + 1), need.id, input);
  }
  return need;
}
