// Writes the demo's year of organizational life (demo-org-life.ts) in bulk inside the demo seed's
// transaction: about a thousand meetings with their attendance are a handful of multi-row INSERTs,
// where the one-by-one service path would add tens of seconds to the first start. The counts, the
// quorum flag and the motions' outcomes come from the meetings module's own rules.
import { and, eq, isNull } from "drizzle-orm";
import type { OrgKind } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { membersTable } from "../members/members.table";
import { readAttendance } from "../org-life/meeting-attendance.rules";
import { countColumns } from "../org-life/meetings.service";
import { meetingAttendancesTable, meetingsTable } from "../org-life/org-life.table";
import { orgOfficersTable } from "../organizations/organizations.table";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";
import { type DemoLifeMember, type DemoLifeOrg, type DemoMeeting, buildDemoOrgLife } from "./demo-org-life";

const BATCH = 500;

export async function seedDemoOrgLife(
  tx: Executor,
  ctx: Ctx,
  refs: {
    orgs: ReadonlyMap<string, DemoOrgRef & { unitName: string | null; establishedOn: string | null }>;
    users: ReadonlyMap<string, DemoUserRef>;
    /** Each branch's officer account, by org code: the one who records and signs off its meetings. */
    recorders: ReadonlyMap<string, string>;
  },
): Promise<{ meetings: number; attendances: number; drifting: string[] }> {
  const orgs = [...refs.orgs.values()];
  const codeById = new Map(orgs.map((o) => [o.id, o.code]));
  const members = await tx
    .select({ id: membersTable.id, name: membersTable.name, status: membersTable.status, isMobile: membersTable.isMobile, orgId: membersTable.orgId })
    .from(membersTable)
    .where(and(eq(membersTable.standing, "active"), isNull(membersTable.archivedAt)));
  const officers = await tx
    .select({ orgId: orgOfficersTable.orgId, memberId: orgOfficersTable.memberId, post: orgOfficersTable.post, name: orgOfficersTable.name })
    .from(orgOfficersTable)
    .where(isNull(orgOfficersTable.endedOn));
  const lifeMembers: (DemoLifeMember & { path: string })[] = members.map((m) => {
    const code = codeById.get(m.orgId)!;
    return { id: m.id, name: m.name, isFull: m.status === "full", isMobile: m.isMobile, orgCode: code, path: refs.orgs.get(code)!.path };
  });
  const lifeOrgs: DemoLifeOrg[] = orgs.map((org) => {
    const own = officers.filter((o) => o.orgId === org.id);
    const secretary = own.find((o) => o.post === "secretary") ?? own.find((o) => o.post === "deputy_secretary");
    return {
      code: org.code,
      kind: org.kind as OrgKind,
      unitName: org.unitName,
      // A branch's meetings are for its members and its party groups' (the materialized path).
      members: lifeMembers.filter((m) => (org.kind === "committee" || org.kind === "general_branch" ? false : m.path.startsWith(org.path))),
      officerIds: [secretary, ...own.filter((o) => o !== secretary)].flatMap((o) => (o?.memberId ? [o.memberId] : [])),
      secretaryName: secretary?.name ?? null,
      establishedOn: org.establishedOn,
    };
  });
  // A committee's or general branch's own committee meets with its officers, who are members elsewhere.
  for (const org of lifeOrgs.filter((o) => o.kind === "committee" || o.kind === "general_branch")) {
    org.members = lifeMembers.filter((m) => org.officerIds.includes(m.id));
  }
  const drifting = driftingMembers(lifeOrgs, refs.users);
  const meetings = buildDemoOrgLife(lifeOrgs, ctx.config.orgLife, drifting);
  const { recorders } = refs;
  let attendances = 0;
  for (let i = 0; i < meetings.length; i += BATCH) {
    const batch = meetings.slice(i, i + BATCH);
    const rows = await tx
      .insert(meetingsTable)
      .values(batch.map((m) => toMeetingRow(m, refs.orgs.get(m.orgCode)!.id, recorders.get(m.orgCode) ?? null)))
      .returning({ id: meetingsTable.id });
    const orgIdByMember = new Map(lifeMembers.map((m) => [m.id, refs.orgs.get(m.orgCode)!.id]));
    const attendanceRows = batch.flatMap((m, j) =>
      m.attendance.map((a) => ({ meetingId: rows[j]!.id, memberId: a.memberId, orgId: orgIdByMember.get(a.memberId)!, heldOn: m.heldOn, status: a.status, reason: a.reason, isVoter: a.isVoter })),
    );
    for (let k = 0; k < attendanceRows.length; k += BATCH * 4) await tx.insert(meetingAttendancesTable).values(attendanceRows.slice(k, k + BATCH * 4));
    attendances += attendanceRows.length;
  }
  return { meetings: meetings.length, attendances, drifting: [...drifting] };
}

function toMeetingRow(m: DemoMeeting, orgId: string, recordedBy: string | null): typeof meetingsTable.$inferInsert {
  // The meetings module's own counting: quorum (条例 §11/§12) and each motion's outcome.
  const { summary, resolutions } = readAttendance(
    m.type,
    m.attendance.map((a) => ({ ...a, excludedFromQuorum: false })),
    m.resolutions,
  );
  return {
    orgId,
    type: m.type,
    topic: m.topic,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    place: m.place,
    hostName: m.hostName,
    lecturerName: m.lecturerName,
    agenda: m.agenda,
    minutes: m.minutes,
    tags: m.tags,
    resolutions,
    ...countColumns(summary),
    status: m.signedOff ? "signed_off" : "draft",
    signedOffAt: m.signedOff ? new Date(`${m.heldOn}T12:00:00+08:00`) : null,
    signedOffBy: m.signedOff ? recordedBy : null,
    signedOffName: m.signedOff ? m.hostName : null,
    recordedBy,
  };
}

/**
 * Two ordinary members of 青山村 who stopped coming (neither an officer, nor mobile, nor a demo
 * account's own record): the no-organizational-life list then has one warning and one over the limit.
 */
function driftingMembers(orgs: readonly DemoLifeOrg[], users: ReadonlyMap<string, DemoUserRef>): Set<string> {
  const village = orgs.find((o) => o.code === "QS-CUN01");
  if (!village) return new Set();
  const accounts = new Set([...users.values()].flatMap((u) => (u.memberId ? [u.memberId] : [])));
  const ordinary = village.members.filter((m) => m.isFull && !village.officerIds.includes(m.id) && !m.isMobile && !accounts.has(m.id));
  return new Set([ordinary[7], ordinary[15]].flatMap((m) => (m ? [m.id] : [])));
}
