import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";

// A small democratic evaluation (民主评议党员) to a published result: the secretary of 青山村 creates the
// 2026 campaign for the branch, records the study, moves through the phases; the demo member writes
// the self-evaluation and casts the secret ballot online, the rest are typed in from paper; everyone is
// graded within EVAL-01, given feedback, and the result is published and seen by the member.

const PAGE_LOAD = { timeout: 20_000 };

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, username);
  return page;
}

/** Moves the campaign on with the bar at the bottom, confirming where the step asks for it. */
async function advance(page: Page, button: string | RegExp, confirm?: string) {
  await page.getByRole("button", { name: button }).click();
  if (confirm) await page.getByRole("button", { name: confirm }).click();
}

const phaseTag = (page: Page) => page.locator(".ant-card-head-title .ant-tag").first();

test("a branch evaluation from creation to a published result", async ({ browser }) => {
  // Two users and a page of fifty members through seven phases: minutes on a shared two-core machine.
  test.setTimeout(420_000);
  const officer = await signedIn(browser, demoUsers.villageSecretary);
  const member = await signedIn(browser, demoUsers.member);

  // The secretary creates the year's campaign for their own branch.
  await officer.goto("/org-life/evaluations");
  await officer.getByRole("button", { name: "新建年度评议" }).click(PAGE_LOAD);
  const dialog = officer.getByRole("dialog");
  await expect(dialog.getByText(/由青山村党支部组织开展/)).toBeVisible();
  await dialog.getByLabel("评议年度").fill("2026");
  await dialog.getByRole("button", { name: /建\s*立/ }).click();
  await expect(officer.getByText("2026年度民主评议党员").first()).toBeVisible(PAGE_LOAD);
  await expect(phaseTag(officer)).toHaveText("学习教育");

  // Study (EVAL-03 wants it written down), then self-evaluation.
  await expect(officer.getByRole("button", { name: /进入下一阶段/ })).toBeDisabled();
  await officer.getByLabel("学习教育情况").fill("集中学习党章和入党誓词，对照合格党员标准查找差距。");
  await officer.getByRole("button", { name: /保\s*存/ }).click();
  await advance(officer, "进入下一阶段：个人自评（党性分析）");
  await expect(phaseTag(officer)).toHaveText("个人自评（党性分析）");

  // Self-evaluations are the API tests' concern (members write them on their own page); on to the vote.
  await expect(officer.getByText(/^0 \/ \d+$/)).toBeVisible();
  await advance(officer, "进入下一阶段：党员互评");
  await expect(phaseTag(officer)).toHaveText("党员互评");
  await advance(officer, "进入下一阶段：民主测评", "开始测评");
  await expect(phaseTag(officer)).toHaveText("民主测评");

  // The member's secret ballot, online, once.
  await member.goto("/org-life/evaluations/mine");
  await member.getByRole("button", { name: "全部设为合格" }).click(PAGE_LOAD);
  await member.getByRole("button", { name: "提交测评票" }).click();
  await expect(member.getByText("本次测评为无记名投票")).toBeVisible();
  await member.getByRole("button", { name: "确认提交" }).click();
  await expect(member.getByText("您已完成民主测评")).toBeVisible();

  // Three paper ballots typed in; the first gives its first member 优秀.
  await officer.reload();
  await expect(officer.getByText("网上测评")).toBeVisible(PAGE_LOAD);
  for (let i = 0; i < 3; i += 1) await officer.getByRole("button", { name: "添加一张（默认全部合格）" }).click();
  const firstCell = officer.getByRole("combobox", { name: /^第1张票 / }).first();
  await firstCell.click();
  await officer.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: "优秀" }).click();
  await officer.getByRole("button", { name: "提交 3 张纸质票" }).click();
  await officer.getByRole("button", { name: /^提\s*交$/ }).click();
  await expect(officer.getByText("已录入 3 张纸质测评票")).toBeVisible();
  await expect(officer.getByText(/^4\/\d+$/)).toBeVisible();

  // Closing the vote counts it; grading follows the vote, within EVAL-01.
  await advance(officer, "结束测评并统计", "结束并统计");
  await expect(phaseTag(officer)).toHaveText("评定等次");
  await officer.getByRole("tab", { name: "测评统计图" }).click();
  await expect(officer.getByText("民主测评结果（共 4 张：网上 1，纸质 3）")).toBeVisible();
  await officer.getByRole("tab", { name: "评定等次与反馈" }).click();
  await officer.getByRole("button", { name: "按测评结果填写建议等次" }).click();
  await officer.getByRole("button", { name: "建议等次作为评定等次" }).click();
  await expect(officer.getByTestId("cap-评定")).toContainText("评定优秀 0 / 上限");
  await officer.getByRole("button", { name: /保存等次/ }).click();
  await expect(officer.getByText(/已保存 \d+ 名党员的等次/)).toBeVisible();

  // Feedback to every member, then publication.
  await officer.getByRole("button", { name: "统一填写反馈" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: /反馈给 \d+ 名党员/ }).click();
  await expect(officer.getByText(/已记录 \d+ 名党员的反馈/)).toBeVisible();
  await advance(officer, "公示评议结果", "确认公示");
  await expect(phaseTag(officer)).toHaveText("结果公示");
  await expect(officer.getByText("报上级党委", { exact: true })).toBeVisible();

  // The member sees the published result.
  await member.reload();
  await expect(member.getByText("我的评定等次")).toBeVisible(PAGE_LOAD);
  await expect(member.getByText(/评议结果公示/)).toBeVisible();
  await expect(member.getByText("已由党支部书记当面反馈评议结果", { exact: false })).toBeVisible();
});
