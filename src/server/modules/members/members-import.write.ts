import { maskIdNumber, maskPhone } from "../../../shared/id-number";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { type AuditRecord, recordAudits } from "../audit/audit.service";
import type { MemberRow } from "./members.repository";
import { idNumberLookupHash, memberSnapshot, phoneLookupHash } from "./members.service";
import type { ImportPlan } from "./members-import.plan";
import { insertImportedMembers, type NewMemberRow, type UpdatableColumn, updateImportedMembers } from "./members-import.repository";
import type { MemberValues } from "./members-import.rows";
import type { MemberColumnKey } from "./members-excel.columns";

/** Rows per INSERT or UPDATE statement. */
export const WRITE_BATCH = 500;

/** The member fields an import sets; the ID number is the key and never changes here. */
const FIELDS = ["name", "gender", "ethnicity", "nativePlace", "education", "occupation", "workUnit", "post", "phone", "address", "joinedOn", "fullMemberOn", "status", "isMobile", "isStruggling", "isLostContact"] as const;
type Field = (typeof FIELDS)[number];

/**
 * Writes a checked plan inside the caller's transaction: multi-row INSERTs for new members, batched
 * UPDATEs for existing ones whose values differ (an unchanged member is neither written nor audited).
 * Every created or changed member gets its own entry, as a single create or edit would
 * (memberSnapshot: masked numbers, no address), so each member's history shows the import.
 */
export async function writeImportPlan(tx: Executor, ctx: Ctx, plan: ImportPlan, sheetColumns: ReadonlySet<MemberColumnKey>, onProgress: (done: number) => void) {
  let done = 0;
  for (let i = 0; i < plan.creates.length; i += WRITE_BATCH) {
    const batch = plan.creates.slice(i, i + WRITE_BATCH);
    const inserted = await insertImportedMembers(tx, batch.map((c) => toNewRow(ctx, c.orgId, c.values)));
    await recordAudits(
      tx,
      ctx,
      inserted.map((row) => ({ action: "member.create", entityType: "member", entityId: row.id, orgId: row.orgId, after: memberSnapshot(row) })),
    );
    onProgress((done += batch.length));
  }

  // Only the sheet's columns are written: a column left out of the file keeps its stored values.
  const fields = FIELDS.filter((f) => sheetColumns.has(f));
  const columns = fields.flatMap((f): UpdatableColumn[] => (f === "phone" ? ["phoneCipher", "phoneHash", "phoneMasked"] : [f]));
  let changed = 0;
  for (let i = 0; i < plan.updates.length; i += WRITE_BATCH) {
    const batch = plan.updates.slice(i, i + WRITE_BATCH);
    const writes: { id: string; values: Partial<NewMemberRow> }[] = [];
    const audits: AuditRecord[] = [];
    for (const { existing, values } of batch) {
      const before = existing.member;
      const phone = before.phoneCipher ? ctx.pii.decrypt(before.phoneCipher) : null;
      const diff = fields.filter((f) => (f === "phone" ? phone : before[f]) !== (values[f] ?? defaultOf(f)));
      if (diff.length === 0) continue;
      const row = toNewRow(ctx, before.orgId, values);
      const set = Object.fromEntries(columns.map((c) => [c, row[c]])) as Partial<NewMemberRow>;
      writes.push({ id: before.id, values: set });
      const after = { ...before, ...set } as MemberRow;
      audits.push({
        action: "member.update",
        entityType: "member",
        entityId: before.id,
        orgId: before.orgId,
        before: memberSnapshot(before),
        after: { ...memberSnapshot(after), changed: diff },
      });
    }
    await updateImportedMembers(tx, ctx.actor.scope, columns, writes);
    await recordAudits(tx, ctx, audits);
    changed += writes.length;
    onProgress((done += batch.length));
  }
  return { created: plan.creates.length, updated: plan.updates.length, changed };
}

const defaultOf = (f: Field) => (f === "isMobile" || f === "isStruggling" || f === "isLostContact" ? false : null);

/** The stored row, as the member service stores one: encrypted, hashed for lookup, masked for lists. */
function toNewRow(ctx: Ctx, orgId: string, v: MemberValues): NewMemberRow {
  const phone = v.phone ?? null;
  return {
    orgId,
    name: v.name,
    gender: v.gender,
    ethnicity: v.ethnicity,
    idNumberCipher: ctx.pii.encrypt(v.idNumber),
    idNumberHash: idNumberLookupHash(ctx, v.idNumber),
    idNumberMasked: maskIdNumber(v.idNumber),
    birthDate: v.birthDate,
    nativePlace: v.nativePlace ?? null,
    education: v.education ?? null,
    occupation: v.occupation ?? null,
    workUnit: v.workUnit ?? null,
    post: v.post ?? null,
    phoneCipher: phone ? ctx.pii.encrypt(phone) : null,
    phoneHash: phone ? phoneLookupHash(ctx, phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    address: v.address ?? null,
    joinedOn: v.joinedOn,
    fullMemberOn: v.fullMemberOn ?? null,
    status: v.status,
    isMobile: v.isMobile ?? false,
    isStruggling: v.isStruggling ?? false,
    isLostContact: v.isLostContact ?? false,
  };
}
