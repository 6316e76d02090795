import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * A person on the way to membership (发展党员), from the written application to full membership
 * (rules.md §1). Not yet a member, but with a member-like profile: ID and phone encrypted as in
 * `members`. The key dates and the next due step are kept on the row, derived from the steps on
 * every write, so the pipeline, reminders and plans of a province are index scans, not replays.
 */
export const developmentPeopleTable = pgTable(
  "development_people",
  {
    id: id(),
    /** The branch that handles the case (the applicant's work, study or home branch, §5). */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    name: text("name").notNull(),
    gender: text("gender").notNull(),
    ethnicity: text("ethnicity").notNull(),
    idNumberCipher: text("id_number_cipher").notNull(),
    idNumberHash: text("id_number_hash").notNull(),
    idNumberMasked: text("id_number_masked").notNull(),
    birthDate: date("birth_date").notNull(),
    education: text("education"),
    occupation: text("occupation"),
    workUnit: text("work_unit"),
    post: text("post"),
    phoneCipher: text("phone_cipher"),
    phoneHash: text("phone_hash"),
    phoneMasked: text("phone_masked"),
    /** 青年工人 / 青年农民 / 青年知识分子 / 生产工作一线 (优化结构 in the plan). */
    focusGroup: text("focus_group"),
    /** DEV-13b: the day they will leave their unit, if known; no admission within 3 months of it. */
    plannedLeaveOn: date("planned_leave_on"),
    stage: text("stage").notNull().default("applicant"),
    status: text("status").notNull().default("open"),
    closeReason: text("close_reason"),
    /** The year a deferred case ("not this year") is meant to resume. */
    deferredToYear: integer("deferred_to_year"),
    applicationReceivedOn: date("application_received_on").notNull(),
    activistOn: date("activist_on"),
    candidateOn: date("candidate_on"),
    /** The general meeting that passed the admission: probation starts here (DEV-21). */
    admittedOn: date("admitted_on"),
    approvedOn: date("approved_on"),
    probationEndsOn: date("probation_ends_on"),
    fullMemberOn: date("full_member_on"),
    /** The roster record, created when the committee approves the admission. */
    memberId: uuid("member_id").references(() => membersTable.id),
    /** The next step the rules ask for, and by when (null when nothing is due). */
    nextStepCode: text("next_step_code"),
    nextDueOn: date("next_due_on"),
    nextDueRule: text("next_due_rule"),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("development_people_org_idx").on(t.orgId, t.status, t.stage),
    index("development_people_due_idx").on(t.nextDueOn).where(sql`${t.status} = 'open'`),
    index("development_people_name_idx").on(t.name.op("text_pattern_ops")),
    index("development_people_id_hash_idx").on(t.idNumberHash),
    /** One open case per person; closed cases stay as history. */
    uniqueIndex("development_people_open_id_hash_idx").on(t.idNumberHash).where(sql`${t.status} IN ('open', 'deferred')`),
  ],
);

/**
 * One dated record of one of the 25 steps (or an outcome outside them): who acted, the facts
 * (votes, cultivators, training hours…), the documents, the rule set in force on its date and the
 * rules it was checked against. Append-only: a wrong record is voided with a reason, never deleted.
 */
export const developmentStepsTable = pgTable(
  "development_steps",
  {
    id: id(),
    personId: uuid("person_id").notNull().references(() => developmentPeopleTable.id),
    /** A STEP_CODES value, or `outcome` for withdrawals, deferrals and the like. */
    code: text("code").notNull(),
    no: integer("no").notNull(),
    occurredOn: date("occurred_on").notNull(),
    decision: text("decision"),
    /** Step-specific facts: votes, cultivator and introducer ids, training days and hours… */
    facts: jsonb("facts").notNull().default({}),
    notes: text("notes"),
    /** Who acted, in words (e.g. "支部委员会", "王某（组织员）"). */
    actorNames: text("actor_names"),
    /** branch | committee: the body that recorded it (separation of duties). */
    body: text("body").notNull(),
    ruleSet: text("rule_set").notNull(),
    /** [{ rule, article }]: what the record was checked against. */
    rulesChecked: jsonb("rules_checked").notNull().default([]),
    /** [{ fileId, name }] */
    documents: jsonb("documents").notNull().default([]),
    /** The person's organization when it happened. */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    recordedOrgId: uuid("recorded_org_id").references(() => orgsTable.id),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    voidedAt: archivedAt(),
    voidReason: text("void_reason"),
    ...timestamps(),
  },
  (t) => [index("development_steps_person_idx").on(t.personId, t.no, t.occurredOn)],
);

/**
 * Which rule set is in force from which day (rules.md §0). An administrator adds a period after
 * checking the official text; a case is judged by the period covering each step's date.
 */
export const developmentRuleSetPeriodsTable = pgTable(
  "development_rule_set_periods",
  {
    id: id(),
    ruleSet: text("rule_set").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex("development_rule_set_periods_from_idx").on(t.effectiveFrom).where(sql`${t.archivedAt} IS NULL`)],
);

/** A committee's annual development plan (控制总量、优化结构): totals and focus-group targets. */
export const developmentPlansTable = pgTable(
  "development_plans",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    /** { young_worker: n, young_farmer: n, young_intellectual: n, front_line: n, female: n, young: n, minority: n, college: n } */
    targets: jsonb("targets").notNull().default({}),
    notes: text("notes"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex("development_plans_org_year_idx").on(t.orgId, t.year).where(sql`${t.archivedAt} IS NULL`)],
);

/** The quota a plan gives one organization below the committee (a branch, or a general branch for its branches). */
export const developmentPlanQuotasTable = pgTable(
  "development_plan_quotas",
  {
    id: id(),
    planId: uuid("plan_id").notNull().references(() => developmentPlansTable.id),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    quota: integer("quota").notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("development_plan_quotas_plan_org_idx").on(t.planId, t.orgId)],
);
