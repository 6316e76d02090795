import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { memberEventsTable, membersTable } from "../members/members.table";
import { meetingsTable } from "../org-life/org-life.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/** A branch's annual democratic evaluation (民主评议党员, rules.md §3.1), moving through its phases. */
export const evaluationCampaignsTable = pgTable(
  "evaluation_campaigns",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    phase: text("phase").notNull().default("study"),
    studyNotes: text("study_notes"),
    /** The general meeting that held the evaluation, once recorded. */
    meetingId: uuid("meeting_id").references(() => meetingsTable.id),
    votingOpenedAt: timestamp("voting_opened_at", { withTimezone: true }),
    votingClosedAt: timestamp("voting_closed_at", { withTimezone: true }),
    /** The tally at close: counts per member and grade, the ballot count and a SHA-256 over the ballots. */
    tally: jsonb("tally"),
    tallyHash: text("tally_hash"),
    publishedOn: date("published_on"),
    reportedOn: date("reported_on"),
    reportNotes: text("report_notes"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex("evaluation_campaigns_org_year_idx").on(t.orgId, t.year).where(sql`${t.archivedAt} IS NULL`)],
);

/** One member in one campaign: their self-evaluation and party-spirit analysis, the vote counts, the grade. */
export const evaluationEntriesTable = pgTable(
  "evaluation_entries",
  {
    id: id(),
    campaignId: uuid("campaign_id").notNull().references(() => evaluationCampaignsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    /** Probationary members take part but are not graded (§3.1, config). */
    isGraded: boolean("is_graded").notNull().default(true),
    selfGrade: text("self_grade"),
    selfEvaluation: text("self_evaluation"),
    /** 党性分析: the member's written party-spirit analysis. */
    partySpiritAnalysis: text("party_spirit_analysis"),
    analysisSubmittedAt: timestamp("analysis_submitted_at", { withTimezone: true }),
    peerComments: text("peer_comments"),
    /** { excellent, qualified, basically_qualified, unqualified }: filled by the tally. */
    votes: jsonb("votes"),
    proposedGrade: text("proposed_grade"),
    gradeReason: text("grade_reason"),
    finalGrade: text("final_grade"),
    feedback: text("feedback"),
    feedbackOn: date("feedback_on"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("evaluation_entries_campaign_member_idx").on(t.campaignId, t.memberId), index("evaluation_entries_member_idx").on(t.memberId)],
);

/**
 * Who has voted, so nobody votes twice. Deliberately holds no link to a ballot, and ballots hold
 * no voter, no user and no time: who voted how cannot be read by anyone, administrators included.
 */
export const evaluationVotersTable = pgTable(
  "evaluation_voters",
  {
    id: id(),
    campaignId: uuid("campaign_id").notNull().references(() => evaluationCampaignsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    source: text("source").notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("evaluation_voters_campaign_member_idx").on(t.campaignId, t.memberId)],
);

/** One secret ballot: { memberId: grade }. No voter, no user, no timestamp (see evaluation_voters). */
export const evaluationBallotsTable = pgTable(
  "evaluation_ballots",
  {
    id: id(),
    campaignId: uuid("campaign_id").notNull().references(() => evaluationCampaignsTable.id),
    source: text("source").notNull(),
    choices: jsonb("choices").notNull(),
  },
  (t) => [index("evaluation_ballots_campaign_idx").on(t.campaignId)],
);

/** Organizational handling of an unqualified member (不合格党员组织处置, rules.md §3.2). */
export const handlingCasesTable = pgTable(
  "handling_cases",
  {
    id: id(),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    /** The evaluation entry that graded the member 不合格, when the case comes from an evaluation. */
    entryId: uuid("entry_id").references(() => evaluationEntriesTable.id),
    /** Chosen after education first (§3.1 use of results); null until the branch decides. */
    method: text("method"),
    grounds: text("grounds").notNull(),
    status: text("status").notNull().default("open"),
    decidedOn: date("decided_on").notNull(),
    /** 限期改正: by when (decidedOn + rectificationMonths). */
    deadlineOn: date("deadline_on"),
    outcome: text("outcome"),
    closedOn: date("closed_on"),
    /** The roster's exit event when the case ends in 劝退 or 除名. */
    exitEventId: uuid("exit_event_id").references(() => memberEventsTable.id),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [
    index("handling_cases_org_idx").on(t.orgId, t.status),
    index("handling_cases_member_idx").on(t.memberId),
    index("handling_cases_deadline_idx").on(t.deadlineOn).where(sql`${t.status} = 'open'`),
  ],
);

/** The dated steps of a handling case; the body that recorded each (branch or committee). */
export const handlingStepsTable = pgTable(
  "handling_steps",
  {
    id: id(),
    caseId: uuid("case_id").notNull().references(() => handlingCasesTable.id),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on").notNull(),
    decision: text("decision"),
    notes: text("notes"),
    /** Kind-specific facts: votes of the meeting, the approval document number… */
    facts: jsonb("facts").notNull().default({}),
    body: text("body").notNull(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [index("handling_steps_case_idx").on(t.caseId, t.occurredOn)],
);

