import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC } from "../../../shared/secretary-projects";
import {
  VOTE_CHOICE_SCORES,
  addVoteCounts,
  checkPublishable,
  checkReportOpen,
  checkRubric,
  checkRubricUnlocked,
  checkScores,
  checkVotingAction,
  checkVotingOpen,
  checkVotingSettled,
  countVotes,
  emptyVoteCounts,
  gradeOf,
  reportOpensOn,
  roundScore,
  scoreProject,
  showsScore,
  totalVotes,
  voteScoreOf,
  votingPhaseOf,
  weightedScore,
} from "./secretary-project-scoring.rules";

const THRESHOLDS = { good: 90, fairly_good: 80, average: 60 };
const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);
const allScores = (score: number) => DEFAULT_RUBRIC.map((c) => ({ key: c.key, score }));
const votes = (good: number, fairly_good: number, average: number, poor: number) => ({ good, fairly_good, average, poor });

describe("the vote's scores (好 100, 较好 80, 一般 60, 差 40)", () => {
  it("gives each choice its documented value", () => {
    expect(VOTE_CHOICE_SCORES).toEqual({ good: 100, fairly_good: 80, average: 60, poor: 40 });
  });

  it("averages the votes on a hundred-point scale", () => {
    expect(voteScoreOf(votes(1, 0, 0, 0))).toBe(100);
    expect(voteScoreOf(votes(0, 0, 0, 3))).toBe(40);
    expect(voteScoreOf(votes(1, 1, 1, 1))).toBe(70);
    expect(voteScoreOf(votes(2, 1, 0, 0))).toBeCloseTo(93.333, 3);
  });

  it("has no vote score when nobody voted", () => {
    expect(voteScoreOf(emptyVoteCounts())).toBeNull();
  });

  it("counts ballots by choice, ignoring anything that is no choice", () => {
    expect(countVotes(["good", "poor", "good", "average", "bogus"])).toEqual(votes(2, 0, 1, 1));
    expect(totalVotes(votes(2, 3, 4, 5))).toBe(14);
    expect(addVoteCounts(votes(1, 2, 3, 4), votes(10, 20, 30, 40))).toEqual(votes(11, 22, 33, 44));
  });
});

describe("rounding to one decimal", () => {
  it("rounds half up, not down on binary fractions", () => {
    expect(roundScore(84.95)).toBe(85);
    expect(roundScore(84.94999)).toBe(84.9);
    expect(roundScore(1.005 * 10)).toBe(10.1);
    expect(roundScore(93.33333)).toBe(93.3);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(100)).toBe(100);
  });
});

describe("the rubric (PROJ-12)", () => {
  it("accepts the default rubric: its weights sum to 100", () => {
    expect(DEFAULT_RUBRIC.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(checkRubric(DEFAULT_RUBRIC, 20)).toEqual([]);
  });

  it("refuses weights that do not sum to 100, naming the sum", () => {
    const issues = checkRubric([{ key: "a", label: "甲", weight: 60 }, { key: "b", label: "乙", weight: 30 }], 20);
    expect(rules(issues)).toEqual(["PROJ-12"]);
    expect(issues[0]!.message).toContain("合计须为 100，现为 90");
    expect(checkRubric([{ key: "a", label: "甲", weight: 60 }, { key: "b", label: "乙", weight: 50 }], 20)[0]!.message).toContain("现为 110");
  });

  it("refuses a weight that is no integer, zero or above 100, naming the criterion", () => {
    expect(fields(checkRubric([{ key: "a", label: "甲", weight: 50.5 }, { key: "b", label: "乙", weight: 49.5 }], 20))).toEqual(["criteria.0.weight", "criteria.1.weight"]);
    expect(fields(checkRubric([{ key: "a", label: "甲", weight: 100 }, { key: "b", label: "乙", weight: 0 }], 20))).toEqual(["criteria.1.weight"]);
    expect(fields(checkRubric([{ key: "a", label: "甲", weight: 120 }, { key: "b", label: "乙", weight: -20 }], 20))).toEqual(["criteria.0.weight", "criteria.1.weight"]);
  });

  it("refuses no criterion at all, more than ten, and duplicate keys or labels", () => {
    expect(rules(checkRubric([], 20))).toEqual(["PROJ-12"]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, label: `项${i}`, weight: i === 0 ? 10 + 0 : 9 }));
    expect(checkRubric(eleven, 20).some((i) => i.message.includes("不能超过 10 项"))).toBe(true);
    const twice = [{ key: "a", label: "甲", weight: 50 }, { key: "a", label: "甲", weight: 50 }];
    expect(fields(checkRubric(twice, 20))).toEqual(["criteria.1.key", "criteria.1.label"]);
  });

  it("takes a vote weight of 0 to 100 as an integer", () => {
    expect(checkRubric(DEFAULT_RUBRIC, 0)).toEqual([]);
    expect(checkRubric(DEFAULT_RUBRIC, 100)).toEqual([]);
    expect(fields(checkRubric(DEFAULT_RUBRIC, 101))).toEqual(["voteWeight"]);
    expect(fields(checkRubric(DEFAULT_RUBRIC, 12.5))).toEqual(["voteWeight"]);
    expect(fields(checkRubric(DEFAULT_RUBRIC, -1))).toEqual(["voteWeight"]);
  });

  it("is locked once a project it scored is evaluated", () => {
    expect(checkRubricUnlocked(false, 2026)).toEqual([]);
    const [issue] = checkRubricUnlocked(true, 2026);
    expect(issue).toMatchObject({ rule: "PROJ-12", field: "criteria" });
    expect(issue!.message).toContain("2026 年度已有项目");
  });
});

