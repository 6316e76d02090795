import { describe, expect, it } from "vitest";
import { currentDeadline, dateTimeOf, dayOf, daysOverdue, formatFigure, needStages, overdueText } from "./need-display";
import { detail, listItem } from "./test-needs";

describe("how the needs pages show dates and deadlines", () => {
  it("shows a timestamp as China's date and time, whatever the browser's zone", () => {
    expect(dayOf("2026-11-20T17:30:00.000Z")).toBe("2026-11-21");
    expect(dayOf("2026-11-20")).toBe("2026-11-20");
    expect(dayOf(null)).toBe("—");
    expect(dateTimeOf("2026-11-20T17:30:00.000Z")).toBe("2026-11-21 01:30");
  });

  it("counts the days past the deadline the need has passed, from the server's today", () => {
    const ack = listItem({ overdue: "acknowledge", acknowledgeDueOn: "2026-11-19" });
    expect(daysOverdue(ack, "2026-11-25")).toBe(6);
    expect(overdueText(ack, "2026-11-25")).toBe("受理超期 6 天");
    expect(overdueText(ack)).toBe("受理超期");
    const resolve = listItem({ status: "acknowledged", overdue: "resolve", acknowledgeDueOn: "2026-10-01", resolveDueOn: "2026-11-20" });
    expect(overdueText(resolve, "2026-11-25")).toBe("办理超期 5 天");
    expect(overdueText(listItem(), "2026-11-25")).toBe("");
  });

  it("names the deadline that matters now: acknowledgement, then resolution, none after closure", () => {
    expect(currentDeadline(listItem())).toEqual({ label: "受理时限", dueOn: "2026-11-19" });
    expect(currentDeadline(listItem({ status: "escalated", resolveDueOn: "2026-12-20" }))).toEqual({ label: "办结时限", dueOn: "2026-12-20" });
    expect(currentDeadline(listItem({ status: "resolved", resolveDueOn: "2026-12-20" }))).toBeNull();
    expect(currentDeadline(listItem({ status: "withdrawn" }))).toBeNull();
  });

  it("formats rates and times with one decimal, a dash when nothing was measured", () => {
    expect(formatFigure(66.666, "%")).toBe("66.7%");
    expect(formatFigure(3, " 天")).toBe("3.0 天");
    expect(formatFigure(null, "%")).toBe("—");
  });
});

describe("the need's way to closure (Steps)", () => {
  const titles = (stages: ReturnType<typeof needStages>) => stages.map((s) => `${s.title}:${s.status}`);

  it("marks acknowledgement as the current stage of a new need, with its deadline", () => {
    const stages = needStages(detail());
    expect(titles(stages)).toEqual(["提出诉求:finish", "受理:process", "办结:wait", "评价:wait"]);
    expect(stages[1]!.description).toBe("时限 2026-11-19");
  });

  it("shows the escalation only when it happened, and waits for the member's rating after closure", () => {
    const stages = needStages(
      detail({ status: "resolved", acknowledgedAt: "2026-11-17T01:00:00Z", escalatedAt: "2026-11-18T01:00:00Z", resolvedAt: "2026-11-24T01:00:00Z", resolveDueOn: "2026-12-18" }),
    );
    expect(titles(stages)).toEqual(["提出诉求:finish", "受理:finish", "提交上级党委:finish", "办结:finish", "评价:process"]);
    expect(stages[3]!.description).toBe("2026-11-24");
  });

  it("shows a reopened need being worked again, and a withdrawn one stopped where it was", () => {
    const reopened = needStages(detail({ status: "reopened", reopenCount: 1, acknowledgedAt: "2026-11-17T01:00:00Z", resolvedAt: "2026-11-20T01:00:00Z", resolveDueOn: "2026-12-25" }));
    expect(titles(reopened)).toEqual(["提出诉求:finish", "受理:finish", "重新办理:process", "评价:wait"]);
    const withdrawn = needStages(detail({ status: "withdrawn", withdrawnAt: "2026-11-18T01:00:00Z" }));
    expect(titles(withdrawn)).toEqual(["提出诉求:finish", "受理:error", "办结:wait", "评价:wait"]);
    expect(withdrawn[1]!.description).toBe("已撤回 2026-11-18");
  });
});
