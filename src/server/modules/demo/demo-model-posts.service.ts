import { and, asc, eq, isNull, like } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type Ctx, actingAs } from "../../http/context";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { addPostEntry } from "../model-posts/model-post-entries.service";
import { createPost, endPost } from "../model-posts/model-posts.service";
import { orgsTable } from "../organizations/organizations.table";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";
import { DEMO_POSTS } from "./demo-model-posts";

export interface DemoCareRefs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

/** The story's "today": the demo's reference date, whatever day the demo is started. */
const REFERENCE_DAY = "2026-11-25";
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
/** The branches with a secretary's account record their own posts; the town committee's officer the others'. */
const RECORDERS: Record<string, string> = { "QS-CUN01": "cun01_shuji", "QS-SQ-ZB1": "sq01_shuji" };

/** The active members of an organization's subtree in a fixed order (the dataset is seeded, so is this). */
async function activeMembersUnder(tx: Executor, orgPath: string): Promise<string[]> {
  const rows = await tx
    .select({ id: membersTable.id })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(orgPath)), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt)))
    .orderBy(asc(membersTable.joinedOn), asc(membersTable.name), asc(membersTable.idNumberMasked));
  return rows.map((r) => r.id);
}

/**
 * The demo's model posts and responsibility areas (demo-model-posts.ts), written through the module's
 * services as the branch's secretary or the committee's officer would record them, each act on its own
 * day, so every POST rule holds for them. Returns the counts for the seed's summary.
 */
export async function seedDemoModelPosts(tx: Executor, ctx: Ctx, refs: DemoCareRefs): Promise<Record<string, number>> {
  const base: Ctx = { ...ctx, db: tx, clock: () => at(REFERENCE_DAY) };
  const members = new Map<string, string[]>();
  let posts = 0;
  let entries = 0;
  let ended = 0;
  for (const spec of DEMO_POSTS) {
    const org = refs.orgs.get(spec.orgCode)!;
    const recorder = refs.users.get(RECORDERS[spec.orgCode] ?? "qs_admin")!;
    const recorderOrg = refs.orgs.get(RECORDERS[spec.orgCode] ? spec.orgCode : "QS")!;
    const as = (day: string): Ctx => ({ ...actingAs(base, recorder, recorderOrg), clock: () => at(day) });
    if (!members.has(org.code)) members.set(org.code, await activeMembersUnder(tx, org.path));
    const roster = members.get(org.code)!;
    const memberId = "username" in spec.holder ? refs.users.get(spec.holder.username)!.memberId! : roster[spec.holder.index % roster.length]!;
    const day = (mmdd: string) => `${spec.year}-${mmdd}`;
    const { entries: deeds, ended: end, orgCode: _code, holder: _holder, startedOn, ...content } = spec;
    const post = await createPost(as(day(startedOn)), { ...content, safetyKind: content.safetyKind ?? null, orgId: org.id, memberId, startedOn: day(startedOn) });
    posts++;
    for (const [mmdd, text] of deeds) {
      await addPostEntry(as(day(mmdd)), post.id, { occurredOn: day(mmdd), content: text });
      entries++;
    }
    if (end) {
      await endPost(as(day(end[0])), post.id, { endedOn: day(end[0]), reason: end[1] });
      ended++;
    }
  }
  return { posts, entries, ended };
}