describe("scores (PROJ-12)", () => {
  it("accepts one score of 0–100 for every criterion", () => {
    expect(checkScores(DEFAULT_RUBRIC, allScores(0))).toEqual([]);
    expect(checkScores(DEFAULT_RUBRIC, allScores(100))).toEqual([]);
    expect(checkScores(DEFAULT_RUBRIC, allScores(87.5))).toEqual([]);
  });

  it("refuses a score below 0 or above 100", () => {
    const scores = allScores(80);
    scores[1]!.score = 100.5;
    scores[2]!.score = -1;
    expect(fields(checkScores(DEFAULT_RUBRIC, scores))).toEqual(["scores.1.score", "scores.2.score"]);
  });

  it("refuses a missing criterion, an unknown one and a criterion scored twice", () => {
    const [first, second] = DEFAULT_RUBRIC;
    const issues = checkScores(DEFAULT_RUBRIC, [
      { key: first!.key, score: 80 },
      { key: first!.key, score: 70 },
      { key: "nope", score: 70 },
    ]);
    expect(rules(issues).every((r) => r === "PROJ-12")).toBe(true);
    expect(fields(issues)).toEqual(["scores.1.key", "scores.2.key", "scores", "scores", "scores"]);
    expect(issues.some((i) => i.message.includes(`请为评价项目“${second!.label}”打分`))).toBe(true);
  });
});

describe("the weighted score", () => {
  it("sums weight × score / 100", () => {
    // 40 × 90 + 30 × 80 + 15 × 70 + 15 × 60 = 3600 + 2400 + 1050 + 900 = 7950 → 79.5
    const scores = [
      { key: "goals", score: 90 },
      { key: "effect", score: 80 },
      { key: "process", score: 70 },
      { key: "innovation", score: 60 },
    ];
    expect(weightedScore(DEFAULT_RUBRIC, scores)).toBeCloseTo(79.5, 10);
  });
});

describe("the final score and grade", () => {
  const scores = [
    { key: "goals", score: 90 },
    { key: "effect", score: 80 },
    { key: "process", score: 70 },
    { key: "innovation", score: 60 },
  ];

  it("is the rubric score alone without votes: the vote weight applies only when there are votes", () => {
    const scored = scoreProject({ criteria: DEFAULT_RUBRIC, scores, votes: emptyVoteCounts(), voteWeight: 20, thresholds: THRESHOLDS });
    expect(scored).toEqual({ rubricScore: 79.5, voteScore: null, voteWeightApplied: 0, finalScore: 79.5, grade: "average" });
  });

  it("weighs the votes by the rubric's vote weight", () => {
    // rubric 79.5 × 0.8 = 63.6; votes (3 × 100 + 1 × 80) / 4 = 95 × 0.2 = 19 → 82.6
    const scored = scoreProject({ criteria: DEFAULT_RUBRIC, scores, votes: votes(3, 1, 0, 0), voteWeight: 20, thresholds: THRESHOLDS });
    expect(scored).toEqual({ rubricScore: 79.5, voteScore: 95, voteWeightApplied: 20, finalScore: 82.6, grade: "fairly_good" });
  });

  it("rounds once, from the unrounded parts", () => {
    // votes (2 × 100 + 1 × 80) / 3 = 93.333…; 79.5 × 0.7 + 93.333… × 0.3 = 55.65 + 28 = 83.65 → 83.7
    const scored = scoreProject({ criteria: DEFAULT_RUBRIC, scores, votes: votes(2, 1, 0, 0), voteWeight: 30, thresholds: THRESHOLDS });
    expect(scored.voteScore).toBe(93.3);
    expect(scored.finalScore).toBe(83.7);
  });

  it("with a vote weight of 0 ignores the votes", () => {
    const scored = scoreProject({ criteria: DEFAULT_RUBRIC, scores, votes: votes(0, 0, 0, 9), voteWeight: 0, thresholds: THRESHOLDS });
    expect(scored).toMatchObject({ voteScore: 40, voteWeightApplied: 0, finalScore: 79.5 });
  });

  it("grades at the thresholds: each threshold is the lowest score of its grade", () => {
    expect(gradeOf(100, THRESHOLDS)).toBe("good");
    expect(gradeOf(90, THRESHOLDS)).toBe("good");
    expect(gradeOf(89.9, THRESHOLDS)).toBe("fairly_good");
    expect(gradeOf(80, THRESHOLDS)).toBe("fairly_good");
    expect(gradeOf(79.9, THRESHOLDS)).toBe("average");
    expect(gradeOf(60, THRESHOLDS)).toBe("average");
    expect(gradeOf(59.9, THRESHOLDS)).toBe("poor");
    expect(gradeOf(0, THRESHOLDS)).toBe("poor");
  });

  it("grades the rounded final score (89.95 rounds to 90.0: 好)", () => {
    const scored = scoreProject({
      criteria: [{ key: "a", weight: 50 }, { key: "b", weight: 50 }],
      scores: [{ key: "a", score: 89.9 }, { key: "b", score: 90 }],
      votes: emptyVoteCounts(),
      voteWeight: 20,
      thresholds: THRESHOLDS,
    });
    expect(scored).toMatchObject({ finalScore: 90, grade: "good" });
  });

  it("follows configured thresholds", () => {
    expect(gradeOf(85, { good: 85, fairly_good: 75, average: 65 })).toBe("good");
    expect(gradeOf(70, { good: 85, fairly_good: 75, average: 65 })).toBe("average");
  });
});

