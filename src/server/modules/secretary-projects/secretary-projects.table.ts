import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

const amount = (name: string) => numeric(name, { precision: 16, scale: 2, mode: "number" });

/**
 * One organization's secretary project for a year (书记项目, the brief §二). The live content (title …
 * indicators, milestones) is what was last approved, or the draft before approval; every submission
 * is also kept whole in secretary_project_versions.
 */
export const secretaryProjectsTable = pgTable(
  "secretary_projects",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    /** The secretary who leads it (书记抓): the organization's secretary when proposed. */
    secretaryMemberId: uuid("secretary_member_id").notNull().references(() => membersTable.id),
    title: text("title").notNull(),
    category: text("category").notNull(),
    /** The hard or key problem it tackles, and why it matters. */
    problem: text("problem").notNull(),
    /** The people and resources involved. */
    resources: text("resources").notNull().default(""),
    status: text("status").notNull().default("draft"),
    /** The committee that reviews, guides and evaluates it (fixed at submission; null = the administrators). */
    reviewingOrgId: uuid("reviewing_org_id").references(() => orgsTable.id),
    /** The number of the version now in force (0 before approval). */
    approvedVersionNo: integer("approved_version_no").notNull().default(0),
    approvedOn: date("approved_on"),
    /** 述职: the secretary's year-end report on the project. */
    yearEndReport: text("year_end_report"),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    votingOpenedAt: timestamp("voting_opened_at", { withTimezone: true }),
    votingClosedAt: timestamp("voting_closed_at", { withTimezone: true }),
    /** Paper or meeting votes entered by the committee: { good, fairly_good, average, poor }. */
    paperVotes: jsonb("paper_votes"),
    /** The evaluation as scored: the rubric used, each criterion's score and comment, the vote score. */
    evaluation: jsonb("evaluation"),
    finalScore: numeric("final_score", { precision: 5, scale: 1, mode: "number" }),
    grade: text("grade"),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }),
    evaluatedBy: uuid("evaluated_by").references(() => usersTable.id),
    publishedOn: date("published_on"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    // PROJ-01: one project per organization and year, not counting rejected or withdrawn ones.
    uniqueIndex("secretary_projects_org_year_idx").on(t.orgId, t.year).where(sql`${t.archivedAt} IS NULL AND ${t.status} NOT IN ('rejected', 'withdrawn')`),
    index("secretary_projects_year_status_idx").on(t.year, t.status),
    // Subtree queries join on the organization (the partial unique index above cannot serve them).
    index("secretary_projects_org_lookup_idx").on(t.orgId, t.year),
    index("secretary_projects_secretary_idx").on(t.secretaryMemberId),
    index("secretary_projects_reviewing_org_idx").on(t.reviewingOrgId, t.year),
  ],
);

