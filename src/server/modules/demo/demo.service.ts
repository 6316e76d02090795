import type { Ctx } from "../../http/context";
import type { Db } from "../../db/client";
import { ROLE_LABELS } from "../../../shared/domain";
import { hashPassword } from "../../security/password";
import { hasAuditAction, recordAudit } from "../audit/audit.service";
import type { CreateMemberEvent } from "../../../shared/contracts/members.contract";
import { createMembers } from "../members/member-edit.service";
import { recordMemberEventIn } from "../members/member-events.service";
import { createOrgOfficer } from "../organizations/org-officers.service";
import { createOrgIn, hasAnyOrg, updateOrgIn } from "../organizations/organizations.service";
import { createUserIn } from "../users/users.service";
import { buildDemoDataset } from "./demo-dataset";
import { DEMO_DEVELOPMENT_CASES } from "./demo-development";
import { type DemoOrgRef, type DemoUserRef, seedDemoDevelopment } from "./demo-development.service";
import type { DemoEvent } from "./demo-lifecycle";
import { seedDemoOrgLife } from "./demo-org-life.service";
import { seedDemoEvaluation } from "./demo-evaluation.service";
import { seedDemoSecretaryProjects } from "./demo-secretary-projects.service";
import { seedDemoMemberNeeds } from "./demo-member-needs.service";
import { seedDemoAssistance } from "./demo-assistance.service";
import { seedDemoModelPosts } from "./demo-model-posts.service";
import { seedDemoRecognition } from "./demo-recognition.service";

export { hasAnyOrg };

const JOINT_BRANCH_CODE = "QS-SHZZ";
const JOINT_BRANCH_ESTABLISHED_ON = "2026-04-15";

/**
 * Writes the demo dataset through the modules' own services, in one transaction: every org, term,
 * member, officer and account is validated and audited like any other, and a failure leaves nothing.
 */
