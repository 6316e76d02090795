import type { Gender, MemberStatus } from "../../../shared/domain";
import { maskIdNumber, maskPhone, parseIdNumber } from "../../../shared/id-number";
import type { Ctx } from "../../http/context";
import type { Executor } from "../../db/client";
import { createFieldError } from "../../http/errors";
import { recordAudit } from "../audit/audit.service";
import { insertMemberRows } from "./members.repository";

export interface NewMember {
  orgId: string;
  name: string;
  gender: Gender;
  ethnicity: string;
  idNumber: string;
  phone: string | null;
  education: string | null;
  occupation: string | null;
  joinedOn: string;
  fullMemberOn: string | null;
  status: MemberStatus;
}

/**
 * Bulk creation of members (demo seed now; imports later): each ID number is checked
 * (GB 11643-1999), then stored encrypted with a lookup hash and a masked copy for lists.
 */
export async function createMembers(ctx: Ctx, tx: Executor, members: NewMember[]): Promise<string[]> {
  const today = ctx.clock().toISOString().slice(0, 10);
  const rows = members.map((m, index) => {
    const parsed = parseIdNumber(m.idNumber, today);
    if (!parsed.ok) throw createFieldError("members.id_number_invalid", 400, `members.${index}.idNumber`, parsed.message);
    return {
      orgId: m.orgId,
      name: m.name,
      gender: m.gender,
      ethnicity: m.ethnicity,
      idNumberCipher: ctx.pii.encrypt(parsed.value.idNumber),
      idNumberHash: ctx.pii.lookupHash(parsed.value.idNumber),
      idNumberMasked: maskIdNumber(parsed.value.idNumber),
      birthDate: parsed.value.birthDate,
      phoneCipher: m.phone ? ctx.pii.encrypt(m.phone) : null,
      phoneMasked: m.phone ? maskPhone(m.phone) : null,
      education: m.education,
      occupation: m.occupation,
      joinedOn: m.joinedOn,
      fullMemberOn: m.fullMemberOn,
      status: m.status,
    };
  });
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await insertMemberRows(tx, rows.slice(i, i + 500));
    for (const [k, r] of inserted.entries()) {
      ids.push(r.id);
      const row = rows[i + k]!;
      // The audit log keeps the masked forms only: it must not become a copy of the personal data.
      await recordAudit(tx, ctx, {
        action: "member.create",
        entityType: "member",
        entityId: r.id,
        orgId: row.orgId,
        after: { name: row.name, idNumber: row.idNumberMasked, status: row.status, joinedOn: row.joinedOn },
      });
    }
  }
  return ids;
}
