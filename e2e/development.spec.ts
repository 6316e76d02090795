import { expect, type Locator, type Page, test } from "@playwright/test";
import { MAX_PAGE_SIZE } from "../src/shared/contracts/common.contract";
import type { MemberListItem, MemberPage } from "../src/shared/contracts/members.contract";
import { demoUsers, signIn } from "./fixtures/auth";
import { minimalPdf } from "./fixtures/documents";
import { makeIdNumber } from "./fixtures/members-workbook";

// The development module's main path: the branch secretary of 青山村 registers an application and
// the branch and the town committee (the approving committee) record all 25 steps, with dates typed
// in (2023–2025), until the applicant is a full member in the roster. Along the way: a refusal with
// its rule id (DEV-07), and the branch never offered the committee's pre-review (separation of duties).

const BRANCH = "青山村党支部"; // QS-CUN01, cun01_shuji's branch; its approving committee is qs_admin's
const suffix = Date.now().toString(36).slice(-4);
const applicant = { name: `发展甲${suffix}`, idNumber: makeIdNumber("女") };
const DOCUMENT = "谈话记录.pdf";

const stageTag = (page: Page) => page.locator(".ant-card-head-title .ant-tag").first();
const stepButton = (page: Page, label: string) => page.getByRole("button", { name: `登记${label}`, exact: true });
const openDropdownOption = (page: Page, text: RegExp | string) =>
  page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: text });

/** Types a date into an antd DatePicker and confirms it. */
async function fillDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press("Enter");
}

// After a refused save antd leaves the spinner icon (named "loading") in the button, hence no ^.
const submit = (dialog: Locator) => dialog.locator(".ant-modal-footer").getByRole("button", { name: /登\s*记$/ }).click();

/**
 * Chooses an item of an open dropdown. The dropdown re-aligns whenever its list changes (a search
 * answering), so a click at a point on the screen may land beside it: the click goes to the item.
 */
async function choose(item: Locator) {
  await expect(item).toBeVisible();
  await item.dispatchEvent("click");
}

/** Closes an open select dropdown by clicking elsewhere in the dialog (Escape would close the dialog). */
const closeDropdown = (dialog: Locator) => dialog.locator(".ant-modal-title").click();

/**
 * For the first expectation after a page load (bundle, session, a lazily loaded page, its data),
 * which on a machine busy with the suite's workers may take longer than an expect's default 5 s.
 */
const PAGE_LOAD = { timeout: 20_000 };

/** Shows the file afresh, after the other body recorded steps in their own browser. */
async function reloadFile(page: Page) {
  await page.reload();
  await expect(page.getByText(`发展档案 · ${applicant.name}`)).toBeVisible(PAGE_LOAD);
}

async function openStep(page: Page, label: string): Promise<Locator> {
  await stepButton(page, label).click();
  return page.getByRole("dialog");
}

/** 登记 one step through its form: the date, then what the step asks for; the record shows in the checklist. */
async function recordStep(page: Page, code: string, label: string, date: string, fill?: (dialog: Locator) => Promise<void>) {
  const dialog = await openStep(page, label);
  await fillDate(dialog, "日期", date);
  await fill?.(dialog);
  await submit(dialog);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`checklist-${code}`)).toContainText(date);
}

/** Picks members in a MemberPicker, each searched by name on the server. */
async function pickMembers(dialog: Locator, label: string, names: string[]) {
  const box = dialog.getByLabel(label, { exact: true });
  const options = openDropdownOption(dialog.page(), /./);
  for (const [i, name] of names.entries()) {
    await box.fill(name);
    // The search has answered once the list holds the members chosen so far and the one asked for.
    await expect(options).toHaveCount(i + 1);
    await choose(options.filter({ hasText: new RegExp(`^${name}（`) }));
    await expect(dialog.locator(".ant-select-selection-item", { hasText: name })).toBeVisible();
  }
  await closeDropdown(dialog);
}