/** A measurable goal: indicator, baseline, target, unit. `removedAt` when an approved change drops it. */
export const secretaryProjectIndicatorsTable = pgTable(
  "secretary_project_indicators",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    baseline: amount("baseline").notNull(),
    target: amount("target").notNull(),
    position: integer("position").notNull(),
    ...timestamps(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [index("secretary_project_indicators_project_idx").on(t.projectId)],
);

/** A milestone with its due date and owner; `completedOn` from the progress report that completes it. */
export const secretaryProjectMilestonesTable = pgTable(
  "secretary_project_milestones",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    title: text("title").notNull(),
    dueOn: date("due_on").notNull(),
    ownerName: text("owner_name").notNull(),
    ownerMemberId: uuid("owner_member_id").references(() => membersTable.id),
    position: integer("position").notNull(),
    completedOn: date("completed_on"),
    ...timestamps(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [index("secretary_project_milestones_project_idx").on(t.projectId), index("secretary_project_milestones_due_idx").on(t.dueOn)],
);

/**
 * Every submission of the content for approval, kept whole: the proposal, and each change to an
 * approved project (re-approval). `content` is the ProjectContent submitted; the committee's decision
 * and comment are on the same row.
 */
export const secretaryProjectVersionsTable = pgTable(
  "secretary_project_versions",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    no: integer("no").notNull(),
    kind: text("kind").notNull(),
    content: jsonb("content").notNull(),
    /** Why the change (required for a change). */
    reason: text("reason"),
    status: text("status").notNull().default("pending"),
    submittedBy: uuid("submitted_by").references(() => usersTable.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => usersTable.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionComment: text("decision_comment"),
  },
  (t) => [uniqueIndex("secretary_project_versions_project_no_idx").on(t.projectId, t.no)],
);

/** A progress report (进展报告), on a milestone or the project as a whole; evidence files are owned by it. */
export const secretaryProjectReportsTable = pgTable(
  "secretary_project_reports",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    milestoneId: uuid("milestone_id").references(() => secretaryProjectMilestonesTable.id),
    reportedOn: date("reported_on").notNull(),
    body: text("body").notNull(),
    completesMilestone: boolean("completes_milestone").notNull().default(false),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("secretary_project_reports_project_idx").on(t.projectId, t.reportedOn)],
);

/** An indicator's value as measured in a report; the latest is the value achieved. */
export const secretaryProjectIndicatorValuesTable = pgTable(
  "secretary_project_indicator_values",
  {
    id: id(),
    reportId: uuid("report_id").notNull().references(() => secretaryProjectReportsTable.id),
    indicatorId: uuid("indicator_id").notNull().references(() => secretaryProjectIndicatorsTable.id),
    value: amount("value").notNull(),
    measuredOn: date("measured_on").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("secretary_project_indicator_values_indicator_idx").on(t.indicatorId, t.measuredOn), index("secretary_project_indicator_values_report_idx").on(t.reportId)],
);

/** The committee's guidance (点评) on a report or the project, and the secretary's replies (parentId). */
export const secretaryProjectCommentsTable = pgTable(
  "secretary_project_comments",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    reportId: uuid("report_id").references(() => secretaryProjectReportsTable.id),
    parentId: uuid("parent_id"),
    side: text("side").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("secretary_project_comments_project_idx").on(t.projectId, t.createdAt)],
);

/** The committee's quarterly check point: on track / at risk / off track, one per project and quarter. */
export const secretaryProjectCheckpointsTable = pgTable(
  "secretary_project_checkpoints",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    quarter: integer("quarter").notNull(),
    rating: text("rating").notNull(),
    /** What the rules suggested when the committee rated (overdue milestones, progress). */
    suggestedRating: text("suggested_rating"),
    comment: text("comment").notNull().default(""),
    ratedBy: uuid("rated_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex("secretary_project_checkpoints_project_quarter_idx").on(t.projectId, t.quarter)],
);

/** A committee's rubric for a year's evaluation (weights and criteria); without one, DEFAULT_RUBRIC. */
export const secretaryProjectRubricsTable = pgTable(
  "secretary_project_rubrics",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    criteria: jsonb("criteria").notNull(),
    /** Percent of the final score given to the votes, when there are any. */
    voteWeight: integer("vote_weight").notNull(),
    updatedBy: uuid("updated_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex("secretary_project_rubrics_org_year_idx").on(t.orgId, t.year)],
);

/** Who has voted online on a project, so nobody votes twice; no link to the ballot. */
export const secretaryProjectVotersTable = pgTable(
  "secretary_project_voters",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("secretary_project_voters_project_member_idx").on(t.projectId, t.memberId)],
);

/** One online vote: the choice only. No voter, no user, no time (see secretary_project_voters). */
export const secretaryProjectBallotsTable = pgTable(
  "secretary_project_ballots",
  {
    id: id(),
    projectId: uuid("project_id").notNull().references(() => secretaryProjectsTable.id),
    choice: text("choice").notNull(),
  },
  (t) => [index("secretary_project_ballots_project_idx").on(t.projectId)],
);
