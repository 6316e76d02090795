import { randomBytes, randomInt } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { CreateMember } from "../src/shared/contracts/members.contract";
import { addYears } from "../src/shared/dates";
import type { Gender, OrgDomain, OrgKind, Role } from "../src/shared/domain";
import { idCheckChar } from "../src/shared/id-number";
import type { Ctx } from "../src/server/http/context";
import { hashPassword } from "../src/server/security/password";
import { createMemberIn } from "../src/server/modules/members/member-edit.service";
import { createOrgIn } from "../src/server/modules/organizations/organizations.service";
import type { OrgRow } from "../src/server/modules/organizations/organizations.repository";
import { createUserIn } from "../src/server/modules/users/users.service";

const suffix = () => randomBytes(4).toString("hex");

/** An organization with a unique code; a committee at the top unless a parent is given. */
export async function buildOrganization(
  system: Ctx,
  options: { parent?: OrgRow; kind?: OrgKind; name?: string; domain?: OrgDomain } = {},
): Promise<OrgRow> {
  const kind = options.kind ?? (options.parent ? "branch" : "committee");
  const code = `T-${kind.slice(0, 3)}-${suffix()}`;
  return createOrgIn(system.db, system, {
    code,
    name: options.name ?? `测试${kind}${code}`,
    kind,
    domain: options.domain ?? "community",
    unitName: null,
    parentId: options.parent?.id ?? null,
  });
}

export const TEST_PASSWORD = "Test2026pass";
let testPasswordHash: Promise<string> | undefined;

/** A user bound to an organization, with the shared test password. */
export async function buildUser(system: Ctx, options: { role: Role; org: OrgRow; username?: string; memberId?: string }) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const { user } = await createUserIn(system.db, system, {
    username: options.username ?? `u_${options.role}_${suffix()}`,
    displayName: `测试用户${suffix()}`,
    role: options.role,
    orgId: options.org.id,
    passwordHash: await testPasswordHash,
    memberId: options.memberId ?? null,
  });
  return user;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; "x-csrf-token": string };
}

/** Signs in through the API and returns what later requests must send. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const { csrfToken } = response.json() as { csrfToken: string };
  return { cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
}

/** A committee with two branches, a group in the first, and a user of each role. */
export async function buildOrgTreeWithUsers(system: Ctx) {
  const committee = await buildOrganization(system, { name: "测试镇党委" });
  const branchA = await buildOrganization(system, { parent: committee, name: "甲村党支部", domain: "rural" });
  const branchB = await buildOrganization(system, { parent: committee, name: "乙社区党支部" });
  const groupA1 = await buildOrganization(system, { parent: branchA, kind: "group", name: "甲村第一党小组" });
  const otherCommittee = await buildOrganization(system, { name: "另一镇党委" });
  const admin = await buildUser(system, { role: "admin", org: committee });
  const orgAdmin = await buildUser(system, { role: "org_admin", org: committee });
  const officerA = await buildUser(system, { role: "branch_officer", org: branchA });
  const officerB = await buildUser(system, { role: "branch_officer", org: branchB });
  const memberA = await buildUser(system, { role: "member", org: branchA });
  return { committee, branchA, branchB, groupA1, otherCommittee, users: { admin, orgAdmin, officerA, officerB, memberA } };
}

const usedIdNumbers = new Set<string>();

/** A valid GB 11643-1999 ID number for the birth date and gender, unique in this test run. */
export function buildIdNumber(birthDate = `19${randomInt(50, 96)}-0${randomInt(1, 10)}-1${randomInt(0, 10)}`, gender: Gender = "male"): string {
  for (;;) {
    const sequence = randomInt(0, 499) * 2 + (gender === "male" ? 1 : 2);
    const body = `110105${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
    const id = body + idCheckChar(body);
    if (!usedIdNumbers.has(id)) {
      usedIdNumbers.add(id);
      return id;
    }
  }
}

/**
 * A full member created through the member service (validated and audited), with a unique ID and
 * phone number; `birthDate` picks the ID number's birth date. Answers the row and the plain numbers.
 */
export async function buildMember(system: Ctx, options: Partial<CreateMember> & { org: OrgRow; birthDate?: string }) {
  const { org, birthDate = "1980-05-15", ...overrides } = options;
  const gender = overrides.gender ?? "male";
  const joinedOn = overrides.joinedOn ?? addYears(birthDate, 25);
  const input: CreateMember = {
    orgId: org.id,
    name: `党员${randomBytes(2).toString("hex")}`,
    gender,
    ethnicity: "汉族",
    idNumber: buildIdNumber(birthDate, gender),
    phone: `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`,
    joinedOn,
    fullMemberOn: overrides.status === "probationary" ? null : addYears(joinedOn, 1),
    status: "full",
    ...overrides,
  };
  const row = await createMemberIn(system.db, system, input);
  return { ...row, idNumber: input.idNumber, phone: input.phone ?? null };
}

/** A session for each user of buildOrgTreeWithUsers, signed in through the API. */
export async function signInTree(app: FastifyInstance, tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>) {
  const { admin, orgAdmin, officerA, officerB, memberA } = tree.users;
  return {
    admin: await signIn(app, admin.username),
    orgAdmin: await signIn(app, orgAdmin.username),
    officerA: await signIn(app, officerA.username),
    officerB: await signIn(app, officerB.username),
    memberA: await signIn(app, memberA.username),
  };
}
