import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import type { SyntheticOrg } from "./synthetic-tree";

/**
 * Bulk inserts for the synthetic generator: one INSERT … SELECT FROM jsonb_to_recordset($1) per
 * batch — a single parameter, so no limit on parameters, and one round trip per few thousand rows on
 * both PostgreSQL and PGlite.
 */
export async function insertOrgBatch(db: Executor, orgs: SyntheticOrg[]) {
  await db.execute(sql`
    INSERT INTO orgs (id, code, name, kind, domain, parent_id, path, depth)
    SELECT id, code, name, kind, domain, "parentId", path, depth
    FROM jsonb_to_recordset(${JSON.stringify(orgs)}::jsonb)
      AS x(id uuid, code text, name text, kind text, domain text, "parentId" uuid, path text, depth int)`);
}

export interface MemberInsertRow {
  orgId: string;
  name: string;
  gender: string;
  ethnicity: string;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  birthDate: string;
  education: string;
  occupation: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  joinedOn: string;
  fullMemberOn: string | null;
  status: string;
  isMobile: boolean;
  isStruggling: boolean;
  isLostContact: boolean;
}

export async function insertMemberBatch(db: Executor, rows: MemberInsertRow[]) {
  await db.execute(sql`
    INSERT INTO members (org_id, name, gender, ethnicity, id_number_cipher, id_number_hash, id_number_masked, birth_date,
      education, occupation, phone_cipher, phone_hash, phone_masked, joined_on, full_member_on, status,
      is_mobile, is_struggling, is_lost_contact)
    SELECT "orgId", name, gender, ethnicity, "idNumberCipher", "idNumberHash", "idNumberMasked", "birthDate",
      education, occupation, "phoneCipher", "phoneHash", "phoneMasked", "joinedOn", "fullMemberOn", status,
      "isMobile", "isStruggling", "isLostContact"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("orgId" uuid, name text, gender text, ethnicity text,
      "idNumberCipher" text, "idNumberHash" text, "idNumberMasked" text, "birthDate" date, education text, occupation text,
      "phoneCipher" text, "phoneHash" text, "phoneMasked" text, "joinedOn" date, "fullMemberOn" date, status text,
      "isMobile" boolean, "isStruggling" boolean, "isLostContact" boolean)`);
}

export interface DevelopmentCaseInsertRow {
  orgId: string;
  name: string;
  gender: string;
  ethnicity: string;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  birthDate: string;
  education: string;
  occupation: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  focusGroup: string | null;
  stage: string;
  status: string;
  closeReason: string | null;
  deferredToYear: number | null;
  applicationReceivedOn: string;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  probationEndsOn: string | null;
  fullMemberOn: string | null;
  nextStepCode: string | null;
  nextDueOn: string | null;
  nextDueRule: string | null;
}

/** Development cases (the case rows only: no step rows, which nothing measured reads). */
export async function insertDevelopmentCaseBatch(db: Executor, rows: DevelopmentCaseInsertRow[]) {
  await db.execute(sql`
    INSERT INTO development_people (org_id, name, gender, ethnicity, id_number_cipher, id_number_hash, id_number_masked, birth_date,
      education, occupation, phone_cipher, phone_hash, phone_masked, focus_group, stage, status, close_reason, deferred_to_year,
      application_received_on, activist_on, candidate_on, admitted_on, approved_on, probation_ends_on, full_member_on,
      next_step_code, next_due_on, next_due_rule)
    SELECT "orgId", name, gender, ethnicity, "idNumberCipher", "idNumberHash", "idNumberMasked", "birthDate",
      education, occupation, "phoneCipher", "phoneHash", "phoneMasked", "focusGroup", stage, status, "closeReason", "deferredToYear",
      "applicationReceivedOn", "activistOn", "candidateOn", "admittedOn", "approvedOn", "probationEndsOn", "fullMemberOn",
      "nextStepCode", "nextDueOn", "nextDueRule"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("orgId" uuid, name text, gender text, ethnicity text,
      "idNumberCipher" text, "idNumberHash" text, "idNumberMasked" text, "birthDate" date, education text, occupation text,
      "phoneCipher" text, "phoneHash" text, "phoneMasked" text, "focusGroup" text, stage text, status text, "closeReason" text,
      "deferredToYear" int, "applicationReceivedOn" date, "activistOn" date, "candidateOn" date, "admittedOn" date,
      "approvedOn" date, "probationEndsOn" date, "fullMemberOn" date, "nextStepCode" text, "nextDueOn" date, "nextDueRule" text)`);
}