export async function seedDemo(ctx: Ctx, onProgress: (done: number, total: number) => void = () => {}) {
  const data = buildDemoDataset();
  const total = data.orgs.length + data.members.length + data.officers.length + data.users.length + DEMO_DEVELOPMENT_CASES;
  // Hash outside the transaction: argon2 is slow on purpose, and one hash serves every demo account.
  const hashes = new Map<string, string>();
  for (const password of new Set(data.users.map((u) => u.password))) hashes.set(password, await hashPassword(password));

  return ctx.db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    const orgRows = new Map<string, DemoOrgRef & { unitName: string | null; establishedOn: string | null }>();
    for (const org of data.orgs) {
      const parentId = org.parentCode ? orgIds.get(org.parentCode)! : null;
      const row = await createOrgIn(tx, ctx, { code: org.code, name: org.name, kind: org.kind, domain: org.domain, unitName: org.unitName, parentId });
      orgIds.set(org.code, row.id);
      orgRows.set(org.code, row);
      onProgress(orgIds.size, total);
    }
    const created = await createMembers(
      ctx,
      tx,
      data.members.map(({ orgCode, birthDate: _fromIdNumber, events: _later, ...m }) => ({ ...m, orgId: orgIds.get(orgCode)! })),
    );
    const memberIds = created.map((m) => m.id);
    // Mobility, lost contact, suspension and a pending transfer: through the events service and its rules.
    for (const [i, member] of data.members.entries()) {
      for (const event of member.events) await recordMemberEventIn(tx, ctx, memberIds[i]!, toMemberEvent(event, orgIds));
    }
    onProgress(data.orgs.length + memberIds.length, total);
    const memberIdByIdNumber = new Map(data.members.map((m, i) => [m.idNumber, memberIds[i]!]));
    // Terms and officers go through the organizations service, which opens its own transaction: given
    // the seed's, that becomes a savepoint inside it, so the seed stays one unit.
    const inSeed: Ctx = { ...ctx, db: tx };
    for (const org of data.orgs) {
      if (org.termStartedOn) await updateOrgIn(tx, ctx, orgIds.get(org.code)!, { termStartedOn: org.termStartedOn });
    }
    // The joint branch of the town's social organizations was set up in April 2026: it owes no
    // organizational life for the periods before (rules.md §2.3, DANGJIAN_PARTIAL_PERIOD_OWED).
    const jointBranch = await updateOrgIn(tx, ctx, orgIds.get(JOINT_BRANCH_CODE)!, { establishedOn: JOINT_BRANCH_ESTABLISHED_ON });
    orgRows.set(JOINT_BRANCH_CODE, jointBranch);
    for (const [i, officer] of data.officers.entries()) {
      await createOrgOfficer(inSeed, orgIds.get(officer.orgCode)!, {
        post: officer.post,
        memberId: memberIdByIdNumber.get(officer.memberIdNumber)!,
        startedOn: officer.startedOn,
      });
      onProgress(data.orgs.length + memberIds.length + i + 1, total);
    }
    const done = data.orgs.length + memberIds.length + data.officers.length;
    const userRows = new Map<string, DemoUserRef>();
    for (const [i, user] of data.users.entries()) {
      const account = await createUserIn(tx, ctx, {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        orgId: orgIds.get(user.orgCode)!,
        passwordHash: hashes.get(user.password)!,
        memberId: user.memberIdNumber ? memberIdByIdNumber.get(user.memberIdNumber) ?? null : null,
      });
      userRows.set(user.username, { ...account.user, role: user.role });
      onProgress(done + i + 1, total);
    }
    // Member development, recorded by the demo's branch secretaries and the committee's officer.
    const development = await seedDemoDevelopment(tx, ctx, { data, orgs: orgRows, users: userRows }, (i) =>
      onProgress(done + data.users.length + i, total),
    );
    const recorders = new Map(data.users.filter((u) => u.role === "branch_officer").map((u) => [u.orgCode, userRows.get(u.username)!.id]));
    const { drifting, ...orgLife } = await seedDemoOrgLife(tx, ctx, { orgs: orgRows, users: userRows, recorders });
    const evaluation = await seedDemoEvaluation(tx, ctx, { orgs: orgRows, users: userRows, overdueMemberId: drifting[0] ?? null });
    const secretaries = new Map(data.officers.filter((o) => o.post === "secretary").map((o) => [o.orgCode, memberIdByIdNumber.get(o.memberIdNumber)!]));
    const secretaryProjects = await seedDemoSecretaryProjects(tx, ctx, { orgs: orgRows, users: userRows, secretaries });
    // Caring (issue 8): needs, help and visits, posts, recognition.
    const careRefs = { orgs: orgRows, users: userRows };
    const memberNeeds = await seedDemoMemberNeeds(tx, ctx, careRefs);
    const assistance = await seedDemoAssistance(tx, ctx, careRefs);
    const modelPosts = await seedDemoModelPosts(tx, ctx, careRefs);
    const recognition = await seedDemoRecognition(tx, ctx, careRefs);
    const summary = {
      orgs: data.orgs.length,
      members: memberIds.length,
      officers: data.officers.length,
      users: data.users.length,
      development,
      orgLife,
      evaluation,
      secretaryProjects,
      memberNeeds,
      assistance,
      modelPosts,
      recognition,
    };
    await recordAudit(tx, ctx, { action: "seed.demo", entityType: "system", after: summary });
    return summary;
  });
}

function toMemberEvent(event: DemoEvent, orgIds: Map<string, string>): CreateMemberEvent {
  if (event.type !== "transfer_out") return event;
  const { toOrgCode, ...rest } = event;
  return { ...rest, toOrgId: orgIds.get(toOrgCode)! };
}

/** The start banner's list of demo accounts, shown only when the demo seed wrote them. */
export async function describeDemoAccounts(db: Db): Promise<string | null> {
  if (!(await hasAuditAction(db, "seed.demo"))) return null;
  const lines = buildDemoDataset().users.map(
    (u) => `  ${u.username.padEnd(16)} ${u.password.padEnd(14)} ${ROLE_LABELS[u.role]}（${u.note}）`,
  );
  return ["演示账号（仅演示数据使用公开的已知密码；正式使用请勿生成演示数据，系统不设任何默认密码）：", ...lines].join("\n");
}
