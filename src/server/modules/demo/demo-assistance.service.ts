import { and, asc, eq, isNull, like, sql } from "drizzle-orm";
import type { CareRecipientKind } from "../../../shared/care";
import { addDays, addYears, toDayNumber } from "../../../shared/dates";
import type { Executor } from "../../db/client";
import { type Ctx, actingAs } from "../../http/context";
import { createCampaign } from "../assistance/assistance-campaigns.service";
import { createRecipient, endRecipient } from "../assistance/assistance-people.service";
import { careCampaignTargetsTable as targets, careRecipientsTable as recipients } from "../assistance/assistance.table";
import { prefillTargets } from "../assistance/assistance-targets.service";
import { recordVisit } from "../assistance/assistance-visits.service";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { DEMO_CAMPAIGNS, DEMO_EVERYDAY_HELP, DEMO_RECORDS_2025, DEMO_RECORDS_2026, type DemoCampaign, type DemoMemberPick, type DemoRecord, demoGift } from "./demo-assistance";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";

export interface DemoCareRefs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

/** The story's "today": the demo's reference date, whatever day the demo is started. */
const REFERENCE_DAY = "2026-11-25";
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
/** The organization each demo account belongs to (demo-dataset's users). */
const USER_ORGS: Record<string, string> = { qs_admin: "QS", cun01_shuji: "QS-CUN01", sq01_shuji: "QS-SQ-ZB1" };
/** People the visits never reach this year (living with children far away, in hospital elsewhere): the 本年未走访 list. */
const UNREACHED_SHARE = 0.11;

