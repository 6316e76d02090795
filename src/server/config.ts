import path from "node:path";

/** Everything configurable comes from the environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  isProduction: boolean;
  /** Hours a session lives without activity. */
  sessionIdleHours: number;
  /** Hard limit of a session, whatever its activity. */
  sessionMaxHours: number;
  /** Sign-in throttling: this many failures in the window answer 429 for the rest of it. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Base64 32-byte key for personal information; else a key file in the data dir. */
  secretKey?: string;
  webDir: string;
  /** Mark the session cookie Secure; turn on behind HTTPS. */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a reverse proxy, so throttling sees the real client address. */
  trustProxy: boolean;
  /**
   * 老党员 (senior member) thresholds: at least this age, or at least this party age. No national
   * rule names them (rules.md glossary "by age or party age, per the spec"): UNVERIFIED, so config.
   */
  seniorMinAge: number;
  seniorMinPartyAge: number;
  /** Months before a term's end from which an organization is due for renewal (换届提醒, TERM-03). */
  renewalDueMonths: number;
  /** Member development (rules.md §1): the values of UNVERIFIED rules, with the spec's defaults. */
  development: DevelopmentConfig;
  /** Uploaded documents: the largest file accepted, in bytes. */
  uploadMaxBytes: number;
  /** Organizational life and democratic evaluation (rules.md §2.3, §3): UNVERIFIED values, with the spec's defaults. */
  orgLife: OrgLifeConfig;
  /** Secretary projects (书记项目): no national rule sets these figures (PROJ-10…12), so they are configuration. */
  secretaryProjects: SecretaryProjectsConfig;
  /** Caring (issue 8): no national rule sets these figures, so they are configuration (README). */
  care: CareConfig;
}

export interface CareConfig {
  /** NEED-02: working days from filing within which the branch acknowledges a need (受理). */
  needAcknowledgeWorkingDays: number;
  /** NEED-03: days from acknowledgement (or reopening) within which it is resolved or answered. */
  needResolveDays: number;
  /** NEED-07: days after closure within which the member may rate it, and reopen a not-satisfied closure. */
  needRateWithinDays: number;
  /** HON-xx: days of publicity (公示) of a shortlisted nomination before the decision. */
  publicityDays: number;
}

export interface SecretaryProjectsConfig {
  /** PROJ-11: the month of the project year from which the secretary may submit the year-end report (述职). */
  reportOpensMonth: number;
  /** PROJ-12: percent of the final score from the members' votes, when there are any (a committee's rubric may set its own). */
  voteWeight: number;
  /** Lowest final scores for 好 / 较好 / 一般; below the last, 差. */
  gradeThresholds: { good: number; fairly_good: number; average: number };
  /** PROJ-09: a milestone due within this many days shows as due soon. */
  dueSoonDays: number;
  /** PROJ-10: a milestone overdue by more than this many days suggests "进度滞后" at the check point. */
  offTrackOverdueDays: number;
}

export interface OrgLifeConfig {
  /** 党课 per quarter for a branch (§2.3: quarterly is practice, not in the 条例 text; UNVERIFIED). */
  partyLecturesPerQuarter: number;
  /** An organization set up mid-period owes that period only if it existed for the whole period (§2.3; UNVERIFIED): false = owes nothing that period. */
  partialPeriodOwed: boolean;
  /** ORG-05: a branch with this many full members has a committee, which meets monthly. */
  committeeMinFullMembers: number;
  /** §2.3 / §3.3: months without organizational life that count as lapsed (党章 §9). */
  noLifeLimitMonths: number;
  /** Flag members this many months without organizational life, before the limit. */
  noLifeWarnMonths: number;
  /** §3.1 (secondary source; config, default on): probationary members take part but are not graded. */
  probationaryNotGraded: boolean;
  /** §3.2 (1996 Q&A "normally one year"; the 2024 办法's own duration UNVERIFIED): months of 限期改正. */
  rectificationMonths: number;
}

export interface DevelopmentConfig {
  /** Local practice (§1.3 step 3): months an application must be old before the activist decision; 0 = off. */
  activistMinMonthsAfterApplication: number;
  /** §1.3 step 10: months a political review conclusion stays valid (a Q&A source; UNVERIFIED). */
  politicalReviewValidityMonths: number;
  /** DEV-X1 (2026 rule set, UNVERIFIED): months from a passed pre-review to the general meeting. */
  preReviewToMeetingMonths: number;
  /** DEV-X2 (2026 rule set, UNVERIFIED): working days of publicity before listing a candidate. */
  publicityWorkingDays: number;
  /** DEV-X3 (2026 rule set, UNVERIFIED): months from the approval to the oath. */
  oathWithinMonths: number;
  /** 2026 rule set (UNVERIFIED): the general meeting votes by secret ballot. */
  secretBallotIn2026: boolean;
  /** Public holidays (YYYY-MM-DD) and swapped working weekend days (调休) for counting working days. */
  holidays: string[];
  workingWeekendDays: string[];
}

