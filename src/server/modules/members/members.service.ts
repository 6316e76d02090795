import type { Page, PageQuery } from "../../../shared/contracts/common.contract";
import type {
  FindMembersQuery,
  IncomingTransfer,
  MemberDetail,
  MemberListItem,
  MemberPage,
  MemberPii,
} from "../../../shared/contracts/members.contract";
import { chinaToday } from "../../../shared/dates";
import {
  EDUCATIONS,
  OCCUPATIONS,
  type Education,
  type Gender,
  type MemberStanding,
  type MemberStatus,
  type Occupation,
} from "../../../shared/domain";
import { ageOn, normalizeIdNumber } from "../../../shared/id-number";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import type { Scope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { createMemberNotFoundError, createMemberWriteForbiddenError, createPiiForbiddenError } from "./members.errors";
import { canViewMemberPii, memberAbilities, memberListAbilities } from "./members.policy";
import { type MemberRow, findIncomingTransferRows, findMemberRows, getMemberRow, getMemberView, isIdNumberHashTaken } from "./members.repository";
import { type SeniorRule, isSenior, partyAge } from "./members.rules";

/** Today in China, the day every age, party age and event date is reckoned on. */
export const todayOf = (ctx: Pick<Ctx, "clock">) => chinaToday(ctx.clock());
export const seniorRuleOf = (ctx: Pick<Ctx, "config">): SeniorRule => ({ minAge: ctx.config.seniorMinAge, minPartyAge: ctx.config.seniorMinPartyAge });

/** The keyed hashes that find a member by ID or phone without querying plaintext (rules.md §7.2). */
export const idNumberLookupHash = (ctx: Pick<Ctx, "pii">, idNumber: string) => ctx.pii.lookupHash(normalizeIdNumber(idNumber));
/** Whether a person is on the roster anywhere (the development module asks before taking an applicant). */
export const isIdNumberRegistered = (db: Executor, hash: string) => isIdNumberHashTaken(db, hash);
export const phoneLookupHash = (ctx: Pick<Ctx, "pii">, phone: string) => ctx.pii.lookupHash(phone.trim());

// Rows written before the statistics codes (e.g. an old demo seed's Chinese labels) show as unknown, not as a 500.
const asEducation = (value: string | null) => (EDUCATIONS as readonly string[]).includes(value ?? "") ? (value as Education) : null;
const asOccupation = (value: string | null) => (OCCUPATIONS as readonly string[]).includes(value ?? "") ? (value as Occupation) : null;

/** A roster row as lists show it: ID and phone masked, ages reckoned on `today`. */
export function toMemberListItem(row: MemberRow, orgName: string, today: string, senior: SeniorRule): MemberListItem {
  const age = ageOn(row.birthDate, today);
  const years = partyAge(row.fullMemberOn, today);
  return {
    id: row.id,
    orgId: row.orgId,
    orgName,
    name: row.name,
    gender: row.gender as Gender,
    ethnicity: row.ethnicity,
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
    birthDate: row.birthDate,
    age,
    education: asEducation(row.education),
    occupation: asOccupation(row.occupation),
    joinedOn: row.joinedOn,
    fullMemberOn: row.fullMemberOn,
    partyAge: years,
    status: row.status as MemberStatus,
    standing: row.standing as MemberStanding,
    isMobile: row.isMobile,
    isStruggling: row.isStruggling,
    isLostContact: row.isLostContact,
    isSenior: isSenior(age, years, senior),
  };
}

/**
 * What the audit log keeps of a member: ID and phone masked only, and no address, so the log never
 * becomes a second copy of the personal data (rules.md §7.2). Updates also name the changed fields.
 */
export const memberSnapshot = (r: MemberRow) => ({
  orgId: r.orgId,
  name: r.name,
  gender: r.gender,
  ethnicity: r.ethnicity,
  idNumber: r.idNumberMasked,
  phone: r.phoneMasked,
  nativePlace: r.nativePlace,
  education: r.education,
  occupation: r.occupation,
  workUnit: r.workUnit,
  post: r.post,
  joinedOn: r.joinedOn,
  fullMemberOn: r.fullMemberOn,
  status: r.status,
  standing: r.standing,
  isMobile: r.isMobile,
  isStruggling: r.isStruggling,
  isLostContact: r.isLostContact,
  pendingTransferOrgId: r.pendingTransferOrgId,
});

/** One member in the caller's scope; 404 when missing or out of scope. */
export async function requireMemberInScope(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}): Promise<MemberRow> {
  const row = await getMemberRow(db, scope, id, options);
  if (!row) throw createMemberNotFoundError();
  return row;
}

