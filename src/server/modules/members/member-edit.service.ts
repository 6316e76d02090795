import type { CreateMember, MemberDetail, UpdateMember } from "../../../shared/contracts/members.contract";
import type { OrgKind } from "../../../shared/domain";
import { maskIdNumber, maskPhone, parseIdNumber } from "../../../shared/id-number";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit, recordAudits } from "../audit/audit.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { memberAbilities } from "./members.policy";
import { createIdNumberTakenError, createMemberOrgKindError, createMemberRuleError, createMemberWriteForbiddenError } from "./members.errors";
import {
  ID_NUMBER_UNIQUE_INDEX,
  type MemberRow,
  type NewMemberRow,
  findTakenIdNumberHashes,
  insertMemberRows,
  isIdNumberHashTaken,
  isUniqueViolation,
  updateMemberRow,
} from "./members.repository";
import { type MemberFacts, canHoldMembers, checkMemberFacts } from "./members.rules";
import { getMember, idNumberLookupHash, memberSnapshot, phoneLookupHash, requireMemberInScope, todayOf } from "./members.service";

/** The columns of a valid ID number: encrypted, its lookup hash, its masked form and the birth date it carries. */
function idNumberColumns(ctx: Ctx, idNumber: string, today: string) {
  const parsed = parseIdNumber(idNumber, today);
  if (!parsed.ok) throw new RangeError("idNumberColumns expects a checked ID number");
  const value = parsed.value.idNumber;
  return { idNumberCipher: ctx.pii.encrypt(value), idNumberHash: idNumberLookupHash(ctx, value), idNumberMasked: maskIdNumber(value), birthDate: parsed.value.birthDate };
}

function phoneColumns(ctx: Ctx, phone: string | null) {
  const value = phone?.trim() || null;
  return value
    ? { phoneCipher: ctx.pii.encrypt(value), phoneHash: phoneLookupHash(ctx, value), phoneMasked: maskPhone(value) }
    : { phoneCipher: null, phoneHash: null, phoneMasked: null };
}

/**
 * One member as a row, after the rules that tie identity and dates together (checkMemberFacts: the
 * ID check character, gender agreement, date order, DEV-01, DEV-21); `prefix` places a bulk row's fields.
 */
function toNewMemberRow(ctx: Ctx, input: CreateMember, today: string, prefix = ""): NewMemberRow {
  const issues = checkMemberFacts({ ...input, fullMemberOn: input.fullMemberOn ?? null }, today);
  if (issues.length > 0) throw createMemberRuleError(issues, prefix);
  return {
    orgId: input.orgId,
    name: input.name,
    gender: input.gender,
    ethnicity: input.ethnicity,
    ...idNumberColumns(ctx, input.idNumber, today),
    ...phoneColumns(ctx, input.phone ?? null),
    nativePlace: input.nativePlace ?? null,
    education: input.education ?? null,
    occupation: input.occupation ?? null,
    workUnit: input.workUnit ?? null,
    post: input.post ?? null,
    address: input.address ?? null,
    joinedOn: input.joinedOn,
    fullMemberOn: input.fullMemberOn ?? null,
    status: input.status,
    isMobile: input.isMobile ?? false,
    isStruggling: input.isStruggling ?? false,
    isLostContact: input.isLostContact ?? false,
  };
}

/** The organization must be in scope (else 404) and hold members (MEM-01). */
async function requireMemberOrg(db: Executor, ctx: Ctx, orgId: string, field = "orgId") {
  const org = await requireOrgInScope(db, ctx.actor.scope, orgId);
  if (!canHoldMembers(org.kind as OrgKind)) throw createMemberOrgKindError(org.kind as OrgKind, field);
  return org;
}

/** A duplicate that slipped past the check (a concurrent insert) is the same 409. */
async function insertChecked(db: Executor, rows: NewMemberRow[], field: string): Promise<MemberRow[]> {
  try {
    return await insertMemberRows(db, rows);
  } catch (error) {
    if (isUniqueViolation(error, ID_NUMBER_UNIQUE_INDEX)) throw createIdNumberTakenError(field);
    throw error;
  }
}

export async function createMember(ctx: Ctx, input: CreateMember): Promise<MemberDetail> {
  const row = await ctx.db.transaction((tx) => createMemberIn(tx, ctx, input));
  return getMember(ctx, row.id);
}

/** Create inside the caller's transaction, audited with it. */
export async function createMemberIn(tx: Executor, ctx: Ctx, input: CreateMember): Promise<MemberRow> {
  if (!can(ctx.actor, "member.create")) throw createMemberWriteForbiddenError();
  await requireMemberOrg(tx, ctx, input.orgId);
  const row = toNewMemberRow(ctx, input, todayOf(ctx));
  // One record per person in the whole system, whoever's scope holds it (rules.md §7.2: by keyed hash).
  if (await isIdNumberHashTaken(tx, row.idNumberHash)) throw createIdNumberTakenError();
  const [created] = await insertChecked(tx, [row], "idNumber");
  await recordAudit(tx, ctx, { action: "member.create", entityType: "member", entityId: created!.id, orgId: created!.orgId, after: memberSnapshot(created!) });
  return created!;
}

/**
 * Bulk creation inside the caller's transaction (the demo seed): every row passes the same checks as
 * a single create, errors name the row (`members.<i>.<field>`), and each member is audited.
 * Answers the rows in the order given.
 */
