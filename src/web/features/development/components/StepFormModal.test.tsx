import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordableStepCode } from "../step-form";
import { StepFormModal } from "./StepFormModal";

// antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const person = {
  id: "6d0f3f7e-5b7c-4d1a-9e2b-1c3d5e7f9a0b",
  name: "李晓红",
  orgId: "0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d7e",
  orgName: "青山村党支部",
  files: [],
};
const members = {
  items: [
    { id: "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30", name: "王建国", orgName: "青山村党支部" },
    { id: "9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b", name: "张丽", orgName: "青山村党支部" },
  ],
  total: 2,
  page: 1,
  pageSize: 200,
};
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

function renderForm(code: RecordableStepCode, { isCommitteeUser = false, onStep = (): Response => json({ id: person.id }, 201) } = {}) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.startsWith("/api/members")) return json(members);
    if (url.startsWith("/api/orgs")) return json({ items: [], total: 0, page: 1, pageSize: 200 });
    if (url.endsWith("/steps")) return onStep();
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const onRecorded = vi.fn();
  render(
    <App>
      <StepFormModal person={person} code={code} isCommitteeUser={isCommitteeUser} onClose={() => {}} onRecorded={onRecorded} />
    </App>,
  );
  return { fetchMock, onRecorded };
}

const labels = () => [...document.querySelectorAll(".ant-modal .ant-form-item-label label")].map((node) => node.textContent);
const COMMON = ["日期", "经办人", "记录", "材料"];
const VOTE = [
  "应到会有表决权的党员人数",
  "实到有表决权的党员人数",
  "赞成票",
  "反对票",
  "弃权票",
  "书面意见赞成",
  "书面意见反对",
  "书面意见弃权",
  "表决方式",
  "不计入应到会人数的党员",
];
const setNumber = (label: string, value: number) => fireEvent.change(screen.getByLabelText(label), { target: { value: String(value) } });
const submit = () => fireEvent.click(within(document.querySelector(".ant-modal-footer") as HTMLElement).getByRole("button", { name: /登\s*记/ }));

describe("StepFormModal fields by step", { timeout: 30_000 }, () => {
  it.each<[RecordableStepCode, string[]]>([
    ["applicantTalk", []],
    ["determineActivist", ["推荐方式"]],
    ["assignCultivators", ["培养联系人"]],
    ["assignIntroducers", ["入党介绍人"]],
    ["politicalReview", ["政治审查结论"]],
    ["preReview", ["预审结果"]],
    ["approval", ["审批结果"]],
    ["conversionApproval", ["审批结果"]],
    ["determineCandidate", ["公示开始日期", "公示结束日期"]],
    ["admissionForm", ["入党志愿书编号"]],
    ["assignGroup", ["编入党小组"]],
    ["archive", ["档案存放处"]],
    ["admissionMeeting", VOTE],
    ["conversionMeeting", ["表决事项", ...VOTE]],
  ])("%s shows the common fields and %j", (code, own) => {
    renderForm(code);
    expect(labels()).toEqual([COMMON[0], COMMON[1], ...own, COMMON[2], COMMON[3]]);
  });

  it("shows the training exception only to committee users", () => {
    renderForm("centralizedTraining");
    expect(labels()).toEqual(["日期", "经办人", "培训天数", "培训学时", "结业证书编号", "记录", "材料"]);
  });

  it("lets a committee user state a training exception (§17)", () => {
    renderForm("centralizedTraining", { isCommitteeUser: true });
    expect(labels()).toContain("特殊情况说明");
  });

  it("asks for the extension months only when the meeting votes to extend the probation", async () => {
    renderForm("conversionMeeting");
    expect(labels()).not.toContain("延长预备期（月）");
    fireEvent.click(screen.getByLabelText("延长预备期"));
    await waitFor(() => expect(labels()).toContain("延长预备期（月）"));
    fireEvent.click(screen.getByLabelText("按期转正"));
    await waitFor(() => expect(labels()).not.toContain("延长预备期（月）"));
  });

  it("explains that the entitled voters may be left to the roster", () => {
    renderForm("admissionMeeting");
    expect(screen.getByText("留空则按名册自动计算：本支部正式党员（不含预备党员）")).toBeTruthy();
  });
});

