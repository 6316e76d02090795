import type { Page } from "../../../shared/contracts/common.contract";
import type { CreateUser, FindUsersQuery, UpdateUser, User } from "../../../shared/contracts/users.contract";
import type { OrgKind, Role } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { hashPassword } from "../../security/password";
import { can } from "../access/access.policy";
import { ROLE_ORG_KINDS, canGrantRole } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { endAllSessions } from "../auth/auth.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { createRoleNotGrantableError, createRoleOrgKindError, createSelfChangeError, createUserNotFoundError, createUsernameTakenError } from "./users.errors";
import { type UserRow, findMemberAccountRows, findUserRows, getUserRow, insertUserRow, isUsernameTaken, updateUserRow } from "./users.repository";

const toUser = (ctx: Ctx, user: UserRow, orgName: string): User => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role as Role,
  orgId: user.orgId,
  orgName,
  isActive: user.isActive,
  createdAt: user.createdAt.toISOString(),
  deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  abilities: { canUpdate: canManage(ctx, user) },
});

/** Never the password hash: what the audit log keeps of a user. */
const snapshot = (u: UserRow) => ({ username: u.username, displayName: u.displayName, role: u.role, orgId: u.orgId, isActive: u.isActive });

const canManage = (ctx: Ctx, user: UserRow) =>
  can(ctx.actor, "user.update") && user.id !== ctx.actor.userId && canGrantRole(ctx.actor.role, user.role as Role);

/** The role must not exceed the granter's, and must fit the kind of organization it is bound to. */
async function checkRoleAndOrg(db: Executor, ctx: Ctx, role: Role, orgId: string) {
  if (!canGrantRole(ctx.actor.role, role)) throw createRoleNotGrantableError(role);
  const org = await requireOrgInScope(db, ctx.actor.scope, orgId);
  const allowed = ROLE_ORG_KINDS[role];
  if (!allowed.includes(org.kind as OrgKind)) throw createRoleOrgKindError(role, org.kind as OrgKind, allowed);
  return org;
}

export async function findUsers(ctx: Ctx, query: FindUsersQuery): Promise<Page<User>> {
  if (!can(ctx.actor, "user.read")) throw createForbiddenError("只有系统管理员和党委管理员可以管理用户");
  const { items, total } = await findUserRows(ctx.db, ctx.actor.scope, query);
  return { items: items.map((r) => toUser(ctx, r.user, r.orgName)), total, page: query.page, pageSize: query.pageSize };
}

export async function createUser(ctx: Ctx, input: CreateUser): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const { user, orgName } = await ctx.db.transaction((tx) => createUserIn(tx, ctx, { ...input, passwordHash }));
  return toUser(ctx, user, orgName);
}

/** Create inside the caller's transaction; the password arrives already hashed. */
export async function createUserIn(
  tx: Executor,
  ctx: Ctx,
  input: Omit<CreateUser, "password"> & { passwordHash: string; memberId?: string | null },
): Promise<{ user: UserRow; orgName: string }> {
  if (!can(ctx.actor, "user.create")) throw createForbiddenError("只有系统管理员和党委管理员可以新建用户");
  const org = await checkRoleAndOrg(tx, ctx, input.role, input.orgId);
  if (await isUsernameTaken(tx, input.username)) throw createUsernameTakenError(input.username);
  const user = await insertUserRow(tx, {
    username: input.username,
    displayName: input.displayName,
    passwordHash: input.passwordHash,
    role: input.role,
    orgId: org.id,
    memberId: input.memberId ?? null,
  });
  await recordAudit(tx, ctx, { action: "user.create", entityType: "user", entityId: user.id, orgId: user.orgId, after: snapshot(user) });
  return { user, orgName: org.name };
}

/** Role, organization or activation changes end every session of the user at once. */
export async function updateUser(ctx: Ctx, id: string, patch: UpdateUser): Promise<User> {
  const found = await getUserRow(ctx.db, ctx.actor.scope, id);
  if (!found) throw createUserNotFoundError();
  const before = found.user;
  if (!can(ctx.actor, "user.update")) throw createForbiddenError("只有系统管理员和党委管理员可以修改用户");
  const changesAccess =
    (patch.role !== undefined && patch.role !== before.role) ||
    (patch.orgId !== undefined && patch.orgId !== before.orgId) ||
    (patch.isActive !== undefined && patch.isActive !== before.isActive);
  if (changesAccess && before.id === ctx.actor.userId) throw createSelfChangeError();
  if (!canGrantRole(ctx.actor.role, before.role as Role)) throw createRoleNotGrantableError(before.role as Role);
  const org = await checkRoleAndOrg(ctx.db, ctx, patch.role ?? (before.role as Role), patch.orgId ?? before.orgId);
  const now = ctx.clock();
  const after = await ctx.db.transaction(async (tx) => {
    const row = await updateUserRow(tx, id, {
      ...patch,
      ...(patch.isActive === false && before.isActive ? { deactivatedAt: now } : {}),
      ...(patch.isActive === true ? { deactivatedAt: null } : {}),
    });
    const endedSessions = changesAccess ? await endAllSessions(tx, id, now) : 0;
    await recordAudit(tx, ctx, {
      action: "user.update",
      entityType: "user",
      entityId: id,
      orgId: row.orgId,
      before: snapshot(before),
      after: { ...snapshot(row), endedSessions },
    });
    return row;
  });
  return toUser(ctx, after, org.name);
}

/**
 * A member's own account follows their transfer in (TR-03), inside the event's transaction: bound to
 * the receiving organization, with every session ended so the next sign-in carries the new scope.
 * Only `member` accounts: an officer's account is bound to the organization they manage, which a
 * transfer of their own membership does not change (that is for whoever manages the accounts).
 */
export async function moveMemberAccounts(tx: Executor, ctx: Ctx, memberId: string, orgId: string, memberEventId: string): Promise<void> {
  const now = ctx.clock();
  for (const before of await findMemberAccountRows(tx, memberId)) {
    if (before.orgId === orgId) continue;
    const after = await updateUserRow(tx, before.id, { orgId });
    const endedSessions = await endAllSessions(tx, before.id, now);
    await recordAudit(tx, ctx, {
      action: "user.update",
      entityType: "user",
      entityId: before.id,
      orgId,
      before: snapshot(before),
      after: { ...snapshot(after), endedSessions, memberEventId },
    });
  }
}