const list = (value: string | undefined) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : []);

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

/** "90,80,60": the lowest scores of 好, 较好 and 一般. */
function thresholds(value: string | undefined): SecretaryProjectsConfig["gradeThresholds"] {
  const [good = 90, fairly_good = 80, average = 60] = list(value).map(Number);
  return { good, fairly_good, average };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DANGJIAN_DATA_DIR ?? "data"),
    isProduction: env.NODE_ENV === "production",
    sessionIdleHours: int(env.DANGJIAN_SESSION_IDLE_HOURS, 2),
    sessionMaxHours: int(env.DANGJIAN_SESSION_MAX_HOURS, 12),
    loginMaxFailures: int(env.DANGJIAN_LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: int(env.DANGJIAN_LOGIN_WINDOW_MINUTES, 15),
    secretKey: env.DANGJIAN_SECRET_KEY || undefined,
    webDir: path.resolve(env.DANGJIAN_WEB_DIR ?? "dist/web"),
    cookieSecure: env.DANGJIAN_COOKIE_SECURE === "true",
    trustProxy: env.DANGJIAN_TRUST_PROXY === "true",
    renewalDueMonths: int(env.DANGJIAN_RENEWAL_DUE_MONTHS, 3),
    seniorMinAge: int(env.DANGJIAN_SENIOR_MIN_AGE, 70),
    seniorMinPartyAge: int(env.DANGJIAN_SENIOR_MIN_PARTY_AGE, 50),
    development: {
      activistMinMonthsAfterApplication: int(env.DANGJIAN_DEV_ACTIVIST_MIN_MONTHS, 0),
      politicalReviewValidityMonths: int(env.DANGJIAN_DEV_POLITICAL_REVIEW_VALID_MONTHS, 12),
      preReviewToMeetingMonths: int(env.DANGJIAN_DEV_PREREVIEW_TO_MEETING_MONTHS, 1),
      publicityWorkingDays: int(env.DANGJIAN_DEV_PUBLICITY_WORKING_DAYS, 5),
      oathWithinMonths: int(env.DANGJIAN_DEV_OATH_WITHIN_MONTHS, 1),
      secretBallotIn2026: env.DANGJIAN_DEV_SECRET_BALLOT_2026 !== "false",
      holidays: list(env.DANGJIAN_HOLIDAYS),
      workingWeekendDays: list(env.DANGJIAN_WORKING_WEEKEND_DAYS),
    },
    uploadMaxBytes: int(env.DANGJIAN_UPLOAD_MAX_BYTES, 20 * 1024 * 1024),
    orgLife: {
      partyLecturesPerQuarter: int(env.DANGJIAN_PARTY_LECTURES_PER_QUARTER, 1),
      partialPeriodOwed: env.DANGJIAN_PARTIAL_PERIOD_OWED === "true",
      committeeMinFullMembers: int(env.DANGJIAN_COMMITTEE_MIN_FULL_MEMBERS, 7),
      noLifeLimitMonths: int(env.DANGJIAN_NO_LIFE_LIMIT_MONTHS, 6),
      noLifeWarnMonths: int(env.DANGJIAN_NO_LIFE_WARN_MONTHS, 4),
      probationaryNotGraded: env.DANGJIAN_PROBATIONARY_NOT_GRADED !== "false",
      rectificationMonths: int(env.DANGJIAN_RECTIFICATION_MONTHS, 12),
    },
    secretaryProjects: {
      reportOpensMonth: int(env.DANGJIAN_PROJECT_REPORT_OPENS_MONTH, 11),
      voteWeight: int(env.DANGJIAN_PROJECT_VOTE_WEIGHT, 20),
      gradeThresholds: thresholds(env.DANGJIAN_PROJECT_GRADE_THRESHOLDS),
      dueSoonDays: int(env.DANGJIAN_PROJECT_DUE_SOON_DAYS, 14),
      offTrackOverdueDays: int(env.DANGJIAN_PROJECT_OFF_TRACK_DAYS, 30),
    },
    care: {
      needAcknowledgeWorkingDays: int(env.DANGJIAN_NEED_ACKNOWLEDGE_WORKING_DAYS, 3),
      needResolveDays: int(env.DANGJIAN_NEED_RESOLVE_DAYS, 30),
      needRateWithinDays: int(env.DANGJIAN_NEED_RATE_WITHIN_DAYS, 30),
      publicityDays: int(env.DANGJIAN_RECOGNITION_PUBLICITY_DAYS, 5),
    },
  };
}