/** The branch's full members, read with the signed-in session (the roster the server counts voters from). */
async function branchFullMembers(page: Page, orgId: string): Promise<MemberListItem[]> {
  const response = await page.request.get("/api/members", { params: { orgId, status: "full", pageSize: MAX_PAGE_SIZE } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as MemberPage;
  expect(body.total).toBe(body.items.length);
  return body.items;
}

/** Full members on a date, each the only one whose name holds theirs (so a search by name finds just them). */
function eligibleMembers(members: MemberListItem[], on: string, count: number): string[] {
  const names = members.map((member) => member.name);
  const picked = members
    .filter((member) => member.fullMemberOn !== null && member.fullMemberOn <= on)
    .filter((member) => names.filter((name) => name.includes(member.name)).length === 1)
    .slice(0, count)
    .map((member) => member.name);
  expect(picked).toHaveLength(count);
  return picked;
}

/** Who may vote at a general meeting: the full members by its day (the server counts the same from the roster). */
const votersOn = (members: MemberListItem[], on: string) => members.filter((member) => member.fullMemberOn !== null && member.fullMemberOn <= on).length;

/**
 * A unanimous vote: every entitled voter present and in favour. The entitled voters are left empty
 * for the server to count from the roster (full members by the meeting's day; probationary members
 * do not vote), and the attendance is that same number.
 */
async function fillUnanimousVote(dialog: Locator, voters: number) {
  await dialog.getByLabel("实到有表决权的党员人数", { exact: true }).fill(String(voters));
  await dialog.getByLabel("赞成票", { exact: true }).fill(String(voters));
  await dialog.getByLabel("反对票", { exact: true }).fill("0");
  await dialog.getByLabel("弃权票", { exact: true }).fill("0");
  await dialog.getByRole("radio", { name: "举手表决" }).check();
}

test("the branch and the approving committee take one applicant through all 25 steps to full membership", async ({ page, browser }, testInfo) => {
  // 25 steps through their forms: about 2 minutes alone, far more beside other workers on a small machine.
  test.setTimeout(600_000);
  await signIn(page, demoUsers.villageSecretary);

  // Step 1: 登记入党申请, received on 2023-03-01.
  await page.goto("/development");
  await page.getByRole("button", { name: /登记入党申请/ }).click();
  const createDialog = page.getByRole("dialog");
  await createDialog.getByLabel("受理党支部", { exact: true }).click();
  await choose(page.locator(".ant-select-tree-title", { hasText: `${BRANCH}（党支部）` }));
  await fillDate(createDialog, "入党申请书接收日期", "2023-03-01");
  await createDialog.getByLabel("姓名", { exact: true }).fill(applicant.name);
  await createDialog.getByLabel("身份证号", { exact: true }).fill(applicant.idNumber);
  await submit(createDialog);
  await expect(page).toHaveURL(/\/development\/[0-9a-f-]{36}$/);
  const personPath = new URL(page.url()).pathname;
  await expect(page.getByText(`发展档案 · ${applicant.name}`)).toBeVisible(PAGE_LOAD);
  await expect(stageTag(page)).toHaveText("入党申请人");
  await expect(page.getByTestId("checklist-submitApplication")).toContainText("2023-03-01");

  const personResponse = await page.request.get(`/api${personPath.replace("/development/", "/development/people/")}`);
  expect(personResponse.ok()).toBe(true);
  const { orgId } = (await personResponse.json()) as { orgId: string };
  const members = await branchFullMembers(page, orgId);

  // A document uploaded to the file, then attached to the talk.
  const documents = page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: /^材料$/ }) });
  await documents.locator("input[type=file]").setInputFiles({ name: DOCUMENT, mimeType: "application/pdf", buffer: minimalPdf() });
  await expect(documents.getByRole("link", { name: DOCUMENT })).toBeVisible();

  await recordStep(page, "applicantTalk", "党组织派人谈话", "2023-03-20", async (dialog) => {
    await dialog.getByLabel("材料", { exact: true }).click();
    await choose(openDropdownOption(page, DOCUMENT));
    await closeDropdown(dialog);
  });
  await expect(page.getByTestId("checklist-applicantTalk").getByRole("link", { name: DOCUMENT })).toBeVisible();

  // Stage 2: the activist, filed, with a cultivator and two half-yearly inspections.
  await recordStep(page, "determineActivist", "推荐和确定入党积极分子", "2023-05-10", (dialog) =>
    dialog.getByRole("radio", { name: "党员推荐" }).check(),
  );
  await expect(stageTag(page)).toHaveText("入党积极分子");
  await recordStep(page, "fileActivist", "报上级党委备案", "2023-05-15");
  await recordStep(page, "assignCultivators", "指定培养联系人", "2023-05-16", (dialog) =>
    pickMembers(dialog, "培养联系人", eligibleMembers(members, "2023-05-16", 1)),
  );
  await recordStep(page, "cultivation", "培养教育考察", "2023-10-01");
  await recordStep(page, "cultivation", "培养教育考察", "2024-04-01");

  // Stage 3: a day short of a year after the activist's date is refused with its rule (DEV-07).
  const candidateDialog = await openStep(page, "确定发展对象");
  await fillDate(candidateDialog, "日期", "2024-05-09");
  await submit(candidateDialog);
  await expect(candidateDialog.getByTestId("step-refusal")).toContainText("DEV-07");
  await expect(candidateDialog.getByTestId("step-refusal")).toContainText("2024-05-10");
  await page.screenshot({ path: testInfo.outputPath("candidate-refused.png") });
  await fillDate(candidateDialog, "日期", "2024-05-20");
  await submit(candidateDialog);
  await expect(candidateDialog).toBeHidden();
  await expect(page.getByTestId("checklist-determineCandidate")).toContainText("2024-05-20");
  await expect(page.getByTestId("checklist-determineCandidate")).not.toContainText("2024-05-09");
  await expect(stageTag(page)).toHaveText("发展对象");

  await recordStep(page, "fileCandidate", "报上级党委备案", "2024-05-25");
  await recordStep(page, "assignIntroducers", "确定入党介绍人", "2024-06-01", (dialog) =>
    pickMembers(dialog, "入党介绍人", eligibleMembers(members, "2024-06-01", 2)),
  );
  await recordStep(page, "politicalReview", "进行政治审查", "2024-06-20", (dialog) =>
    dialog.getByRole("radio", { name: "通过", exact: true }).check(),
  );
  await recordStep(page, "centralizedTraining", "开展集中培训", "2024-06-25", (dialog) => dialog.getByLabel("培训天数", { exact: true }).fill("3"));
  await recordStep(page, "committeeReview", "支部委员会审查", "2024-07-01");

  // Separation of duties: the pre-review is due, but it is the committee's, not the branch's.
  const preReviewItem = page.locator(".ant-steps-item").filter({ has: page.getByTestId("checklist-preReview") });
  await expect(preReviewItem).toContainText("待办理");
  await expect(preReviewItem).toContainText("上级党委");
  await expect(stepButton(page, "上级党委预审")).toHaveCount(0);

  // The committee's org admin, in a browser of their own.
  const committeeContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "zh-CN" });
  const committee = await committeeContext.newPage();
  await signIn(committee, demoUsers.orgAdmin);
  await committee.goto(personPath);
  await expect(committee.getByText(`发展档案 · ${applicant.name}`)).toBeVisible(PAGE_LOAD);
  await recordStep(committee, "preReview", "上级党委预审", "2024-07-10", (dialog) => dialog.getByRole("radio", { name: "通过", exact: true }).check());
  // …and the branch's next step is not the committee's to record.
  await expect(committee.locator(".ant-steps-item").filter({ has: committee.getByTestId("checklist-admissionForm") })).toContainText("待办理");
  await expect(stepButton(committee, "填写入党志愿书")).toHaveCount(0);

  // Stage 4 at the branch: the form and the general meeting's unanimous vote.
  await reloadFile(page);
  await recordStep(page, "admissionForm", "填写入党志愿书", "2024-07-15");
  await recordStep(page, "admissionMeeting", "支部大会讨论", "2024-07-20", (dialog) =>
    fillUnanimousVote(dialog, votersOn(members, "2024-07-20")),
  );
  await expect(page.getByTestId("checklist-admissionMeeting")).toContainText("举手表决");

  // The committee talks to the applicant, approves the admission and files it.
  await reloadFile(committee);
  await recordStep(committee, "approvalTalk", "上级党委派人谈话", "2024-08-01");
  await recordStep(committee, "approval", "上级党委审批", "2024-08-20", (dialog) => dialog.getByRole("radio", { name: "通过", exact: true }).check());
  await expect(stageTag(committee)).toHaveText("预备党员");
  await recordStep(committee, "fileAdmission", "再上一级党委组织部门备案", "2024-08-25");

  // Stage 5 at the branch: probation, then the conversion meeting (the new probationary member has no vote).
  await reloadFile(page);
  await expect(stageTag(page)).toHaveText("预备党员");
  await recordStep(page, "assignGroup", "编入党支部和党小组", "2024-09-01");
  await recordStep(page, "oath", "入党宣誓", "2024-09-01");
  await recordStep(page, "probationEducation", "继续教育考察", "2025-01-10");
  await recordStep(page, "conversionApplication", "提出转正申请", "2025-06-20");
  const votersAtConversion = await branchFullMembers(page, orgId);
  expect(votersAtConversion.some((member) => member.name === applicant.name)).toBe(false);
  await recordStep(page, "conversionMeeting", "支部大会讨论转正", "2025-07-25", async (dialog) => {
    await dialog.getByRole("radio", { name: "按期转正" }).check();
    await fillUnanimousVote(dialog, votersOn(votersAtConversion, "2025-07-25"));
  });

  await reloadFile(committee);
  await recordStep(committee, "conversionApproval", "上级党委审批转正", "2025-08-10", (dialog) =>
    dialog.getByRole("radio", { name: "通过", exact: true }).check(),
  );
  await expect(stageTag(committee)).toHaveText("正式党员");
  await committeeContext.close();

  await reloadFile(page);
  await recordStep(page, "archive", "材料归档", "2025-08-20");
  await expect(page.locator(".ant-card-head-title .ant-tag").nth(1)).toHaveText("已转正归档");
  for (const [stage, steps] of [["一", 2], ["二", 4], ["三", 5], ["四", 7], ["五", 7]] as const) {
    const card = page.locator(".ant-card-small").filter({ has: page.locator(".ant-card-head-title", { hasText: `第${stage}阶段` }) });
    await expect(card.locator(".ant-card-extra")).toHaveText(`${steps}/${steps} 已完成`);
  }
  await expect(page.getByRole("button", { name: /^登记/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("development-completed.png"), fullPage: true });

  // The roster now has the applicant as a full member.
  await page.goto(`/members?q=${encodeURIComponent(applicant.name)}`);
  const row = page.locator(".ant-table-row").filter({ hasText: applicant.name });
  await expect(row).toHaveCount(1, PAGE_LOAD);
  await expect(row).toContainText("正式党员");
  await expect(row).toContainText(BRANCH);
  await page.screenshot({ path: testInfo.outputPath("roster-full-member.png"), fullPage: true });
});
