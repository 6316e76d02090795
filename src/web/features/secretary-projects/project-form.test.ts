import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { ProjectDetail } from "../../../shared/contracts/secretary-projects.contract";
import { toContent, toFormValues } from "./project-form";

const detail = {
  year: 2026,
  title: "党建引领美丽乡村建设",
  category: "party_building",
  problem: "村内环境卫生长效管理不到位。",
  resources: "",
  indicators: [{ id: "11111111-1111-4111-8111-111111111111", name: "参与率", unit: "%", baseline: 40, target: 80, latestValue: null, latestOn: null, progress: 0, achieved: false }],
  milestones: [
    { id: "22222222-2222-4222-8222-222222222222", title: "制定方案", dueOn: "2026-03-31", ownerName: "书记", ownerMemberId: null, completedOn: "2026-03-20", state: "done", daysOverdue: 0 },
  ],
} as unknown as ProjectDetail;

describe("the project form's values", () => {
  it("round-trips the content, ids kept and dates as YYYY-MM-DD", () => {
    const values = toFormValues(detail);
    expect(values.milestones[0]!.dueOn.format("YYYY-MM-DD")).toBe("2026-03-31");
    expect(values.milestones[0]!.completedOn).toBe("2026-03-20");
    expect(toContent(values)).toEqual({
      title: "党建引领美丽乡村建设",
      category: "party_building",
      problem: "村内环境卫生长效管理不到位。",
      resources: "",
      indicators: [{ id: "11111111-1111-4111-8111-111111111111", name: "参与率", unit: "%", baseline: 40, target: 80 }],
      milestones: [{ id: "22222222-2222-4222-8222-222222222222", title: "制定方案", dueOn: "2026-03-31", ownerName: "书记" }],
    });
  });

  it("trims texts and leaves new rows without an id", () => {
    const content = toContent({
      title: " 新项目 ",
      category: "other",
      problem: " 问题 ",
      indicators: [{ name: " 户数 ", unit: " 户 ", baseline: 0, target: 5 }],
      milestones: [{ title: " 启动 ", dueOn: dayjs("2027-02-01"), ownerName: " 书记 " }],
    });
    expect(content).toEqual({
      title: "新项目",
      category: "other",
      problem: "问题",
      resources: "",
      indicators: [{ name: "户数", unit: "户", baseline: 0, target: 5 }],
      milestones: [{ title: "启动", dueOn: "2027-02-01", ownerName: "书记" }],
    });
  });
});
