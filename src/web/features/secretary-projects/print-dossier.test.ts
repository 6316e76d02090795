import { describe, expect, it } from "vitest";
import type { CommentThread, ProgressReport } from "../../../shared/contracts/secretary-project-progress.contract";
import { allGuidance, formatAmount, versionHeading } from "./print-dossier";

const thread = (id: string, createdAt: string): CommentThread => ({ id, reportId: null, parentId: null, side: "committee", body: id, authorName: null, createdAt, replies: [] });

describe("the printed project file", () => {
  it("heads each version with its number, kind and decision", () => {
    expect(versionHeading({ no: 1, kind: "proposal", status: "approved" })).toBe("第 1 版 立项申请 · 已批准");
    expect(versionHeading({ no: 2, kind: "change", status: "pending" })).toBe("第 2 版 变更申请 · 待审核");
  });

  it("gathers the guidance on reports and on the project, the oldest first", () => {
    const report = { reportedOn: "2026-06-30", milestoneTitle: "集中整治", comments: [thread("on-report", "2026-07-02T01:00:00Z")] } as unknown as ProgressReport;
    const guidance = allGuidance([report], [thread("on-project", "2026-03-01T01:00:00Z")]);
    expect(guidance.map((g) => [g.on, g.thread.id])).toEqual([
      ["项目整体", "on-project"],
      ["2026-06-30 进展报告（集中整治）", "on-report"],
    ]);
  });

  it("writes numbers without trailing zeros", () => {
    expect(formatAmount(80)).toBe("80");
    expect(formatAmount(12.5)).toBe("12.5");
    expect(formatAmount(1 / 3)).toBe("0.33");
  });
});
