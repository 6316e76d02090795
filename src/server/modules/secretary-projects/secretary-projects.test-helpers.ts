import type { ProjectContent } from "../../../shared/contracts/secretary-projects.contract";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree } from "../../../../test/factories";
import type { TestApp } from "../../../../test/server";
import { createOrgOfficer } from "../organizations/org-officers.service";
import {
  secretaryProjectIndicatorsTable,
  secretaryProjectMilestonesTable,
  secretaryProjectsTable,
  secretaryProjectVersionsTable,
} from "./secretary-projects.table";

/**
 * The organizations of the project API tests: the test tree (a committee with branches A and B, a party
 * group in A, another committee; its admin is bound to the committee and reviews the committee's own
 * project, which has no committee above). Each branch and the town committee has a registered secretary; branch A has
 * two members with accounts (one in its group) who may vote; the other committee has an org_admin.
 */
export async function buildProjectTree(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const member = (org: typeof tree.branchA, name: string) => buildMember(t.system, { org, name, joinedOn: "2005-06-01", fullMemberOn: "2006-06-01" });
  const secretaryA = await member(tree.branchA, "甲村书记");
  const secretaryB = await member(tree.branchB, "乙社区书记");
  const voterA1 = await member(tree.groupA1, "甲村党员一");
  const voterA2 = await member(tree.branchA, "甲村党员二");
  const townSecretary = await member(tree.branchA, "镇党委书记");
  await createOrgOfficer(t.system, tree.branchA.id, { post: "secretary", memberId: secretaryA.id, startedOn: "2024-01-01" });
  await createOrgOfficer(t.system, tree.branchB.id, { post: "secretary", memberId: secretaryB.id, startedOn: "2024-01-01" });
  await createOrgOfficer(t.system, tree.committee.id, { post: "secretary", memberId: townSecretary.id, startedOn: "2022-01-01" });
  const users = {
    voterA1: await buildUser(t.system, { role: "member", org: tree.groupA1, memberId: voterA1.id }),
    voterA2: await buildUser(t.system, { role: "member", org: tree.branchA, memberId: voterA2.id }),
    otherCommitteeAdmin: await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee }),
  };
  const as = {
    ...(await signInTree(t.app, tree)),
    voterA1: await signIn(t.app, users.voterA1.username),
    voterA2: await signIn(t.app, users.voterA2.username),
    otherCommitteeAdmin: await signIn(t.app, users.otherCommitteeAdmin.username),
  };
  return { tree, members: { secretaryA, secretaryB, voterA1, voterA2, townSecretary }, users, as };
}
export type ProjectTree = Awaited<ReturnType<typeof buildProjectTree>>;

/** A valid proposal's content for `year`: two indicators (one going down) and three milestones. */
export const validContent = (year = 2026, overrides: Partial<ProjectContent> = {}): ProjectContent => ({
  title: "党建引领美丽乡村建设",
  category: "party_building",
  problem: "村内环境卫生长效管理不到位，党员作用发挥不明显，群众意见较大。",
  resources: "支部委员 5 人，党员志愿者 20 人，村集体经费 5 万元",
  indicators: [
    { name: "党员志愿服务参与率", unit: "%", baseline: 40, target: 80 },
    { name: "群众投诉件数", unit: "件", baseline: 30, target: 10 },
  ],
  milestones: [
    { title: "制定方案，划分党员责任区", dueOn: `${year}-03-31`, ownerName: "甲村书记" },
    { title: "开展环境整治集中行动", dueOn: `${year}-06-30`, ownerName: "组织委员" },
    { title: "建立长效管理机制并总结", dueOn: `${year}-11-30`, ownerName: "甲村书记" },
  ],
  ...overrides,
});

/**
 * An approved project written straight into the tables (not through the API), for the tests of the
 * year's work and the year end: it does not depend on the proposal service. For a branch of the test
 * tree, `reviewingOrgId` is `tree.committee.id`.
 */
export async function insertApprovedProject(
  t: TestApp,
  options: { orgId: string; reviewingOrgId: string | null; secretaryMemberId: string; year?: number; status?: string; content?: ProjectContent },
) {
  const year = options.year ?? 2026;
  const content = options.content ?? validContent(year);
  const db = t.system.db;
  const [project] = await db
    .insert(secretaryProjectsTable)
    .values({
      orgId: options.orgId,
      year,
      secretaryMemberId: options.secretaryMemberId,
      title: content.title,
      category: content.category,
      problem: content.problem,
      resources: content.resources,
      status: options.status ?? "approved",
      reviewingOrgId: options.reviewingOrgId,
      approvedVersionNo: 1,
      approvedOn: `${year}-01-20`,
    })
    .returning();
  const indicators = await db
    .insert(secretaryProjectIndicatorsTable)
    .values(content.indicators.map((i, position) => ({ projectId: project!.id, name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, position })))
    .returning();
  const milestones = await db
    .insert(secretaryProjectMilestonesTable)
    .values(content.milestones.map((m, position) => ({ projectId: project!.id, title: m.title, dueOn: m.dueOn, ownerName: m.ownerName, position })))
    .returning();
  await db.insert(secretaryProjectVersionsTable).values({ projectId: project!.id, no: 1, kind: "proposal", content, status: "approved", decidedAt: new Date() });
  return { project: project!, indicators, milestones };
}

// The request helpers every API test shares.
export { type Method, ok, refused, request } from "../../../../test/requests";

