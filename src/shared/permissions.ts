import type { Role } from "./domain";

/**
 * What each role may do, as one small table (style.md: cancan-like policies). Scope decides WHICH
 * rows a caller reaches; this decides WHAT they may do with a row they reach. Shared so the web's
 * menu hides what the server refuses from the same table; rows still carry `abilities`.
 */
export const PERMISSIONS = {
  "org.read": ["admin", "org_admin", "branch_officer", "member"],
  "org.create": ["admin", "org_admin"],
  "org.update": ["admin", "org_admin"],
  "org.move": ["admin", "org_admin"],
  "org.dissolve": ["admin", "org_admin"],
  "org.manage_officers": ["admin", "org_admin"],
  "user.read": ["admin", "org_admin"],
  "user.create": ["admin", "org_admin"],
  "user.update": ["admin", "org_admin"],
  "audit.read": ["admin", "org_admin"],
  "member.read": ["admin", "org_admin", "branch_officer", "member"],
  "member.read_pii": ["admin", "org_admin", "branch_officer"],
  /** A member's right to see their own personal information (PIPL §45); scope limits it to their record. */
  "member.read_own_pii": ["member"],
  "member.create": ["admin", "org_admin", "branch_officer"],
  "member.update": ["admin", "org_admin", "branch_officer"],
  /** A closed record (exited, deceased, transferred out of the system) is offered for correction to the committee only. */
  "member.update_closed": ["admin", "org_admin"],
  "member.record_event": ["admin", "org_admin", "branch_officer"],
  "member.import": ["admin", "org_admin", "branch_officer"],
  "member.export": ["admin", "org_admin", "branch_officer"],
  /** The roster's statistics describe other people, so not a member's (scope: their own record). */
  "stats.read": ["admin", "org_admin", "branch_officer"],
  /** Member development: the people are not members yet, so no member role sees them. */
  "development.read": ["admin", "org_admin", "branch_officer"],
  "development.read_pii": ["admin", "org_admin", "branch_officer"],
  /** The branch's steps (and the application itself) are recorded by branch officers only (separation of duties). */
  "development.record_branch_step": ["branch_officer"],
  /** Pre-review, the approval talk and the approvals: the approving committee's own users only. */
  "development.record_committee_step": ["org_admin", "admin"],
  "development.manage_plan": ["admin", "org_admin"],
  "development.manage_rule_sets": ["admin"],
  /** Organizational life (rules.md §2.3): members read their own branch's signed-off meetings; officers record them. */
  "meeting.read": ["admin", "org_admin", "branch_officer", "member"],
  "meeting.record": ["admin", "org_admin", "branch_officer"],
  /** Signing off locks the record (the secretary's act); later corrections are amendments. */
  "meeting.sign_off": ["admin", "org_admin", "branch_officer"],
  "meeting.plan": ["admin", "org_admin", "branch_officer"],
  /** What a higher committee looks at: the matrix, rates and members without organizational life. */
  "compliance.read": ["admin", "org_admin", "branch_officer"],
  "compliance.export": ["admin", "org_admin", "branch_officer"],
  /** Democratic evaluation (rules.md §3.1): the branch runs it; members write their analysis and vote. */
  "evaluation.read": ["admin", "org_admin", "branch_officer", "member"],
  "evaluation.manage": ["branch_officer"],
  "evaluation.participate": ["admin", "org_admin", "branch_officer", "member"],
  /** Handling of unqualified members (§3.2): the branch records and decides, the committee approves (separation of duties). */
  "handling.read": ["admin", "org_admin", "branch_officer"],
  "handling.record": ["branch_officer"],
  "handling.approve": ["admin", "org_admin"],
  /**
   * Secretary projects (书记项目, PROJ-02/03): the project's own organization proposes and reports (its
   * officers, for their own organization only); the reviewing committee approves, guides and evaluates.
   * Members read their organization's approved projects and may vote when a vote is open.
   */
  "project.read": ["admin", "org_admin", "branch_officer", "member"],
  "project.manage": ["org_admin", "branch_officer"],
  "project.review": ["admin", "org_admin"],
  "project.vote": ["admin", "org_admin", "branch_officer", "member"],
  /** "抓书记": the board, ranking and secretaries' records of the caller's subtree (officers, not members). */
  "project.board": ["admin", "org_admin", "branch_officer"],
  "project.export": ["admin", "org_admin"],
  /**
   * Members' needs (党员诉求, NEED-xx): a member files and follows their own; officers file on a member's
   * behalf and work the needs of their scope. Private needs narrow further (member-needs.access.ts):
   * the member, the branch's secretary and the committee's officers only.
   */
  "need.read": ["admin", "org_admin", "branch_officer", "member"],
  "need.file": ["admin", "org_admin", "branch_officer", "member"],
  "need.handle": ["admin", "org_admin", "branch_officer"],
  /** Figures (counts, times, rates) and their export describe the organization, never one member. */
  "need.figures": ["admin", "org_admin", "branch_officer"],
  /** Help and visits (帮扶、走访慰问, AID-xx): hardship and health data, officers only. */
  "care.read": ["admin", "org_admin", "branch_officer"],
  "care.record": ["admin", "org_admin", "branch_officer"],
  "care.plan": ["admin", "org_admin", "branch_officer"],
  "care.export": ["admin", "org_admin", "branch_officer"],
  /** Model posts and responsibility areas (POST-xx): public commitments, members read their organization's. */
  "post.read": ["admin", "org_admin", "branch_officer", "member"],
  "post.manage": ["admin", "org_admin", "branch_officer"],
  /** Recognition (创先争优, HON-xx): branches nominate, the committee reviews and decides (separation of duties). */
  "recognition.read": ["admin", "org_admin", "branch_officer", "member"],
  "recognition.nominate": ["org_admin", "branch_officer"],
  "recognition.review": ["admin", "org_admin"],
  "file.upload": ["admin", "org_admin", "branch_officer"],
  "file.read": ["admin", "org_admin", "branch_officer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (actor: { role: Role }, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