export async function createMembers(ctx: Ctx, tx: Executor, members: CreateMember[]): Promise<MemberRow[]> {
  if (!can(ctx.actor, "member.create")) throw createMemberWriteForbiddenError();
  const today = todayOf(ctx);
  const checkedOrgs = new Set<string>();
  for (const [i, m] of members.entries()) {
    if (checkedOrgs.has(m.orgId)) continue;
    await requireMemberOrg(tx, ctx, m.orgId, `members.${i}.orgId`);
    checkedOrgs.add(m.orgId);
  }
  const rows = members.map((m, i) => toNewMemberRow(ctx, m, today, `members.${i}.`));
  const taken = await findTakenIdNumberHashes(tx, rows.map((r) => r.idNumberHash));
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    if (taken.has(r.idNumberHash) || seen.has(r.idNumberHash)) throw createIdNumberTakenError(`members.${i}.idNumber`);
    seen.add(r.idNumberHash);
  }
  const created: MemberRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const byHash = new Map((await insertChecked(tx, batch, "members")).map((r) => [r.idNumberHash, r]));
    // In the input's order, which RETURNING does not promise.
    const inserted = batch.map((r) => byHash.get(r.idNumberHash)!);
    await recordAudits(
      tx,
      ctx,
      inserted.map((row) => ({ action: "member.create", entityType: "member", entityId: row.id, orgId: row.orgId, after: memberSnapshot(row) })),
    );
    created.push(...inserted);
  }
  return created;
}

async function updateChecked(db: Executor, id: string, changes: Partial<NewMemberRow>): Promise<MemberRow> {
  try {
    return await updateMemberRow(db, id, changes);
  } catch (error) {
    if (isUniqueViolation(error, ID_NUMBER_UNIQUE_INDEX)) throw createIdNumberTakenError();
    throw error;
  }
}

/** The edited fields whose value changed; personal numbers compared by their hashes, never logged. */
function changedFields(before: MemberRow, after: MemberRow): string[] {
  const compared = ["name", "gender", "ethnicity", "nativePlace", "education", "occupation", "workUnit", "post", "address", "joinedOn", "fullMemberOn", "status", "isStruggling"] as const;
  return [
    ...(before.idNumberHash !== after.idNumberHash ? ["idNumber"] : []),
    ...(before.phoneHash !== after.phoneHash ? ["phone"] : []),
    ...compared.filter((k) => before[k] !== after[k]),
  ];
}

const FACT_FIELDS = ["idNumber", "gender", "joinedOn", "fullMemberOn", "status"] as const satisfies readonly (keyof MemberFacts)[];

/**
 * Edits what the form shows. The organization, mobility and lost contact change only through events
 * (the schema refuses them); facts are checked again, together, when any of them changes.
 */
export async function updateMember(ctx: Ctx, id: string, patch: UpdateMember): Promise<MemberDetail> {
  await ctx.db.transaction(async (tx) => {
    const before = await requireMemberInScope(tx, ctx.actor.scope, id, { forUpdate: true });
    // The same rule the page shows: a closed record is corrected by the committee, not the branch.
    if (!memberAbilities(ctx.actor, before).canUpdate) throw createMemberWriteForbiddenError();
    const today = todayOf(ctx);
    const { orgId: _org, isMobile: _mobile, isLostContact: _lost, idNumber, phone, ...plain } = patch;
    const changes: Partial<NewMemberRow> = { ...plain };
    if (FACT_FIELDS.some((f) => patch[f] !== undefined)) {
      const facts: MemberFacts = {
        idNumber: idNumber ?? ctx.pii.decrypt(before.idNumberCipher),
        gender: patch.gender ?? (before.gender as MemberFacts["gender"]),
        joinedOn: patch.joinedOn ?? before.joinedOn,
        fullMemberOn: patch.fullMemberOn === undefined ? before.fullMemberOn : patch.fullMemberOn,
        status: patch.status ?? (before.status as MemberFacts["status"]),
      };
      const issues = checkMemberFacts(facts, today);
      if (issues.length > 0) throw createMemberRuleError(issues);
    }
    if (idNumber !== undefined) {
      Object.assign(changes, idNumberColumns(ctx, idNumber, today));
      if (changes.idNumberHash !== before.idNumberHash && (await isIdNumberHashTaken(tx, changes.idNumberHash!, id))) throw createIdNumberTakenError();
    }
    if (phone !== undefined) Object.assign(changes, phoneColumns(ctx, phone));
    const after = await updateChecked(tx, id, changes);
    await recordAudit(tx, ctx, {
      action: "member.update",
      entityType: "member",
      entityId: id,
      orgId: after.orgId,
      before: memberSnapshot(before),
      after: { ...memberSnapshot(after), changed: changedFields(before, after) },
    });
  });
  return getMember(ctx, id);
}

/**
 * Conversion to full membership, decided by the development procedure (DEV-23c: full membership from
 * the end of the probation), inside its transaction and audited with it.
 */
export async function convertMemberIn(tx: Executor, ctx: Ctx, id: string, fullMemberOn: string): Promise<MemberRow> {
  const before = await requireMemberInScope(tx, ctx.actor.scope, id, { forUpdate: true });
  if (!can(ctx.actor, "member.update")) throw createMemberWriteForbiddenError();
  const after = await updateMemberRow(tx, id, { status: "full", fullMemberOn });
  await recordAudit(tx, ctx, { action: "member.convert", entityType: "member", entityId: id, orgId: after.orgId, before: memberSnapshot(before), after: memberSnapshot(after) });
  return after;
}
