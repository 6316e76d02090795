import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { initialStepValues, toStepRequest } from "./step-form";

const on = dayjs("2026-11-20");

describe("the step form's request", () => {
  it("sends a follow-up's conclusion only when one is chosen", () => {
    expect(toStepRequest("follow_up", { occurredOn: on, notes: " 考察 ", result: "none" })).toEqual({ kind: "follow_up", occurredOn: "2026-11-20", notes: "考察", result: null });
    expect(toStepRequest("follow_up", { occurredOn: on, notes: "考察", result: "improved" })).toMatchObject({ result: "improved" });
  });

  it("sends the vote of a 劝退 decision, and none for 限期改正 decided without one", () => {
    const vote = { entitledVoters: 9, present: 8, inFavour: 7, against: 1, abstaining: null };
    expect(toStepRequest("meeting_decision", { occurredOn: on, method: "persuade_to_leave", vote })).toEqual({
      kind: "meeting_decision",
      occurredOn: "2026-11-20",
      notes: null,
      method: "persuade_to_leave",
      vote: { entitledVoters: 9, present: 8, inFavour: 7, against: 1, abstaining: 0 },
    });
    expect(toStepRequest("meeting_decision", { occurredOn: on, method: "rectify_by_deadline", hasVote: false, vote })).not.toHaveProperty("vote");
  });

  it("sends the approval's document number and a withdrawal's reason", () => {
    expect(toStepRequest("committee_approval", { occurredOn: on, decision: "approved", documentNumber: " 青党批〔2026〕8号 " })).toMatchObject({ decision: "approved", documentNumber: "青党批〔2026〕8号" });
    expect(toStepRequest("conclusion", { occurredOn: on, notes: "误登记" })).toEqual({ kind: "conclusion", occurredOn: "2026-11-20", notes: "误登记", outcome: "withdrawn" });
  });

  it("preselects the only method the procedure allows", () => {
    expect(initialStepValues({ kind: "meeting_decision", methods: ["remove"] }, on, 9)).toMatchObject({ method: "remove", vote: { entitledVoters: 9 } });
    expect(initialStepValues({ kind: "meeting_decision", methods: ["rectify_by_deadline", "persuade_to_leave"] }, on, 9).method).toBeUndefined();
  });
});