/** A stable number in [0, 1) for a text: decisions follow the person, not the order rows come back in. */
function roll(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

/**
 * The demo's help and visits (帮扶、走访慰问), as of the demo date (2026-11-25), through the assistance
 * services as the demo's accounts would record them: the people recorded beyond the roster (masses
 * with their consent), the town committee's Spring Festival campaign (almost everyone visited) and
 * 七一 campaign (about half), 青山村's own 重阳节 visits, and everyday help over the year — with a few
 * people nobody reached, so the not-visited lists mean something. Returns the counts for the summary.
 */
export async function seedDemoAssistance(tx: Executor, ctx: Ctx, refs: DemoCareRefs): Promise<Record<string, number>> {
  const as = (username: string, day: string) =>
    actingAs({ ...ctx, db: tx, clock: () => at(day) }, refs.users.get(username)!, refs.orgs.get(USER_ORGS[username]!)!);
  const recorderOf = (orgCode: string) => (orgCode.startsWith("QS-CUN01") ? "cun01_shuji" : orgCode.startsWith("QS-SQ-ZB1") ? "sq01_shuji" : "qs_admin");
  const counts = { recipients: 0, campaigns: 0, targets: 0, visits: 0, ended: 0 };
  const ended: { id: string; record: DemoRecord }[] = [];

  const record = async (records: DemoRecord[]) => {
    for (const r of records) {
      const memberId = r.member ? await pickMember(tx, refs, r.member) : null;
      const org = refs.orgs.get(r.orgCode)!;
      const created = await createRecipient(as("qs_admin", REFERENCE_DAY), {
        kind: r.kind,
        memberId,
        orgId: memberId ? null : org.id,
        personName: r.personName ?? null,
        relation: r.relation ?? null,
        address: r.address ?? null,
        difficulty: r.difficulty,
        consentOn: r.consentOn ?? null,
        consentNote: r.consentNote ?? null,
        startedOn: r.startedOn,
      });
      counts.recipients++;
      if (r.ended) ended.push({ id: created.id, record: r });
    }
  };

  const visit = async (recorder: string, person: DemoTarget, input: { visitedOn: string; visitors: string[]; kind: string; amountFen: number | null; notes: string; campaignId?: string }) => {
    await recordVisit(as(recorder, REFERENCE_DAY), {
      memberId: person.recipientId ? null : person.memberId,
      recipientId: person.recipientId,
      visitedOn: input.visitedOn,
      visitors: input.visitors,
      kind: input.kind as never,
      amountFen: input.amountFen,
      notes: input.notes,
      campaignId: input.campaignId ?? null,
    });
    counts.visits++;
  };

  const runCampaign = async (spec: DemoCampaign) => {
    const planner = as(spec.planner, spec.plannedOn);
    const year = Number(spec.startsOn.slice(0, 4));
    const campaign = await createCampaign(planner, { orgId: refs.orgs.get(spec.orgCode)!.id, year, kind: spec.kind, title: spec.title, startsOn: spec.startsOn, dueOn: spec.dueOn, notes: spec.notes });
    counts.campaigns++;
    counts.targets += (await prefillTargets(planner, campaign.id, { visitorName: "" })).added;
    const span = toDayNumber(spec.dueOn) - toDayNumber(spec.startsOn);
    const people = await findDemoTargets(tx, campaign.id);
    for (const person of people) {
      if (isUnreached(person)) continue;
      const r = roll(`${spec.key}:${person.key}`);
      const visitedOn = addDays(spec.startsOn, Math.floor(roll(`${spec.key}:day:${person.key}`) * (span + 1)));
      if (r < spec.coverage) {
        const gift = demoGift(spec.key, person.kind, roll(`${spec.key}:gift:${person.key}`));
        const visitors = [person.visitorName || "镇党委组织委员", ...(spec.key === "spring" ? ["镇联村干部"] : [])];
        await visit(recorderOf(person.orgCode), person, { visitedOn, visitors, ...gift, notes: `${spec.title}：${notesOf(person.kind)}`, campaignId: campaign.id });
      } else if (spec.key === "july" && r < spec.coverage + 0.08) {
        // Met on other business in the window: not recorded under the campaign, yet the person was reached (AID-12).
        await visit(recorderOf(person.orgCode), person, { visitedOn, visitors: [person.visitorName || "支部组织委员"], kind: "talk", amountFen: null, notes: "参加村（社区）议事时顺访，了解近况" });
      }
    }
    return people;
  };

  await record(DEMO_RECORDS_2025);
  await runCampaign(DEMO_CAMPAIGNS[0]!);
  await record(DEMO_RECORDS_2026);
  const july = await runCampaign(DEMO_CAMPAIGNS[1]!);
  await runCampaign(DEMO_CAMPAIGNS[2]!);

  // Everyday help through the year, outside the campaigns, for about a quarter of the people.
  for (const person of july) {
    if (isUnreached(person) || roll(`everyday:${person.key}`) >= 0.25) continue;
    const from = person.startedOn && person.startedOn > "2026-03-01" ? person.startedOn : "2026-03-01";
    const until = person.endedOnPlanned && person.endedOnPlanned < "2026-11-20" ? person.endedOnPlanned : "2026-11-20";
    const day = addDays(from, Math.floor(roll(`everyday:day:${person.key}`) * (toDayNumber(until) - toDayNumber(from) + 1)));
    const help = DEMO_EVERYDAY_HELP[Math.floor(roll(`everyday:kind:${person.key}`) * DEMO_EVERYDAY_HELP.length)]!;
    await visit(recorderOf(person.orgCode), person, { visitedOn: day, visitors: [person.visitorName || "支部组织委员"], ...help });
  }

  for (const { id, record: r } of ended) {
    await endRecipient(as("qs_admin", REFERENCE_DAY), id, { endedOn: r.ended!.on, reason: r.ended!.reason });
    counts.ended++;
  }
  return counts;
}

/** Everything a visit to a target needs, with a key that follows the person (organization code and name), not random ids. */
interface DemoTarget {
  key: string;
  memberId: string | null;
  recipientId: string | null;
  kind: CareRecipientKind;
  visitorName: string;
  orgCode: string;
  startedOn: string | null;
  endedOnPlanned: string | null;
}

const isUnreached = (person: DemoTarget) => roll(`unreached:${person.key}`) < UNREACHED_SHARE;

const ENDED_ON = new Map([...DEMO_RECORDS_2025, ...DEMO_RECORDS_2026].filter((r) => r.ended && r.personName).map((r) => [r.personName!, r.ended!.on]));

/** A campaign's targets in a stable order: by organization code, then name and birth date. */
async function findDemoTargets(tx: Executor, campaignId: string): Promise<DemoTarget[]> {
  const rows = await tx
    .select({
      memberId: targets.memberId,
      recipientId: targets.recipientId,
      kind: targets.kind,
      visitorName: targets.visitorName,
      orgCode: orgsTable.code,
      name: sql<string>`coalesce(${recipients.personName}, ${membersTable.name})`,
      birthDate: membersTable.birthDate,
      startedOn: recipients.startedOn,
    })
    .from(targets)
    .innerJoin(orgsTable, eq(orgsTable.id, targets.orgId))
    .leftJoin(membersTable, and(eq(membersTable.id, targets.memberId), isNull(targets.recipientId)))
    .leftJoin(recipients, eq(recipients.id, targets.recipientId))
    .where(and(eq(targets.campaignId, campaignId), isNull(targets.archivedAt)))
    .orderBy(asc(orgsTable.code));
  return rows
    .map((r) => ({
      key: `${r.orgCode}:${r.name}:${r.birthDate ?? ""}`,
      memberId: r.memberId,
      recipientId: r.recipientId,
      kind: r.kind as CareRecipientKind,
      visitorName: r.visitorName,
      orgCode: r.orgCode,
      startedOn: r.startedOn,
      endedOnPlanned: r.recipientId ? (ENDED_ON.get(r.name) ?? null) : null,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The nth active member (by birth date, then name) of an organization's subtree who is struggling, senior, or neither, on the demo day. */
async function pickMember(tx: Executor, refs: DemoCareRefs, pick: DemoMemberPick): Promise<string> {
  const org = refs.orgs.get(pick.orgCode)!;
  const senior = sql`coalesce(${membersTable.birthDate} <= ${addYears(REFERENCE_DAY, -70)} OR ${membersTable.fullMemberOn} <= ${addYears(REFERENCE_DAY, -50)}, false)`;
  const which = pick.which === "struggling" ? sql`${membersTable.isStruggling}` : pick.which === "senior" ? senior : sql`NOT ${membersTable.isStruggling} AND NOT ${senior}`;
  const rows = await tx
    .select({ id: membersTable.id })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, `${org.path}%`), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt), which))
    .orderBy(asc(membersTable.birthDate), asc(membersTable.name))
    .limit(1)
    .offset(pick.nth);
  if (!rows[0]) throw new Error(`demo: no ${pick.which} member #${pick.nth} under ${pick.orgCode}`);
  return rows[0].id;
}

function notesOf(kind: CareRecipientKind): string {
  switch (kind) {
    case "struggling_member":
      return "送去慰问金，了解家庭生活困难，帮助协调子女助学";
    case "senior_member":
      return "看望老党员，听取对党组织工作的意见建议";
    case "long_ill_member":
      return "看望慰问，了解治疗情况和医疗费用负担";
    case "deceased_member_family":
      return "看望去世党员家属，送去慰问品";
    case "masses":
      return "走访困难群众，了解生活所需";
  }
}
