import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { RecordStepSchema } from "../../../shared/contracts/development.contract";
import { STEP_CODES } from "../../../shared/development-steps";
import { buildStepInput, type RecordableStepCode, STEP_FIELDS } from "./step-form";

const base = { occurredOn: dayjs("2026-03-02"), actorNames: "  张三（支部书记） ", notes: "", documentIds: [] };
const MEMBER_A = "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30";
const MEMBER_B = "9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b";

describe("buildStepInput", () => {
  it("has a form for every step but the application, which is recorded with the person", () => {
    expect(Object.keys(STEP_FIELDS).sort()).toEqual(STEP_CODES.filter((code) => code !== "submitApplication").sort());
  });

  it("sends the common fields trimmed, blanks as null", () => {
    expect(buildStepInput("applicantTalk", base)).toEqual({
      code: "applicantTalk",
      occurredOn: "2026-03-02",
      actorNames: "张三（支部书记）",
      notes: null,
      documentIds: [],
    });
  });

  it("builds a request the contract accepts for each step's own fields", () => {
    const cases: [RecordableStepCode, object][] = [
      ["determineActivist", { recommendation: "mass_organization" }],
      ["assignCultivators", { cultivatorIds: [MEMBER_A] }],
      ["assignIntroducers", { introducerIds: [MEMBER_A, MEMBER_B] }],
      ["politicalReview", { decision: "passed" }],
      ["centralizedTraining", { days: 3, hours: null, certificateNumber: "QS-2026-01" }],
      ["determineCandidate", { publicityFrom: dayjs("2026-02-20"), publicityTo: dayjs("2026-02-27") }],
      ["admissionForm", { formNumber: "0012345" }],
      ["assignGroup", { groupOrgId: MEMBER_B }],
      ["archive", { archiveLocation: "镇党委" }],
    ];
    for (const [code, values] of cases) {
      const parsed = RecordStepSchema.safeParse(buildStepInput(code, { ...base, ...values }));
      expect(parsed.success, `${code}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("sends the vote with written opinions defaulting to 0 and the entitled voters only when given", () => {
    const input = buildStepInput("admissionMeeting", {
      ...base,
      vote: { present: 8, inFavour: 7, against: 0, abstaining: 1, ballot: "secret", excludedFromQuorum: [{ memberId: MEMBER_A, reason: "ill" }, {}] },
    });
    expect(input).toMatchObject({
      vote: { present: 8, inFavour: 7, against: 0, abstaining: 1, writtenInFavour: 0, writtenAgainst: 0, writtenAbstaining: 0, ballot: "secret" },
    });
    expect(input.code === "admissionMeeting" && input.vote.excludedFromQuorum).toEqual([{ memberId: MEMBER_A, reason: "ill" }]);
    expect("entitledVoters" in (input as { vote: object }).vote).toBe(false);
    expect(RecordStepSchema.safeParse(input).success).toBe(true);
  });

  it("sends the extension months only with a proposal to extend", () => {
    const vote = { entitledVoters: 9, present: 8, inFavour: 7, against: 1, abstaining: 0, ballot: "show_of_hands" as const };
    expect(buildStepInput("conversionMeeting", { ...base, proposal: "extend", extensionMonths: 6, vote })).toMatchObject({ proposal: "extend", extensionMonths: 6 });
    expect(buildStepInput("conversionMeeting", { ...base, proposal: "convert", extensionMonths: 6, vote })).toMatchObject({ proposal: "convert", extensionMonths: null });
  });
});
