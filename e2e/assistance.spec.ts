import { type Browser, expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";

// Help and visits (帮扶、走访慰问) through one visit: the town committee plans a campaign covering
// today and prefills its targets; the secretary of 青山村 picks a person not visited this year, is
// refused a 慰问金 without an amount (AID-07), records ¥200.50 under the campaign; the person leaves
// the 本年未走访 list, the visit shows in 走访记录, and the committee's campaign counts one more
// visited in 青山村 and exactly ¥200.50 more. Runs on the real clock: the demo's campaigns all end
// before its date (2026-11-25), so the visit is dated today and the campaign made to cover it.

const BRANCH = "青山村党支部";
/** The first expectation after a page load waits longer: the suite's workers share two cores. */
const PAGE_LOAD = { timeout: 30_000 };

/** Today in China, as the server and the browser (Asia/Shanghai) judge it. */
const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
const TITLE = `${YEAR}年岁末困难党员走访慰问（${Date.now()}）`;
const AMOUNT = { typed: "200.50", fen: 20_050, label: "¥200.50" };
const VISITORS = ["李建军", "王红梅"];

/** Two Chinese characters on an antd button are spaced apart ("保 存"). */
const twoChars = (text: string) => new RegExp(`${text[0]}\\s*${text[1]}$`);

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
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

/** "1,234.56" (yuan as shown) → exact fen, by strings only. */
const toFen = (shown: string) => {
  const [yuan = "0", cents = "00"] = shown.replaceAll(",", "").trim().split(".");
  return Number(yuan) * 100 + Number(cents.padEnd(2, "0"));
};
const asYuan = (fen: number) => `${String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${String(fen % 100).padStart(2, "0")}`;

/** The campaign page's figures: where 青山村's visited count (coverage table) and the money under the campaign are shown. */
function campaignFigures(page: Page) {
  const coverage = page.locator(".ant-card").filter({ has: page.getByText(/^走访覆盖情况 · /) });
  return {
    chart: coverage.locator("canvas").first(),
    visited: coverage.locator(".ant-table-row").filter({ hasText: new RegExp(`^${BRANCH}\\d`) }).locator("td").nth(2),
    money: page.locator(".ant-statistic").filter({ hasText: "慰问金（按计划登记）" }).locator(".ant-statistic-content-value"),
  };
}

/** A bordered description's value, by its label. */
const field = (page: Page, label: string) => page.getByRole("rowheader", { name: label, exact: true }).locator("xpath=following-sibling::td[1]");

/** 关爱服务 → 帮扶走访 from the menu (a page change in the app, cheaper than loading the whole app again). */
async function openAssistance(page: Page) {
  await page.getByRole("menuitem", { name: /关爱服务$/ }).click(PAGE_LOAD);
  await page.getByRole("menuitem", { name: "帮扶走访", exact: true }).click();
  await expect(page.getByRole("tab", { name: "帮扶对象", selected: true })).toBeVisible(PAGE_LOAD);
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test("a visit with money: off the not-visited list, in the records, counted in the campaign to the cent", async ({ browser }, testInfo) => {
  // Two users, about eight pages and a chart: well under a minute alone, more beside the other specs on two cores.
  test.setTimeout(300_000);
  const [committee, officer] = await Promise.all([signedIn(browser, demoUsers.orgAdmin), signedIn(browser, demoUsers.villageSecretary)]);

  // 1. The committee plans a campaign from today to the year's end and prefills its targets.
  await openAssistance(committee);
  await committee.getByRole("tab", { name: "走访慰问计划" }).click();
  await committee.getByRole("button", { name: /制定走访慰问计划$/ }).click(PAGE_LOAD);
  const plan = committee.getByRole("dialog");
  await choose(plan, "类别", "其他走访慰问");
  await plan.getByLabel("计划名称").fill(TITLE);
  const [startsOn, dueOn] = [plan.locator(".ant-picker-range input").first(), plan.locator(".ant-picker-range input").last()];
  await startsOn.click();
  await startsOn.fill(TODAY);
  await startsOn.press("Enter");
  await dueOn.fill(`${YEAR}-12-31`);
  await dueOn.press("Enter");
  await expect(startsOn).toHaveValue(TODAY);
  await expect(dueOn).toHaveValue(`${YEAR}-12-31`);
  await plan.getByRole("button", { name: twoChars("保存") }).click();
  await expect(committee).toHaveURL(/\/care\/assistance\/campaigns\/[0-9a-f-]{36}$/, PAGE_LOAD);
  await expect(committee.getByText(`${TODAY} 至 ${YEAR}-12-31`).first()).toBeVisible(PAGE_LOAD);
  await committee.getByRole("button", { name: /一键生成走访对象$/ }).click();
  await committee.getByRole("dialog").getByRole("button", { name: twoChars("确定") }).click();
  await expect(committee.getByText(/^已加入 [1-9]\d* 名走访对象$/)).toBeVisible();
  const figures = campaignFigures(committee);
  await expect(figures.chart).toBeVisible(PAGE_LOAD);
  const visitedBefore = Number((await figures.visited.textContent())!.trim());
  const moneyBefore = toFen((await figures.money.textContent())!);

  // 2. The secretary lists the people not visited this year and picks the first.
  await openAssistance(officer);
  const filtered = officer.waitForResponse((r) => r.url().includes("/api/care/people") && r.url().includes("notVisitedThisYear=true"));
  await officer.getByLabel("本年未走访").click();
  const notVisitedBefore = ((await (await filtered).json()) as { total: number }).total;
  expect(notVisitedBefore, "the demo leaves people in 青山村 not visited this year").toBeGreaterThan(0);
  await expect(officer).toHaveURL(/notVisitedThisYear=true/);
  // The filtered page on screen, not the whole list it replaces.
  await expect(officer.locator(".ant-pagination-total-text").first()).toHaveText(`共 ${notVisitedBefore} 人`, PAGE_LOAD);
  const rows = officer.locator(".ant-table-row");
  await expect(rows.first()).toContainText("未走访");
  const name = (await rows.first().locator("td").first().textContent())!.trim();
  const sameNameBefore = await rows.filter({ hasText: name }).count();
  await rows.first().getByRole("button", { name: "记录走访" }).click();

  // 3. A 慰问金 without an amount is refused on the amount field, citing AID-07; nothing is recorded.
  const visit = officer.getByRole("dialog");
  await expect(visit).toContainText("记录走访慰问");
  await expect(visit.getByText(name, { exact: false }).first()).toBeVisible();
  await expect(visit.getByLabel("走访日期")).toHaveValue(TODAY);
  const visitorsInput = visit.getByLabel("走访人");
  for (const visitor of VISITORS) {
    await visitorsInput.click();
    await visitorsInput.pressSequentially(visitor);
    await visitorsInput.press("Enter");
  }
  await visit.locator("label.ant-radio-button-wrapper", { hasText: /^慰问金$/ }).click();
  await visit.getByLabel("走访情况").fill("送去岁末慰问金，了解身体和生活情况，子女在外地工作，请邻居党员常去看看。");
  await visit.getByRole("button", { name: twoChars("保存") }).click();
  const amountItem = visit.locator(".ant-form-item").filter({ has: officer.getByLabel("慰问金金额（元）") });
  await expect(amountItem.locator(".ant-form-item-explain-error")).toHaveText("慰问金须填写金额");
  await expect(amountItem).toContainText("AID-07");
  await expect(officer).toHaveURL(/\/care\/assistance\?notVisitedThisYear=true$/);
  await shot(officer, testInfo, "02-amount-refused");

  // 4. With ¥200.50 and the campaign: recorded, and shown to the cent.
  await visit.getByLabel("慰问金金额（元）").fill(AMOUNT.typed);
  await expect(amountItem.locator(".ant-form-item-explain-error")).toHaveCount(0);
  await choose(visit, "关联走访慰问计划", TITLE);
  await visit.getByRole("button", { name: twoChars("保存") }).click();
  await expect(officer).toHaveURL(/\/care\/assistance\/visits\/[0-9a-f-]{36}$/, PAGE_LOAD);
  await expect(field(officer, "金额")).toHaveText(AMOUNT.label, PAGE_LOAD);
  await expect(field(officer, "方式")).toHaveText("慰问金");
  await expect(field(officer, "走访人")).toHaveText(VISITORS.join("、"));
  await expect(field(officer, "走访慰问计划")).toHaveText(TITLE);

  // 5. Back in the list: the person has left the 本年未走访 list.
  await officer.goBack();
  await expect(officer).toHaveURL(/\/care\/assistance\?notVisitedThisYear=true$/);
  // The last one gone, the table shows its empty state (no pagination) instead of "共 0 人".
  if (notVisitedBefore > 1) await expect(officer.locator(".ant-pagination-total-text").first()).toHaveText(`共 ${notVisitedBefore - 1} 人`, PAGE_LOAD);
  else await expect(officer.locator(".ant-table .ant-empty")).toBeVisible(PAGE_LOAD);
  await expect(officer.locator(".ant-table-row").filter({ hasText: name })).toHaveCount(sameNameBefore - 1);

  // 6. 走访记录: the one visit this year to that person, ¥200.50 under the campaign.
  await officer.getByRole("tab", { name: "走访记录" }).click();
  await expect(officer).toHaveURL(/\/care\/assistance\/visits/);
  await officer.getByLabel("走访对象").fill(name);
  await officer.getByLabel("走访对象").press("Enter");
  const recorded = officer.locator(".ant-table-row").filter({ hasText: name }).filter({ hasText: TODAY });
  await expect(recorded).toHaveCount(1, PAGE_LOAD);
  await expect(recorded).toContainText(AMOUNT.label);
  await expect(recorded).toContainText("慰问金");
  await expect(recorded).toContainText(TITLE);
  await shot(officer, testInfo, "04-visit-listed");

  // 7. The committee's campaign: one more visited in 青山村, the money up by exactly ¥200.50.
  await committee.getByRole("button", { name: "返回" }).click();
  await committee.getByRole("link", { name: TITLE }).click(PAGE_LOAD);
  await expect(committee.getByRole("tab", { name: /按计划登记的走访（1）/ })).toBeVisible(PAGE_LOAD);
  await expect(figures.chart).toBeVisible(PAGE_LOAD);
  await expect(figures.visited).toHaveText(String(visitedBefore + 1));
  await expect(figures.money).toHaveText(asYuan(moneyBefore + AMOUNT.fen));
  await shot(committee, testInfo, "05-campaign-coverage");
});
