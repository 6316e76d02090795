import { readFile } from "node:fs/promises";
import { type Browser, expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";
import ExcelJS from "exceljs";
import { demoUsers, signIn } from "./fixtures/auth";

// A secretary project's whole year (书记项目, "书记抓、抓书记"): the secretary of 青山村 proposes the
// year's project (a milestone after the year's end is refused first, PROJ-05), the town committee
// approves it from its review queue, the secretary reports the first milestone done with indicator
// values, the committee comments on the report and rates a quarter, the secretary replies; at the
// year's end the secretary reports (述职), a member votes, the committee scores by the rubric and
// publishes; the committee's board ranks the branch, the workbook downloads, the project file prints,
// and the member sees the result. The demo leaves 青山村党支部 (QS-CUN01) without a 2026 project.

const BRANCH = "青山村党支部";
/** The first expectation after a page load waits longer: the suite's workers share two cores. */
const PAGE_LOAD = { timeout: 20_000 };

/**
 * The project's year, judged in China as the server does: this year once the year-end report has
 * opened (November, PROJ-11), else last year's project, entered late (PROJ-02 allows it), so the
 * whole year can be walked through in any month.
 */
function projectYear(): number {
  const [year, month] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7).split("-").map(Number) as [number, number];
  return month >= 11 ? year : year - 1;
}

const YEAR = projectYear();
const TITLE = "青山村“党员联户”积分制乡村治理";
const INDICATORS = [
  { name: "党员联系农户覆盖率", unit: "%", baseline: "60", target: "100", reported: "85" },
  { name: "矛盾纠纷村内化解件数", unit: "件", baseline: "12", target: "30", reported: "18" },
];
const MILESTONES = [
  { title: "制定联户方案，划分党员责任区", dueOn: `${YEAR}-06-30`, owner: "村党支部书记" },
  { title: "开展积分评比，年终兑现", dueOn: `${YEAR}-12-31`, owner: "支部组织委员" },
];
/** The committee's scores by the default rubric (40/30/15/15): 36.8 + 27 + 13.2 + 12.9 = 89.9. */
const SCORES = { 目标完成: "92", 工作成效: "90", 过程管理: "88", 创新特色: "86" };
/** 89.9 × 80% + one online vote of 好 (100) × 20% = 91.92 → 91.9, 好 (≥ 90). */
const FINAL_SCORE = "91.9";

/** The result card's tag once published: "2026-12-02 公布". */
const PUBLISHED_ON = /^\d{4}-\d{2}-\d{2} 公布$/;

/** Two Chinese characters on an antd button are spaced apart ("提 交"). */
const twoChars = (text: string) => new RegExp(`${text[0]}\\s*${text[1]}$`);

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", acceptDownloads: true })).newPage();
  await signIn(page, username);
  return page;
}

/** Chooses an option of the antd Select labelled `label` (in `scope`: the page or a dialog). */
async function choose(scope: Page | Locator, label: string, option: string | RegExp) {
  const page = "page" in scope ? scope.page() : scope;
  await scope.getByLabel(label, { exact: true }).click();
  const item = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: option }).first();
  await expect(item).toBeVisible();
  await item.dispatchEvent("click");
}

/** Types a date into an antd DatePicker and confirms it. */
async function fillDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press("Enter");
}

const statusTag = (page: Page) => page.locator(".ant-card-head-title .ant-tag").first();

