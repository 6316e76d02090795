import { describe, expect, it } from "vitest";
import type { ProjectContent, ProjectVersion } from "../../../shared/contracts/secretary-projects.contract";
import { compareVersion, diffContent } from "./version-diff";

const content = (over: Partial<ProjectContent> = {}): ProjectContent => ({
  title: "党建引领美丽乡村建设",
  category: "party_building",
  problem: "村内环境卫生长效管理不到位。",
  resources: "党员志愿者 20 人",
  indicators: [
    { id: "i1", name: "党员志愿服务参与率", unit: "%", baseline: 40, target: 80 },
    { id: "i2", name: "群众投诉件数", unit: "件", baseline: 30, target: 10 },
  ],
  milestones: [
    { id: "m1", title: "制定方案", dueOn: "2026-03-31", ownerName: "书记" },
    { id: "m2", title: "集中整治", dueOn: "2026-06-30", ownerName: "组织委员" },
  ],
  ...over,
});

const version = (no: number, status: ProjectVersion["status"], c: ProjectContent): ProjectVersion => ({
  id: `v${no}`,
  no,
  kind: no === 1 ? "proposal" : "change",
  status,
  content: c,
  reason: null,
  submittedAt: "2026-01-10T00:00:00.000Z",
  submittedByName: null,
  decidedAt: null,
  decidedByName: null,
  decisionComment: null,
});

describe("what a version changed", () => {
  it("finds nothing in the same content", () => {
    expect(diffContent(content(), content())).toEqual([]);
  });

  it("names changed texts, targets, dates, owners, and added and dropped rows", () => {
    const after = content({
      title: "党建引领人居环境整治",
      resources: "党员志愿者 30 人",
      indicators: [{ id: "i1", name: "党员志愿服务参与率", unit: "%", baseline: 40, target: 90 }, { name: "群众满意度", unit: "%", baseline: 70, target: 90 }],
      milestones: [{ id: "m1", title: "制定方案", dueOn: "2026-04-15", ownerName: "副书记" }, content().milestones[1]!],
    });
    expect(diffContent(content(), after)).toEqual([
      "项目名称：“党建引领美丽乡村建设”改为“党建引领人居环境整治”",
      "修改了参与人员和资源",
      "指标“党员志愿服务参与率”：目标值 80 → 90",
      "新增指标“群众满意度”（基数 70%，目标 90%）",
      "删除指标“群众投诉件数”（基数 30件，目标 10件）",
      "节点“制定方案”：时限 2026-03-31 → 2026-04-15，责任人 书记 → 副书记",
    ]);
  });

  it("matches a row without an id by its name (added by an earlier change)", () => {
    const before = content({ indicators: [{ name: "群众满意度", unit: "%", baseline: 70, target: 90 }] });
    const after = content({ indicators: [{ id: "i9", name: "群众满意度", unit: "%", baseline: 70, target: 95 }] });
    expect(diffContent(before, after)).toEqual(["指标“群众满意度”：目标值 90 → 95"]);
  });

  it("compares with the latest approved version before, else the one just before", () => {
    const v1 = version(1, "returned", content());
    const v2 = version(2, "approved", content({ title: "第二版" }));
    const v3 = version(3, "returned", content({ title: "第三版" }));
    const v4 = version(4, "pending", content({ title: "第四版" }));
    const all = [v1, v2, v3, v4];
    expect(compareVersion(all, v1)).toEqual({ baseNo: null, baseIsApproved: false, changes: [] });
    expect(compareVersion(all, v2)).toMatchObject({ baseNo: 1, baseIsApproved: false, changes: ["项目名称：“党建引领美丽乡村建设”改为“第二版”"] });
    expect(compareVersion(all, v4)).toMatchObject({ baseNo: 2, baseIsApproved: true, changes: ["项目名称：“第二版”改为“第四版”"] });
  });
});
