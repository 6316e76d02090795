import { and, eq, isNull, like, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { careRecipientsTable as recipients } from "./assistance.table";
import { type PeopleContext, memberKindConditions, rowsOf } from "./assistance-people.repository";
import { PERSON_KINDS } from "./assistance.rules";

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** The current secretary's name of an organization (org_officers), as a scalar subquery. */
const secretaryOf = (orgId: ReturnType<typeof sql>) =>
  sql`(SELECT oo.name FROM org_officers oo WHERE oo.org_id = ${orgId} AND oo.post = 'secretary' AND oo.ended_on IS NULL ORDER BY oo.started_on DESC LIMIT 1)`;

/**
 * Adds every person cared for under `subtreePath` (within the caller's scope) as a target of the
 * campaign, in ONE statement (INSERT … SELECT): struggling, senior and recorded members, and the
 * families and masses cared for now. Nobody who was ever a target of the campaign comes back (a
 * removed target stays removed; AID-10). The visitor is the one given, or the secretary of the
 * target's organization (of its branch, for a party group). Answers how many were added.
 */
export async function insertPrefilledTargets(
  db: Executor,
  scope: Scope,
  campaignId: string,
  subtreePath: string,
  c: PeopleContext,
  defaults: { visitorName: string; dueOn: string },
): Promise<number> {
  const kinds = memberKindConditions(c.senior, c.today);
  const members = sql`SELECT ${membersTable.orgId} AS org_id, ${membersTable.id} AS member_id, NULL::uuid AS recipient_id,
      CASE WHEN ${kinds.struggling_member} THEN 'struggling_member' WHEN ${kinds.long_ill_member} THEN 'long_ill_member' ELSE 'senior_member' END AS kind
    FROM ${membersTable} INNER JOIN ${orgsTable} ON ${orgsTable.id} = ${membersTable.orgId}
    WHERE ${and(
      isNull(membersTable.archivedAt),
      eq(membersTable.standing, "active"),
      orgInScope(scope, membersTable.orgId),
      like(orgsTable.path, pathPrefix(subtreePath)),
      sql`(${kinds.struggling_member} OR ${kinds.senior_member} OR ${kinds.long_ill_member})`,
    )}`;
  const people = sql`SELECT ${recipients.orgId} AS org_id, NULL::uuid AS member_id, ${recipients.id} AS recipient_id, ${recipients.kind} AS kind
    FROM ${recipients} INNER JOIN ${orgsTable} ON ${orgsTable.id} = ${recipients.orgId}
    WHERE ${and(
      isNull(recipients.archivedAt),
      isNull(recipients.endedOn),
      sql`${recipients.kind} IN (${list(PERSON_KINDS)})`,
      orgInScope(scope, recipients.orgId),
      like(orgsTable.path, pathPrefix(subtreePath)),
    )}`;
  const visitor = defaults.visitorName
    ? sql`${defaults.visitorName}`
    : sql`coalesce(${secretaryOf(sql`p.org_id`)}, ${secretaryOf(sql`(SELECT po.parent_id FROM orgs po WHERE po.id = p.org_id)`)}, '')`;
  const [row] = await rowsOf<{ added: number }>(
    db,
    sql`WITH p AS (${members} UNION ALL ${people}),
      ins AS (
        INSERT INTO care_campaign_targets (campaign_id, org_id, member_id, recipient_id, kind, visitor_name, due_on)
        SELECT ${campaignId}::uuid, p.org_id, p.member_id, p.recipient_id, p.kind, ${visitor}, ${defaults.dueOn}::date
        FROM p
        WHERE NOT EXISTS (
          SELECT 1 FROM care_campaign_targets x WHERE x.campaign_id = ${campaignId}::uuid
            AND CASE WHEN p.recipient_id IS NULL THEN x.member_id = p.member_id AND x.recipient_id IS NULL ELSE x.recipient_id = p.recipient_id END)
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::int AS added FROM ins`,
  );
  return row?.added ?? 0;
}
