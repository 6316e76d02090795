import { describe, expect, it } from "vitest";
import { EVALUATION_PHASES, type EvaluationPhase } from "../../../shared/org-life";
import { type CampaignFacts, advanceBlockers, checkAdvance, checkWorkPhase, hasReached, nextPhaseOf } from "./evaluation-phases.rules";

const facts = (over: Partial<CampaignFacts> = {}): CampaignFacts => ({
  phase: "study",
  studyNotes: null,
  reportNotes: null,
  ballots: 0,
  entries: [],
  ...over,
});
const entry = (i: number, over: object = {}) => ({
  entryId: `e${i}`,
  memberName: `党员${i}`,
  isGraded: true,
  proposedGrade: null,
  finalGrade: "qualified" as const,
  gradeReason: null,
  feedback: "已当面反馈",
  ...over,
});

describe("EVAL-02: forward only, one step at a time", () => {
  it("knows the order of §3.1", () => {
    expect(EVALUATION_PHASES.map(nextPhaseOf)).toEqual(["self_evaluation", "peer_evaluation", "voting", "grading", "published", "reported", null]);
    expect(hasReached("grading", "voting")).toBe(true);
    expect(hasReached("voting", "grading")).toBe(false);
  });

  it("refuses skipping, going back and moving on from the last phase", () => {
    expect(checkAdvance(facts({ phase: "self_evaluation" }), "voting")).toMatchObject([{ rule: "EVAL-02", field: "to", message: expect.stringContaining("不能跳过") }]);
    expect(checkAdvance(facts({ phase: "voting" }), "study")).toMatchObject([{ rule: "EVAL-02", message: expect.stringContaining("不能退回") }]);
    expect(checkAdvance(facts({ phase: "voting" }), "voting")).toMatchObject([{ rule: "EVAL-02" }]);
    expect(checkAdvance(facts({ phase: "reported" }), "reported")).toMatchObject([{ rule: "EVAL-02" }]);
    expect(advanceBlockers(facts({ phase: "reported" }))).toBeNull();
  });
});

describe("the guards of each step", () => {
  it("study → self-evaluation needs the study notes (EVAL-03)", () => {
    expect(checkAdvance(facts(), "self_evaluation")).toMatchObject([{ rule: "EVAL-03", field: "studyNotes" }]);
    expect(checkAdvance(facts({ studyNotes: "  " }), "self_evaluation")).toMatchObject([{ rule: "EVAL-03" }]);
    expect(checkAdvance(facts({ studyNotes: "集中学习党章" }), "self_evaluation")).toEqual([]);
  });

  it("self-evaluation → peer evaluation → voting have no guard", () => {
    expect(checkAdvance(facts({ phase: "self_evaluation" }), "peer_evaluation")).toEqual([]);
    expect(checkAdvance(facts({ phase: "peer_evaluation" }), "voting")).toEqual([]);
  });

  it("voting → grading needs a ballot (EVAL-04)", () => {
    expect(checkAdvance(facts({ phase: "voting" }), "grading")).toMatchObject([{ rule: "EVAL-04" }]);
    expect(checkAdvance(facts({ phase: "voting", ballots: 1 }), "grading")).toEqual([]);
  });

  it("grading → published needs every final grade (EVAL-07), EVAL-01, reasons (EVAL-10) and feedback for everyone (EVAL-08)", () => {
    const ok = [entry(1), entry(2), entry(3, { finalGrade: "excellent" }), entry(4, { isGraded: false, finalGrade: null })];
    expect(checkAdvance(facts({ phase: "grading", entries: ok }), "published")).toEqual([]);
    const rules = (entries: object[]) => checkAdvance(facts({ phase: "grading", entries: entries as CampaignFacts["entries"] }), "published").map((i) => i.rule);
    expect(rules([entry(1, { finalGrade: null }), entry(2), entry(3)])).toEqual(["EVAL-07"]);
    expect(rules([entry(1, { finalGrade: "excellent" }), entry(2, { finalGrade: "excellent" }), entry(3)])).toEqual(["EVAL-01"]);
    expect(rules([entry(1, { finalGrade: "unqualified" }), entry(2), entry(3)])).toEqual(["EVAL-10"]);
    expect(rules([entry(1), entry(2), entry(3, { isGraded: false, finalGrade: null, feedback: null })])).toEqual(["EVAL-08"]);
    // The proposals were held to EVAL-01 when entered; publication looks at the final grades.
    expect(rules([entry(1, { proposedGrade: "excellent" }), entry(2, { proposedGrade: "excellent" }), entry(3)])).toEqual([]);
  });

  it("published → reported needs the report notes (EVAL-09)", () => {
    expect(checkAdvance(facts({ phase: "published" }), "reported")).toMatchObject([{ rule: "EVAL-09", field: "reportNotes" }]);
    expect(checkAdvance(facts({ phase: "published", reportNotes: "已报镇党委" }), "reported")).toEqual([]);
  });
});

describe("EVAL-02: each piece of work in its phase", () => {
  const open = (work: Parameters<typeof checkWorkPhase>[0]) => EVALUATION_PHASES.filter((p: EvaluationPhase) => checkWorkPhase(work, p).length === 0);
  it("opens each piece of work only in its phases", () => {
    expect(open("selfEvaluation")).toEqual(["self_evaluation"]);
    expect(open("peerComments")).toEqual(["peer_evaluation"]);
    expect(open("ballot")).toEqual(["voting"]);
    expect(open("grades")).toEqual(["grading"]);
    expect(open("feedback")).toEqual(["grading"]);
    expect(open("reportNotes")).toEqual(["published"]);
  });

  it("names the phase it is open in", () => {
    expect(checkWorkPhase("ballot", "grading")).toMatchObject([{ rule: "EVAL-02", field: "ballot", message: expect.stringContaining("“民主测评”阶段投测评票") }]);
  });
});
