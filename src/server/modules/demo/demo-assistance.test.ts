import { describe, expect, it } from "vitest";
import { CARE_RECIPIENT_KINDS } from "../../../shared/care";
import { checkAmount, checkCampaign, checkRecipient, checkRecipientEnd, checkVisitors } from "../assistance/assistance.rules";
import { DEMO_CAMPAIGNS, DEMO_EVERYDAY_HELP, DEMO_RECORDS_2025, DEMO_RECORDS_2026, demoGift } from "./demo-assistance";

const REFERENCE_DAY = "2026-11-25";
const RECORDS = [...DEMO_RECORDS_2025, ...DEMO_RECORDS_2026];

describe("the demo's help and visits", () => {
  it("records every kind, the masses each with their consent (AID-01/02/04)", () => {
    expect(new Set(RECORDS.map((r) => r.kind))).toEqual(new Set(CARE_RECIPIENT_KINDS));
    for (const r of RECORDS) {
      const member = r.member ? { standing: "active" } : undefined;
      expect({ who: r.personName ?? r.member, issues: checkRecipient({ ...r, memberId: r.member ? "picked" : null, member, orgId: "org" }, REFERENCE_DAY) }).toEqual({ who: r.personName ?? r.member, issues: [] });
    }
    expect(RECORDS.filter((r) => r.kind === "masses").every((r) => r.consentOn && r.consentNote && r.consentOn <= r.startedOn)).toBe(true);
  });

  it("records the 2025 people before the Spring Festival campaign and the 2026 ones after it", () => {
    const spring = DEMO_CAMPAIGNS.find((c) => c.key === "spring")!;
    expect(DEMO_RECORDS_2025.every((r) => r.startedOn < spring.plannedOn)).toBe(true);
    expect(DEMO_RECORDS_2026.every((r) => r.startedOn > spring.dueOn)).toBe(true);
  });

  it("ends one record after its visits, with a reason (AID-04)", () => {
    const ended = RECORDS.filter((r) => r.ended);
    expect(ended).toHaveLength(1);
    for (const r of ended) expect(checkRecipientEnd({ startedOn: r.startedOn, endedOn: null }, r.ended!.on, REFERENCE_DAY)).toEqual([]);
  });

  it("plans a Spring Festival and a 七一 campaign of the town, and a branch's own, each within its year before it starts (AID-09)", () => {
    expect(DEMO_CAMPAIGNS.map((c) => [c.orgCode, c.kind])).toEqual([
      ["QS", "spring_festival"],
      ["QS", "july_first"],
      ["QS-CUN01", "other"],
    ]);
    for (const c of DEMO_CAMPAIGNS) {
      expect(checkCampaign({ year: Number(c.startsOn.slice(0, 4)), startsOn: c.startsOn, dueOn: c.dueOn })).toEqual([]);
      expect(c.plannedOn <= c.startsOn && c.dueOn <= REFERENCE_DAY).toBe(true);
    }
    // Spring almost complete, 七一 partly covered: the coverage and the not-visited lists both mean something.
    expect(DEMO_CAMPAIGNS.find((c) => c.key === "spring")!.coverage).toBeGreaterThan(0.9);
    expect(DEMO_CAMPAIGNS.find((c) => c.key === "july")!.coverage).toBeLessThan(0.7);
  });

  it("gives only what AID-07 allows: money in positive whole fen, goods with their value, talks with none", () => {
    for (const c of DEMO_CAMPAIGNS) {
      for (const kind of CARE_RECIPIENT_KINDS) {
        for (const roll of [0.1, 0.9]) {
          const gift = demoGift(c.key, kind, roll);
          expect({ c: c.key, kind, issues: checkAmount(gift.kind, gift.amountFen) }).toEqual({ c: c.key, kind, issues: [] });
        }
      }
    }
    for (const help of DEMO_EVERYDAY_HELP) expect(checkAmount(help.kind, help.amountFen)).toEqual([]);
    expect(checkVisitors(["镇党委组织委员", "镇联村干部"])).toEqual([]);
  });
});
