import { describe, expect, it } from "vitest";
import { FileNeedSchema, NeedActionSchema } from "../../../shared/contracts/member-needs.contract";
import { NOTE_ACTIONS, noteActionsOf } from "./need-actions";

describe("the action buttons of a need", () => {
  it("offers only what the server allows, in the page's order, rating aside", () => {
    expect(noteActionsOf(["withdraw", "rate", "reopen"])).toEqual(["reopen", "withdraw"]);
    expect(noteActionsOf(["escalate", "resolve", "progress"])).toEqual(["progress", "resolve", "escalate"]);
    expect(noteActionsOf([])).toEqual([]);
  });

  it("asks for at least as much note as the contract does", () => {
    for (const [action, text] of Object.entries(NOTE_ACTIONS)) {
      const short = "办".repeat(Math.max(0, text.minLength - 1));
      const enough = "办".repeat(Math.max(1, text.minLength));
      expect(NeedActionSchema.safeParse({ action, note: enough }).success, action).toBe(true);
      if (text.minLength > 0) expect(NeedActionSchema.safeParse({ action, note: short }).success, action).toBe(false);
      expect(NeedActionSchema.safeParse({ action, note: "办".repeat(text.maxLength + 1) }).success, action).toBe(false);
    }
    expect(FileNeedSchema.safeParse({ category: "life", title: "修缮", description: "屋顶漏雨。" }).success).toBe(true);
  });
});
