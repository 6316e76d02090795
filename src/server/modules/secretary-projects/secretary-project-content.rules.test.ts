import { describe, expect, it } from "vitest";
import type { ProjectContent } from "../../../shared/contracts/secretary-projects.contract";
import {
  checkChangeDiffers,
  checkContentIds,
  checkDecisionComment,
  checkIndicators,
  checkMilestones,
  checkProjectContent,
  checkProjectYear,
  proposalYears,
} from "./secretary-project-content.rules";

const content = (over: Partial<ProjectContent> = {}): ProjectContent => ({
  title: "党建引领美丽乡村建设",
  category: "party_building",
  problem: "村内环境卫生长效管理不到位，党员作用发挥不明显。",
  resources: "",
  indicators: [{ id: "i1", name: "党员志愿服务参与率", unit: "%", baseline: 40, target: 80 }],
  milestones: [{ id: "m1", title: "制定方案", dueOn: "2026-03-31", ownerName: "书记" }],
  ...over,
});

describe("PROJ-02: the year of a project", () => {
  it("opens the previous, the current and the next year", () => {
    expect(proposalYears("2026-11-25")).toEqual([2025, 2026, 2027]);
    expect(proposalYears("2027-01-01")).toEqual([2026, 2027, 2028]);
  });

  it("refuses any other year, naming the range", () => {
    expect(checkProjectYear(2025, "2026-11-25")).toEqual([]);
    expect(checkProjectYear(2027, "2026-11-25")).toEqual([]);
    expect(checkProjectYear(2024, "2026-11-25")).toMatchObject([{ field: "year", rule: "PROJ-02", message: expect.stringContaining("2025—2027") }]);
    expect(checkProjectYear(2028, "2026-11-25")).toMatchObject([{ rule: "PROJ-02" }]);
  });
});

describe("PROJ-04: goals that can be measured", () => {
  it("accepts goals going up and down", () => {
    expect(checkIndicators([{ name: "参与率", unit: "%", baseline: 40, target: 80 }, { name: "投诉", unit: "件", baseline: 30, target: 10 }])).toEqual([]);
  });

  it("wants at least one indicator", () => {
    expect(checkIndicators([])).toMatchObject([{ field: "indicators", rule: "PROJ-04", message: expect.stringContaining("至少填写一项") }]);
  });

  it("refuses a target without a unit, a target equal to its baseline and a repeated name, naming each field", () => {
    const issues = checkIndicators([
      { name: "参与率", unit: " ", baseline: 40, target: 80 },
      { name: "投诉", unit: "件", baseline: 30, target: 30 },
      { name: "参与率", unit: "%", baseline: 1, target: 2 },
    ]);
    expect(issues.map((i) => [i.field, i.rule])).toEqual([
      ["indicators.0.unit", "PROJ-04"],
      ["indicators.1.target", "PROJ-04"],
      ["indicators.2.name", "PROJ-04"],
    ]);
    expect(issues[0]!.message).toMatch(/^第 1 项指标“参与率”未填写计量单位（.*PROJ-04）$/);
  });
});

describe("PROJ-05: milestones within the year, each with an owner", () => {
  it("accepts the first and the last day of the year", () => {
    expect(checkMilestones([{ title: "起", dueOn: "2026-01-01", ownerName: "甲" }, { title: "止", dueOn: "2026-12-31", ownerName: "乙" }], 2026)).toEqual([]);
  });

  it("refuses a milestone after the year's end or before its start", () => {
    expect(checkMilestones([{ title: "总结", dueOn: "2027-01-05", ownerName: "甲" }], 2026)).toMatchObject([
      { field: "milestones.0.dueOn", rule: "PROJ-05", message: expect.stringContaining("晚于项目年度末（2026-12-31）") },
    ]);
    expect(checkMilestones([{ title: "筹备", dueOn: "2025-12-31", ownerName: "甲" }], 2026)).toMatchObject([{ field: "milestones.0.dueOn", message: expect.stringContaining("早于项目年度") }]);
  });

  it("wants an owner and at least one milestone", () => {
    expect(checkMilestones([{ title: "节点", dueOn: "2026-05-01", ownerName: "  " }], 2026)).toMatchObject([{ field: "milestones.0.ownerName", rule: "PROJ-05" }]);
    expect(checkMilestones([], 2026)).toMatchObject([{ field: "milestones", rule: "PROJ-05" }]);
  });

  it("checks the whole content at once", () => {
    expect(checkProjectContent(content(), 2026)).toEqual([]);
    expect(checkProjectContent(content({ indicators: [], milestones: [] }), 2026).map((i) => i.rule)).toEqual(["PROJ-04", "PROJ-05"]);
  });
});

describe("ids name this project's own rows", () => {
  const live = { indicatorIds: new Set(["i1"]), milestoneIds: new Set(["m1"]) };

  it("accepts kept and new rows", () => {
    expect(checkContentIds(content({ milestones: [{ id: "m1", title: "a", dueOn: "2026-03-31", ownerName: "甲" }, { title: "新", dueOn: "2026-05-01", ownerName: "乙" }] }), live, "change")).toEqual([]);
  });

  it("refuses a foreign id or one used twice: PROJ-07 in a change, PROJ-04/05 in a proposal", () => {
    const twice = content({ indicators: [{ id: "i1", name: "a", unit: "%", baseline: 1, target: 2 }, { id: "i1", name: "b", unit: "%", baseline: 1, target: 2 }] });
    expect(checkContentIds(twice, live, "change")).toMatchObject([{ field: "indicators.1.id", rule: "PROJ-07" }]);
    expect(checkContentIds(content({ milestones: [{ id: "x", title: "a", dueOn: "2026-03-31", ownerName: "甲" }] }), live, "proposal")).toMatchObject([
      { field: "milestones.0.id", rule: "PROJ-05" },
    ]);
  });
});

describe("PROJ-07: a change changes something", () => {
  it("refuses the same content, whitespace aside", () => {
    expect(checkChangeDiffers(content({ title: " 党建引领美丽乡村建设 " }), content())).toMatchObject([{ rule: "PROJ-07", field: "reason" }]);
  });

  it("accepts a changed target, a new milestone or a dropped one", () => {
    expect(checkChangeDiffers(content({ indicators: [{ id: "i1", name: "党员志愿服务参与率", unit: "%", baseline: 40, target: 90 }] }), content())).toEqual([]);
    expect(checkChangeDiffers(content({ milestones: [] }), content())).toEqual([]);
  });
});

describe("the committee's comment", () => {
  it("is optional on approval and required to return or reject", () => {
    expect(checkDecisionComment("approve", undefined)).toEqual([]);
    expect(checkDecisionComment("approved", undefined)).toEqual([]);
    expect(checkDecisionComment("return", " ")).toMatchObject([{ field: "comment", message: expect.stringContaining("退回修改须写明意见") }]);
    expect(checkDecisionComment("rejected", undefined)).toMatchObject([{ field: "comment", message: expect.stringContaining("不予批准须写明理由") }]);
    expect(checkDecisionComment("reject", "与去年重复")).toEqual([]);
  });
});
