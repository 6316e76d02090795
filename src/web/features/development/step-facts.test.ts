import { describe, expect, it } from "vitest";
import { describeStepFacts } from "./step-facts";

describe("describeStepFacts", () => {
  it("names the cultivators the server resolved", () => {
    const facts = { cultivators: [{ id: "a", name: "王建国" }, { id: "b", name: "张丽" }], cultivatorIds: ["a", "b"] };
    expect(describeStepFacts({ code: "assignCultivators", decision: null, facts })).toEqual(["培养联系人：王建国、张丽"]);
  });

  it("counts them when no names came with the record", () => {
    expect(describeStepFacts({ code: "assignIntroducers", decision: null, facts: { introducerIds: ["a", "b"] } })).toEqual(["入党介绍人：2 名"]);
  });

  it("reads a general meeting's vote with written opinions and exclusions", () => {
    const vote = {
      entitledVoters: 9,
      present: 8,
      inFavour: 7,
      against: 0,
      abstaining: 1,
      writtenInFavour: 1,
      writtenAgainst: 0,
      writtenAbstaining: 0,
      ballot: "secret",
      excludedFromQuorum: [{ memberId: "x", reason: "ill" }],
    };
    expect(describeStepFacts({ code: "conversionMeeting", decision: "convert", facts: { proposal: "convert", vote } })).toEqual([
      "表决事项：按期转正",
      "表决：应到 9 人，实到 8 人；赞成 7（书面 1）、反对 0、弃权 1；无记名投票；不计入应到会 1 人（因病不能表达本人意志）",
    ]);
  });

  it("describes training, publicity, the party group and outcomes", () => {
    expect(describeStepFacts({ code: "centralizedTraining", decision: null, facts: { days: 3, hours: 24, certificateNumber: "QS-01" } })).toEqual([
      "培训 3 天 / 24 学时",
      "结业证书：QS-01",
    ]);
    expect(describeStepFacts({ code: "determineCandidate", decision: null, facts: { publicityFrom: "2026-02-20", publicityTo: "2026-02-27" } })).toEqual([
      "公示：2026-02-20 至 2026-02-27",
    ]);
    expect(describeStepFacts({ code: "assignGroup", decision: null, facts: { group: { id: "g", name: "第一党小组" } } })).toEqual(["编入：第一党小组"]);
    expect(describeStepFacts({ code: "outcome", decision: null, facts: { outcome: "deferred", deferredToYear: 2027 } })).toEqual([
      "本年度暂缓发展",
      "暂缓至 2027 年",
    ]);
  });
});