describe("StepFormModal vote hint (DEV-15)", { timeout: 30_000 }, () => {
  it("reads the vote live once the entitled voters are filled in", async () => {
    renderForm("admissionMeeting");
    setNumber("实到有表决权的党员人数", 6);
    expect(screen.queryByTestId("vote-hint")).toBeNull();

    setNumber("应到会有表决权的党员人数", 9);
    setNumber("赞成票", 5);
    setNumber("反对票", 1);
    setNumber("弃权票", 0);
    expect(await screen.findByText("按此票数，决议通过")).toBeTruthy();

    // 4 of the 6 present is not more than half of the 9 who should attend.
    setNumber("赞成票", 4);
    setNumber("反对票", 2);
    expect(await screen.findByText("按此票数，决议不通过")).toBeTruthy();

    // A written opinion in favour from an absent member counts.
    setNumber("书面意见赞成", 1);
    expect(await screen.findByText("按此票数，决议通过")).toBeTruthy();

    setNumber("实到有表决权的党员人数", 4);
    setNumber("赞成票", 3);
    setNumber("反对票", 1);
    expect(await screen.findByText("未达到法定人数")).toBeTruthy();

    setNumber("赞成票", 5);
    expect(await screen.findByText("票数有误")).toBeTruthy();
  });
});

describe("StepFormModal refusals", { timeout: 30_000 }, () => {
  it("shows a rule refusal as an alert naming the rule and under the field it concerns", async () => {
    const refusal = {
      error: {
        code: "DEV-15",
        message: "实到人数未超过应到会有表决权党员的半数，不能表决（DEV-15，细则第二十二条）",
        details: [{ field: "vote.present", rule: "DEV-15", message: "实到人数须超过应到会人数的半数" }],
      },
    };
    const { fetchMock, onRecorded } = renderForm("admissionMeeting", { onStep: () => json(refusal, 422) });
    setNumber("实到有表决权的党员人数", 3);
    setNumber("赞成票", 3);
    setNumber("反对票", 0);
    setNumber("弃权票", 0);
    fireEvent.click(screen.getByLabelText("无记名投票"));
    submit();

    expect(await screen.findByText("不符合规定（DEV-15）")).toBeTruthy();
    expect(screen.getByText(refusal.error.message)).toBeTruthy();
    const presentItem = screen.getByLabelText("实到有表决权的党员人数").closest(".ant-form-item") as HTMLElement;
    expect(await within(presentItem).findByText("实到人数须超过应到会人数的半数")).toBeTruthy();
    expect(onRecorded).not.toHaveBeenCalled();

    const posted = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/steps"));
    expect(JSON.parse(String(posted?.[1]?.body))).toMatchObject({
      code: "admissionMeeting",
      vote: { present: 3, inFavour: 3, against: 0, abstaining: 0, writtenInFavour: 0, ballot: "secret", excludedFromQuorum: [] },
    });
  });

  it("says so when the caller's body does not record this step", async () => {
    const { onRecorded } = renderForm("preReview", {
      onStep: () => json({ error: { code: "development.wrong_body", message: "“上级党委预审”由具有审批权限的基层党委登记" } }, 403),
    });
    fireEvent.click(screen.getByLabelText("通过"));
    submit();
    expect(await screen.findByText("无权登记此步骤")).toBeTruthy();
    expect(screen.getByText("“上级党委预审”由具有审批权限的基层党委登记")).toBeTruthy();
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it("requires 1 or 2 cultivators before sending anything (DEV-05)", async () => {
    const { fetchMock } = renderForm("assignCultivators");
    submit();
    expect(await screen.findByText("请指定 1 至 2 名正式党员作培养联系人（DEV-05）")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith("/steps"))).toBe(false);
  });
});