export async function findMembers(ctx: Ctx, query: FindMembersQuery): Promise<MemberPage> {
  // `orgId` lists that organization's whole subtree, and must itself be in scope (else 404).
  const org = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : null;
  const today = todayOf(ctx);
  const senior = seniorRuleOf(ctx);
  const { items, total } = await findMemberRows(ctx.db, ctx.actor.scope, query, {
    subtree: org ? { orgId: org.id, path: org.path } : undefined,
    idNumberHash: query.idNumber ? idNumberLookupHash(ctx, query.idNumber) : undefined,
    phoneHash: query.phone ? phoneLookupHash(ctx, query.phone) : undefined,
    today,
    senior,
  });
  return {
    items: items.map((r) => toMemberListItem(r.member, r.orgName, today, senior)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: memberListAbilities(ctx.actor),
  };
}

export async function getMember(ctx: Ctx, id: string): Promise<MemberDetail> {
  const view = await getMemberView(ctx.db, ctx.actor.scope, id);
  if (!view) throw createMemberNotFoundError();
  const { member } = view;
  return {
    ...toMemberListItem(member, view.orgName, todayOf(ctx), seniorRuleOf(ctx)),
    nativePlace: member.nativePlace,
    workUnit: member.workUnit,
    post: member.post,
    address: member.address,
    pendingTransferOrg: member.pendingTransferOrgId ? { id: member.pendingTransferOrgId, name: view.pendingOrgName ?? "" } : null,
    createdAt: member.createdAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
    abilities: memberAbilities(ctx.actor, member),
  };
}

/**
 * The full ID and phone numbers. Every call is audited — who, when, whose — but never the values:
 * the log must not become a second copy of the personal data (rules.md §7.2, PIPL §51).
 */
export async function getMemberPii(ctx: Ctx, id: string): Promise<MemberPii> {
  const member = await requireMemberInScope(ctx.db, ctx.actor.scope, id);
  if (!canViewMemberPii(ctx.actor, member)) throw createPiiForbiddenError();
  const pii = { idNumber: ctx.pii.decrypt(member.idNumberCipher), phone: member.phoneCipher ? ctx.pii.decrypt(member.phoneCipher) : null };
  await recordAudit(ctx.db, ctx, {
    action: "member.view_pii",
    entityType: "member",
    entityId: member.id,
    orgId: member.orgId,
    after: { name: member.name, fields: pii.phone ? ["idNumber", "phone"] : ["idNumber"] },
  });
  return pii;
}

/** Transfers waiting for one of the caller's organizations to accept them (TR-03); masked. */
export async function findIncomingTransfers(ctx: Ctx, query: PageQuery): Promise<Page<IncomingTransfer>> {
  if (!can(ctx.actor, "member.record_event")) throw createMemberWriteForbiddenError();
  const { items, total } = await findIncomingTransferRows(ctx.db, ctx.actor.scope, query);
  return {
    items: items.map((r) => ({
      id: r.member.id,
      name: r.member.name,
      gender: r.member.gender as Gender,
      idNumberMasked: r.member.idNumberMasked,
      status: r.member.status as MemberStatus,
      fromOrg: { id: r.member.orgId, name: r.fromOrgName },
      toOrg: { id: r.member.pendingTransferOrgId!, name: r.toOrgName },
      transferOutOn: r.transferOutOn ?? null,
      letterNumber: r.letterNumber ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