/** The project page afresh (the other users acted in their own browsers), on one of its tabs. */
async function openProject(page: Page, id: string, tab?: "progress" | "year-end") {
  await page.goto(`/secretary-projects/${id}${tab ? `?tab=${tab}` : ""}`);
  await expect(page.getByText(TITLE).first()).toBeVisible(PAGE_LOAD);
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Confirms an antd Popconfirm (its OK button, in the popover). */
const confirmPopover = (page: Page, ok: string) => page.locator(".ant-popover:not(.ant-popover-hidden)").getByRole("button", { name: twoChars(ok) }).click();

test("a secretary project from proposal to a published, ranked result", async ({ browser }, testInfo) => {
  // Three users, a dozen pages, charts and a workbook: about five minutes on a busy two-core machine.
  test.setTimeout(600_000);
  const officer = await signedIn(browser, demoUsers.villageSecretary);
  const committee = await signedIn(browser, demoUsers.orgAdmin);
  const member = await signedIn(browser, demoUsers.member);

  // 1. The secretary proposes the year's project. The form is first filled for the next year, then
  //    switched back to this one: the milestones' dates now fall after the year's end (PROJ-05).
  await officer.goto("/secretary-projects");
  await officer.getByRole("button", { name: "申报书记项目" }).click(PAGE_LOAD);
  await expect(officer.getByText("申报书记项目").first()).toBeVisible(PAGE_LOAD);
  await expect(officer.getByLabel("党组织", { exact: true })).toHaveValue(BRANCH);
  await expect(officer.getByLabel("牵头书记")).not.toHaveValue("未登记书记");
  await choose(officer, "项目年度", `${YEAR + 1} 年度`);
  await officer.getByLabel("项目名称").fill(TITLE);
  await choose(officer, "项目类别", "服务党员和群众");
  await officer.getByLabel("针对的问题和意义").fill("村里外出务工人员多，矛盾纠纷和环境整治缺人管，党员作用发挥不明显，需要书记牵头建立党员联户、积分管理的机制。");
  await officer.getByLabel("参与人员和资源").fill("支部委员 5 人，党员志愿者 20 人，村集体经费 3 万元");
  await officer.getByRole("button", { name: "添加指标" }).click();
  for (const [i, indicator] of INDICATORS.entries()) {
    await officer.getByLabel(`第${i + 1}项指标名称`).fill(indicator.name);
    await officer.getByLabel(`第${i + 1}项指标计量单位`).fill(indicator.unit);
    await officer.getByLabel(`第${i + 1}项指标基数`).fill(indicator.baseline);
    await officer.getByLabel(`第${i + 1}项指标目标值`).fill(indicator.target);
  }
  await officer.getByRole("button", { name: "添加节点" }).click();
  for (const [i, milestone] of MILESTONES.entries()) {
    await officer.getByLabel(`第${i + 1}个节点任务`).fill(milestone.title);
    await fillDate(officer, `第${i + 1}个节点完成时限`, milestone.dueOn.replace(String(YEAR), String(YEAR + 1)));
    await officer.getByLabel(`第${i + 1}个节点责任人`).fill(milestone.owner);
  }
  await choose(officer, "项目年度", `${YEAR} 年度`);
  await officer.getByRole("button", { name: "保存草稿" }).click();
  const refusal = officer.getByText(`第 1 个节点“${MILESTONES[0]!.title}”的完成时限 ${YEAR + 1}-06-30 晚于项目年度末（${YEAR}-12-31）`);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("PROJ-05");
  await expect(officer).toHaveURL(/\/secretary-projects\/new$/);
  await shot(officer, testInfo, "01-proposal-refused");

  // Dates within the year: saved as a draft, then submitted to the town committee.
  for (const [i, milestone] of MILESTONES.entries()) await fillDate(officer, `第${i + 1}个节点完成时限`, milestone.dueOn);
  await expect(refusal).toBeHidden();
  await officer.getByRole("button", { name: "保存草稿" }).click();
  await expect(officer).toHaveURL(/\/secretary-projects\/[0-9a-f-]{36}$/, PAGE_LOAD);
  const projectId = officer.url().split("/").at(-1)!;
  await expect(statusTag(officer)).toHaveText("草稿", PAGE_LOAD);
  await officer.getByRole("button", { name: "提交审核" }).click();
  await expect(officer.getByRole("dialog")).toContainText("提交上级党委审核？");
  await officer.getByRole("dialog").getByRole("button", { name: twoChars("提交") }).click();
  await expect(statusTag(officer)).toHaveText("待审核");
  await expect(officer.getByText(/已提交中共青山镇委员会审核/)).toBeVisible();
  await shot(officer, testInfo, "01-proposal-submitted");

  // 2. The town committee finds it in its review queue (待我审核) and approves it with a comment.
  await committee.goto("/secretary-projects");
  await committee.getByText("待我审核", { exact: true }).click(PAGE_LOAD);
  await committee.getByRole("button", { name: /查\s*询/ }).click();
  await expect(committee).toHaveURL(/awaitingMe=true/);
  const queued = committee.locator(".ant-table-row").filter({ hasText: TITLE });
  await expect(queued).toContainText(BRANCH, PAGE_LOAD);
  await expect(queued).toContainText("待审核");
  await queued.getByRole("link", { name: TITLE }).click();
  await expect(statusTag(committee)).toHaveText("待审核", PAGE_LOAD);
  await committee.getByRole("button", { name: "批准立项" }).click();
  const review = committee.getByRole("dialog");
  await expect(review).toContainText("审核立项申请");
  const APPROVAL = "同意立项。联户要落实到每名党员，积分评比要公开透明。";
  await review.getByLabel("审核意见").fill(APPROVAL);
  await review.getByRole("button", { name: twoChars("提交") }).click();
  await expect(statusTag(committee)).toHaveText("已立项（实施中）");
  await expect(committee.getByText("（第 1 版）")).toBeVisible();
  await committee.getByRole("tab", { name: /版本历史/ }).click();
  await expect(committee.getByText(APPROVAL)).toBeVisible();
  await shot(committee, testInfo, "02-approved");

  // 3. The secretary reports the first milestone done, with both indicators' values.
  await openProject(officer, projectId, "progress");
  await expect(statusTag(officer)).toHaveText("已立项（实施中）");
  await officer.getByRole("button", { name: "报告进展" }).click();
  const report = officer.getByRole("dialog");
  await expect(report).toContainText(`报告进展 · ${TITLE}`);
  await choose(report, "所属节点", MILESTONES[0]!.title);
  await report.getByLabel("进展情况").fill("联户方案经支部党员大会通过，全村 32 名党员每人联系 8 至 10 户，已建立联户台账。");
  for (const indicator of INDICATORS) await report.getByLabel(indicator.name, { exact: true }).fill(indicator.reported);
  await report.getByText("本节点已完成").click();
  await report.getByRole("button", { name: "提交报告" }).click();
  await expect(report).toBeHidden();
  const reported = officer.getByTestId("progress-report").filter({ hasText: MILESTONES[0]!.title });
  await expect(reported).toContainText("节点已完成");
  await expect(reported).toContainText(`${INDICATORS[0]!.name}：${INDICATORS[0]!.reported} ${INDICATORS[0]!.unit}`);
  await expect(reported).toContainText(`${INDICATORS[1]!.name}：${INDICATORS[1]!.reported} ${INDICATORS[1]!.unit}`);
  await shot(officer, testInfo, "03-progress-reported");

  // 4. The committee comments on the report (点评) and rates the third quarter; the secretary replies.
  const GUIDANCE = "联户台账要动态更新，下一步把积分评比和村规民约结合起来。";
  await openProject(committee, projectId, "progress");
  const onReport = committee.getByTestId("progress-report").filter({ hasText: MILESTONES[0]!.title });
  await onReport.getByRole("button", { name: twoChars("点评") }).click();
  await onReport.getByLabel("对本次进展的点评和指导意见").fill(GUIDANCE);
  await onReport.getByRole("button", { name: "发表点评" }).click();
  await expect(onReport.getByTestId("project-guidance")).toContainText(GUIDANCE);
  const q3 = committee.getByTestId("checkpoint-quarter").filter({ hasText: "第三季度" });
  await q3.getByRole("button", { name: twoChars("评定") }).click();
  const rating = committee.getByRole("dialog");
  await expect(rating).toContainText("季度督查 · 第三季度");
  await rating.getByText("按计划推进", { exact: true }).click();
  await rating.getByLabel("督查意见").fill("联户工作推进有序，按计划完成节点任务。");
  await rating.getByRole("button", { name: twoChars("评定") }).click();
  await expect(rating).toBeHidden();
  await expect(q3.locator(".ant-tag")).toHaveText("按计划推进");
  await expect(q3).toContainText("联户工作推进有序");
  await shot(committee, testInfo, "04-guidance-and-checkpoint");

  const REPLY = "已按要求每月更新台账，积分办法提交村民代表会议讨论。";
  await openProject(officer, projectId, "progress");
  const guidance = officer.getByTestId("progress-report").filter({ hasText: GUIDANCE });
  await guidance.getByRole("button", { name: twoChars("回复") }).click();
  await guidance.getByLabel("回复上级党委的点评：落实情况、下一步打算").fill(REPLY);
  await guidance.getByRole("button", { name: twoChars("回复") }).click();
  await expect(guidance.getByTestId("project-reply")).toContainText(REPLY);
  await expect(officer.getByTestId("checkpoint-quarter").filter({ hasText: "第三季度" })).toContainText("按计划推进");
  await shot(officer, testInfo, "04-reply");

  // 5. The year-end report (述职).
  await officer.getByRole("tab", { name: "述职评价" }).click();
  await officer
    .getByLabel("述职报告")
    .fill("一年来，支部书记牵头推行党员联户、积分管理，党员联系农户覆盖率由 60% 提高到 100%，村内化解矛盾纠纷 30 件；下一步把积分评比纳入村规民约。");
  await officer.getByRole("button", { name: "提交述职报告" }).click();
  await expect(statusTag(officer)).toHaveText("已述职");
  await expect(officer.getByTestId("year-end-report")).toContainText("党员联户");
  await shot(officer, testInfo, "05-year-end-report");

  // 6. The committee opens the vote; a member of the branch's group votes; the committee closes it,
  //    scores by the rubric and publishes.
  await openProject(committee, projectId, "year-end");
  await expect(committee.getByTestId("year-end-report")).toContainText("党员联户");
  await committee.getByRole("button", { name: "开始网上测评" }).click();
  await confirmPopover(committee, "开始");
  await expect(committee.getByText("网上测评已开始", { exact: false }).first()).toBeVisible();
  await expect(committee.getByRole("button", { name: "结束网上测评" })).toBeVisible();

  await member.goto("/secretary-projects");
  await member.getByRole("link", { name: TITLE }).click(PAGE_LOAD);
  await member.getByRole("tab", { name: "述职评价" }).click(PAGE_LOAD);
  const ballot = member.getByTestId("vote-card");
  await expect(ballot).toContainText("测评无记名");
  await ballot.getByText("好", { exact: true }).click();
  await ballot.getByRole("button", { name: twoChars("投票") }).click();
  await expect(member.getByText("您已投票", { exact: true })).toBeVisible();
  await shot(member, testInfo, "06-member-voted");

  await committee.reload();
  await expect(committee.getByText(/1 人 \/ 可参加 \d+ 人/)).toBeVisible(PAGE_LOAD);
  await committee.getByRole("button", { name: "结束网上测评" }).click();
  await confirmPopover(committee, "结束");
  await expect(committee.getByText("已结束", { exact: true }).first()).toBeVisible();
  for (const [label, score] of Object.entries(SCORES)) await committee.getByLabel(`${label}得分`).fill(score);
  await expect(committee.getByTestId("live-total")).toContainText("89.9");
  await committee.getByLabel("综合评价").fill("书记亲自抓，机制管用，群众认可。");
  await committee.getByRole("button", { name: "保存评价" }).click();
  await expect(statusTag(committee)).toHaveText("已评价");
  await expect(committee.getByTestId("final-score")).toContainText(FINAL_SCORE);
  await expect(committee.getByText("未公布（仅上级党委可见）")).toBeVisible();
  await committee.getByRole("button", { name: "公布结果" }).click();
  await confirmPopover(committee, "公布");
  await expect(statusTag(committee)).toHaveText("结果已公布");
  await expect(committee.getByText(PUBLISHED_ON)).toBeVisible();
  await shot(committee, testInfo, "06-published");

  // 7. The committee's board: the ranking for the year, the workbook, the printable project file.
  await committee.goto(`/secretary-projects/board?year=${YEAR}`);
  await expect(committee.getByText("书记项目督查看板")).toBeVisible(PAGE_LOAD);
  const ranked = committee.locator(".ant-table-row").filter({ hasText: TITLE });
  await expect(ranked).toContainText(BRANCH, PAGE_LOAD);
  await expect(ranked).toContainText(FINAL_SCORE);
  await expect(ranked.locator(".ant-tag").filter({ hasText: /^好$/ })).toBeVisible();
  await expect(ranked).toContainText("结果已公布");
  await shot(committee, testInfo, "07-board-ranking");

  const downloading = committee.waitForEvent("download");
  await committee.getByRole("button", { name: "导出 Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^书记项目_.+_${YEAR}年_\\d{8}\\.xlsx$`));
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip: the xlsx container
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rankingSheet = workbook.getWorksheet("评价排名");
  const rows: string[] = [];
  rankingSheet?.eachRow((row) => rows.push((row.values as unknown[]).join("|")));
  expect(rows.find((r) => r.includes(BRANCH))).toContain(TITLE);

  await committee.goto(`/secretary-projects/${projectId}/print`);
  await expect(committee.getByRole("heading", { name: "书记项目档案" })).toBeVisible(PAGE_LOAD);
  for (const section of ["一、项目申报表", "二、审批意见", "三、进展报告", "四、上级党委点评", "五、季度督查", "六、年终述职", "七、评价结果"]) {
    await expect(committee.getByRole("heading", { name: section })).toBeVisible();
  }
  await expect(committee.getByText(GUIDANCE).first()).toBeVisible();
  await expect(committee.getByText(REPLY).first()).toBeVisible();
  await expect(committee.getByRole("button", { name: twoChars("打印") })).toBeVisible();
  await shot(committee, testInfo, "07-project-file");

  // 8. The member sees the published result.
  await member.reload();
  await expect(member.getByTestId("final-score")).toContainText(FINAL_SCORE, PAGE_LOAD);
  await expect(member.getByText(PUBLISHED_ON)).toBeVisible();
  await expect(member.getByText("评价等次")).toBeVisible();
  await shot(member, testInfo, "08-member-sees-result");
});
