import { and, asc, eq, gte, isNull, like } from "drizzle-orm";
import type { CreateNomination, NominationDetail } from "../../../shared/contracts/recognition.contract";
import { addDays } from "../../../shared/dates";
import type { Executor } from "../../db/client";
import { type Ctx, SYSTEM_USER_ID, actingAs } from "../../http/context";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "../organizations/organizations.table";
import { recordHonour } from "../recognition/honours.service";
import { actOnNomination, findObjection, recordObjection } from "../recognition/recognition-actions.service";
import { createNomination } from "../recognition/recognition.service";
import { publicityEndsOn } from "../recognition/recognition.rules";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";
import { DEMO_HONOURS_2025, DEMO_NOMINATIONS, type DemoNominee, type DemoNominationSpec } from "./demo-recognition";

export interface DemoCareRefs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

/** The story's "today": the demo's reference date, whatever day the demo is started. */
const REFERENCE_DAY = "2026-11-25";
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
/** The branches with a secretary's account nominate as that account; the others as their officer (the system, audited as such). */
const NOMINATORS: Record<string, string> = { "QS-CUN01": "cun01_shuji", "QS-SQ-ZB1": "sq01_shuji" };

/** Nominees of working age: the deeds are a working member's (floods, cooperatives, night patrols). */
const BORN_FROM = "1966-01-01";

/** The full, active members of working age of an organization's subtree in a fixed order (the dataset is seeded, so is this). */
async function fullMembersUnder(tx: Executor, orgPath: string): Promise<string[]> {
  const rows = await tx
    .select({ id: membersTable.id })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(orgPath)), eq(membersTable.standing, "active"), eq(membersTable.status, "full"), gte(membersTable.birthDate, BORN_FROM), isNull(membersTable.archivedAt)))
    .orderBy(asc(membersTable.joinedOn), asc(membersTable.name), asc(membersTable.idNumberMasked));
  return rows.map((r) => r.id);
}

async function currentOfficer(tx: Executor, orgId: string, post: string): Promise<string> {
  const [row] = await tx
    .select({ memberId: orgOfficersTable.memberId })
    .from(orgOfficersTable)
    .where(and(eq(orgOfficersTable.orgId, orgId), eq(orgOfficersTable.post, post), isNull(orgOfficersTable.endedOn)))
    .limit(1);
  if (!row?.memberId) throw new Error(`demo recognition: ${orgId} has no ${post}`);
  return row.memberId;
}

/**
 * The demo's nominations and honours (demo-recognition.ts), written through the module's services as the
 * branch's officer and the town committee's officer (qs_admin) record them, each act on its own day, so
 * every HON rule holds for them. Returns the counts for the seed's summary.
 */
export async function seedDemoRecognition(tx: Executor, ctx: Ctx, refs: DemoCareRefs): Promise<Record<string, number>> {
  const base: Ctx = { ...ctx, db: tx, clock: () => at(REFERENCE_DAY) };
  const on = (c: Ctx, day: string): Ctx => ({ ...c, clock: () => at(day) });
  const town = refs.orgs.get("QS")!;
  const committee = actingAs(base, refs.users.get("qs_admin")!, town);
  const nominatorOf = (orgCode: string) => {
    const org = refs.orgs.get(orgCode)!;
    const username = NOMINATORS[orgCode];
    const user = username ? refs.users.get(username)! : { id: SYSTEM_USER_ID, username: "system", displayName: "系统", role: "branch_officer", memberId: null };
    return actingAs(base, user, org);
  };
  const nomineeOf = async (orgCode: string, nominee: DemoNominee): Promise<Pick<CreateNomination, "memberId" | "nomineeOrgId">> => {
    const org = refs.orgs.get(orgCode)!;
    if ("org" in nominee) return { nomineeOrgId: refs.orgs.get(nominee.org)!.id };
    if ("username" in nominee) return { memberId: refs.users.get(nominee.username)!.memberId! };
    if ("officer" in nominee) return { memberId: await currentOfficer(tx, org.id, nominee.officer) };
    const members = await fullMembersUnder(tx, org.path);
    return { memberId: members[nominee.member]! };
  };

  const counts = { nominations: 0, published: 0, honours: 0 };
  for (const spec of DEMO_NOMINATIONS) {
    const created = await createNomination(on(nominatorOf(spec.orgCode), spec.submittedOn), {
      year: 2026,
      honour: spec.honour,
      deeds: spec.deeds,
      ...(await nomineeOf(spec.orgCode, spec.nominee)),
    });
    counts.nominations += 1;
    const published = await reviewAsCommittee(committee, on, created, spec);
    if (published) counts.published += 1;
  }

  for (const spec of DEMO_HONOURS_2025) {
    const nominee = await nomineeOf(spec.orgCode, spec.nominee);
    await recordHonour(committee, {
      honour: spec.honour,
      year: spec.year,
      memberId: nominee.memberId ?? null,
      orgId: nominee.nomineeOrgId ?? null,
      conferredBy: spec.conferredBy,
      conferredOn: spec.conferredOn,
    });
    counts.honours += 1;
  }
  return { ...counts, honours: counts.honours + counts.published };
}

/**
 * The committee's part of one nomination: reject, or shortlist with an objection during publicity (found
 * on its third day when the story says so), the decision two days after publicity and the publication.
 */
async function reviewAsCommittee(committee: Ctx, on: (c: Ctx, day: string) => Ctx, created: NominationDetail, spec: DemoNominationSpec): Promise<boolean> {
  const { review } = spec;
  if (!review) return false;
  if ("rejectedOn" in review) {
    await actOnNomination(on(committee, review.rejectedOn), created.id, { action: "reject", note: review.note });
    return false;
  }
  const startsOn = review.shortlistedOn;
  await actOnNomination(on(committee, startsOn), created.id, { action: "shortlist", note: review.note });
  const endsOn = publicityEndsOn(startsOn, committee.config.care.publicityDays);
  if (spec.objection) {
    const receivedOn = addDays(startsOn, 1) < endsOn ? addDays(startsOn, 1) : endsOn;
    const withObjection = await recordObjection(on(committee, receivedOn), created.id, { receivedOn, content: spec.objection.content });
    if (spec.objection.finding) {
      const { finding, note } = spec.objection.finding;
      await findObjection(on(committee, endsOn), created.id, withObjection.objections[0]!.id, { finding, note });
    }
  }
  if (!spec.decision) return false;
  const decidedOn = addDays(endsOn, 2);
  await actOnNomination(on(committee, decidedOn), created.id, { action: "decide", decision: spec.decision.decision, note: spec.decision.note });
  if (!spec.publishedOn) return false;
  await actOnNomination(on(committee, spec.publishedOn > decidedOn ? spec.publishedOn : decidedOn), created.id, { action: "publish" });
  return true;
}