describe("the year-end report opens in the configured month (PROJ-11)", () => {
  it("opens on the first day of the month", () => {
    expect(reportOpensOn(2026, 11)).toBe("2026-11-01");
    expect(reportOpensOn(2026, 3)).toBe("2026-03-01");
    expect(checkReportOpen(2026, 11, "2026-11-01")).toEqual([]);
    expect(checkReportOpen(2026, 11, "2027-01-15")).toEqual([]);
  });

  it("refuses the day before, citing the day it opens", () => {
    const [issue] = checkReportOpen(2026, 11, "2026-10-31");
    expect(issue).toMatchObject({ rule: "PROJ-11", field: "report" });
    expect(issue!.message).toContain("自 2026-11-01 起提交");
  });
});

describe("the vote (PROJ-13)", () => {
  const at = new Date("2026-11-20T02:00:00Z");

  it("knows its phase from the opening and closing times", () => {
    expect(votingPhaseOf({ votingOpenedAt: null, votingClosedAt: null })).toBe("not_opened");
    expect(votingPhaseOf({ votingOpenedAt: at, votingClosedAt: null })).toBe("open");
    expect(votingPhaseOf({ votingOpenedAt: at, votingClosedAt: at })).toBe("closed");
  });

  it("opens once and closes once", () => {
    expect(checkVotingAction("open", "not_opened")).toEqual([]);
    expect(checkVotingAction("close", "open")).toEqual([]);
    expect(rules(checkVotingAction("open", "open"))).toEqual(["PROJ-13"]);
    expect(rules(checkVotingAction("open", "closed"))).toEqual(["PROJ-13"]);
    expect(rules(checkVotingAction("close", "not_opened"))).toEqual(["PROJ-13"]);
    expect(rules(checkVotingAction("close", "closed"))).toEqual(["PROJ-13"]);
  });

  it("takes votes only while open", () => {
    expect(checkVotingOpen("open")).toEqual([]);
    expect(checkVotingOpen("not_opened")[0]!.message).toContain("尚未开始");
    expect(checkVotingOpen("closed")[0]!.message).toContain("已经结束");
  });

  it("holds the evaluation while a vote is open", () => {
    expect(checkVotingSettled("not_opened")).toEqual([]);
    expect(checkVotingSettled("closed")).toEqual([]);
    expect(rules(checkVotingSettled("open"))).toEqual(["PROJ-13"]);
  });
});

describe("publication (PROJ-14)", () => {
  it("refuses a project not yet evaluated, and leaves the other statuses to the state machine", () => {
    expect(rules(checkPublishable("reported"))).toEqual(["PROJ-14"]);
    expect(rules(checkPublishable("approved"))).toEqual(["PROJ-14"]);
    expect(checkPublishable("evaluated")).toEqual([]);
    expect(checkPublishable("published")).toEqual([]);
  });
});

describe("who sees the scores (PROJ-14)", () => {
  const project = (status: string) => ({ orgId: "branch", status });

  it("shows them before publication to the officers above the project's organization and administrators", () => {
    expect(showsScore({ role: "org_admin", orgId: "committee" }, project("evaluated"))).toBe(true);
    expect(showsScore({ role: "admin", orgId: "committee" }, project("evaluated"))).toBe(true);
    expect(showsScore({ role: "admin", orgId: "branch" }, project("evaluated"))).toBe(true);
  });

  it("hides them from the project's own organization and from members until published", () => {
    expect(showsScore({ role: "branch_officer", orgId: "branch" }, project("evaluated"))).toBe(false);
    expect(showsScore({ role: "org_admin", orgId: "branch" }, project("evaluated"))).toBe(false);
    expect(showsScore({ role: "member", orgId: "branch" }, project("evaluated"))).toBe(false);
    expect(showsScore({ role: "member", orgId: "committee" }, project("evaluated"))).toBe(false);
  });

  it("shows them to everyone once published", () => {
    for (const role of ["member", "branch_officer", "org_admin", "admin"] as const) expect(showsScore({ role, orgId: "branch" }, project("published"))).toBe(true);
  });
});
