import { type Browser, expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";

// A safety responsibility area (安全责任区, the three safeties of the brief §四) through its year: the
// secretary of 青山村 sets one up for the demo member with a public commitment, records a deed of the
// year's record (a one-character entry is refused first, POST-06), and the list's chart and filters
// count it; the member sees it read-only, and on their own member page. Runs on the real clock: the
// area is set up this year (in China), today, so the record's dates hold on any day.

const BRANCH = "青山村党支部";
/** The first expectation after a page load waits longer: the suite's workers share two cores, often with other work. */
const PAGE_LOAD = { timeout: 45_000 };

/** Today in China, as the server and the browser (Asia/Shanghai) judge it. */
const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
const STAMP = Date.now();
const NAME = `后山森林防火安全责任区（${STAMP}）`;
const SCOPE = "后山林区、竹园及沿线 12 户农户";
const COMMITMENT = "防火期每周巡山不少于两次，宣传野外不用火，发现火情第一时间报告并参与扑救。";
const DEED = "巡查后山林区，劝阻田间烧荒 1 起，清理防火通道杂草 200 米。";

/** Two Chinese characters on an antd button are spaced apart ("设 立"). */
const twoChars = (text: string) => new RegExp(`${text[0]}\\s*${text[1]}$`);

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
  await signIn(page, username);
  return page;
}

/** Chooses an option of the antd Select labelled `label`, typing `search` first when given. */
async function choose(scope: Page | Locator, label: string, option: string | RegExp, search?: string) {
  const page = "page" in scope ? scope.page() : scope;
  await scope.getByLabel(label, { exact: true }).click();
  if (search) await page.keyboard.type(search);
  const item = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: option }).first();
  await expect(item).toBeVisible();
  await item.dispatchEvent("click");
}

/**
 * Opens a page from the side menu (under `group` when given), as a person does: an in-app navigation,
 * cheaper than a full page load on two shared cores.
 */
async function openFromMenu(page: Page, item: string, group?: string) {
  const sider = page.getByRole("complementary");
  await expect(sider.getByText(group ?? item, { exact: true })).toBeVisible(PAGE_LOAD);
  const entry = sider.getByText(item, { exact: true });
  if (group && !(await entry.isVisible())) await sider.getByText(group, { exact: true }).click();
  await entry.click();
}

/** The list chart's line for the year: "共 N 个，在岗 N 个，履诺记录 N 条". */
async function summaryCounts(page: Page): Promise<[number, number, number]> {
  const line = page.getByText(/^共 \d+ 个，在岗 \d+ 个，履诺记录 \d+ 条$/);
  await expect(line).toBeVisible(PAGE_LOAD);
  return ((await line.textContent())!.match(/\d+/g) ?? []).map(Number) as [number, number, number];
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test("a safety responsibility area: set up, its record kept, counted, and seen by its member", async ({ browser }, testInfo) => {
  // Two users, about ten pages and a chart: three to four minutes beside other work on a busy two-core machine.
  test.setTimeout(600_000);
  const [officer, member] = await Promise.all([signedIn(browser, demoUsers.villageSecretary), signedIn(browser, demoUsers.member)]);

  // The member's own record in the roster (a member's roster is their own row): their name and page.
  await openFromMenu(member, "党员");
  const own = member.locator(".ant-table-row").first().getByRole("link");
  await expect(own).toBeVisible(PAGE_LOAD);
  const memberName = (await own.textContent())!.trim();
  const memberPage = (await own.getAttribute("href"))!;

  // 1. The secretary's list: the year's chart before, then the form.
  await openFromMenu(officer, "示范岗责任区", "关爱服务");
  await expect(officer.getByText(`${YEAR} 年度示范岗、责任区`)).toBeVisible(PAGE_LOAD);
  const [total, active, entries] = await summaryCounts(officer);
  await officer.getByRole("button", { name: "设立示范岗（责任区）" }).click();
  await expect(officer.getByText("设立党员示范岗、责任区")).toBeVisible(PAGE_LOAD);
  await expect(officer.getByText(BRANCH).first()).toBeVisible();
  await choose(officer, "党员", `${memberName}（`, memberName);
  await officer.locator("label.ant-radio-button-wrapper", { hasText: /^安全责任区$/ }).click();
  await officer.locator("label.ant-radio-button-wrapper", { hasText: /^生产安全$/ }).click();
  await officer.getByLabel("岗位（责任区）名称").fill(NAME);
  await officer.getByLabel("责任范围").fill(SCOPE);
  await officer.getByLabel("公开承诺").fill(COMMITMENT);
  await officer.getByRole("button", { name: twoChars("设立") }).click();
  await expect(officer).toHaveURL(/\/care\/posts\/[0-9a-f-]{36}$/, PAGE_LOAD);
  const postId = officer.url().split("/").at(-1)!;
  const header = officer.locator(".ant-card-head-title").first();
  await expect(header).toContainText(NAME, PAGE_LOAD);
  await expect(header.locator(".ant-tag")).toHaveText(["安全责任区（生产安全）", "在岗"]);
  await expect(officer.getByText(COMMITMENT)).toBeVisible();
  await expect(officer.getByText(`${YEAR} 年度`, { exact: true })).toBeVisible();
  await expect(officer.getByText(TODAY, { exact: true })).toBeVisible();
  await shot(officer, testInfo, "01-area-set-up");

  // 2. The year's record: a one-character deed is refused (POST-06), then the deed is recorded.
  await officer.getByRole("button", { name: "记录履诺情况" }).click();
  const dialog = officer.getByRole("dialog");
  await expect(dialog).toContainText(`记录履诺情况 · ${NAME}`);
  await expect(dialog.getByLabel("日期")).toHaveValue(TODAY);
  await dialog.getByLabel("履诺情况").fill("好");
  await dialog.getByRole("button", { name: twoChars("记录") }).click();
  const refusal = dialog.locator(".ant-form-item-explain-error").filter({ hasText: "请填写履诺情况（至少 2 个字）" });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("POST-06");
  await shot(officer, testInfo, "02-entry-refused");
  await dialog.getByLabel("履诺情况").fill(DEED);
  await expect(refusal).toBeHidden();
  await dialog.getByRole("button", { name: twoChars("记录") }).click();
  await expect(dialog).toBeHidden();
  const record = officer.locator(".ant-card").filter({ has: officer.getByText(`履诺记录（${YEAR} 年度）`) });
  await expect(record).toContainText(DEED);
  await expect(record).toContainText(`${YEAR}年${Number(TODAY.slice(5, 7))}月`);
  await expect(officer.getByText(`1 条，最近 ${TODAY}`)).toBeVisible();
  await shot(officer, testInfo, "02-entry-recorded");

  // 3. The list: the chart counts one more area in post and one more deed; the filters find it.
  await openFromMenu(officer, "示范岗责任区", "关爱服务");
  await expect(officer.getByText(`共 ${total + 1} 个，在岗 ${active + 1} 个，履诺记录 ${entries + 1} 条`, { exact: true })).toBeVisible(PAGE_LOAD);
  // A choice submits the filters at once and the form refills from the URL: wait for each before typing.
  await choose(officer, "类型", /^安全责任区$/);
  await expect(officer).toHaveURL(/kind=safety_area/);
  await choose(officer, "安全类别", /^生产安全$/);
  await expect(officer).toHaveURL(/safetyKind=production/);
  await officer.getByLabel("搜索").fill(String(STAMP));
  await officer.getByRole("button", { name: /查\s*询/ }).click();
  await expect(officer).toHaveURL(new RegExp(`q=${STAMP}`));
  const rows = officer.locator(".ant-table-row");
  await expect(rows).toHaveCount(1, PAGE_LOAD);
  await expect(rows.first()).toContainText(NAME);
  await expect(rows.first()).toContainText(memberName);
  await expect(rows.first()).toContainText(`1 条（${TODAY.slice(5)}）`);
  await expect(rows.first()).toContainText("在岗");
  await shot(officer, testInfo, "03-list-filtered");

  // 4. The member: the branch's list without 设立, the area read-only with its record.
  await openFromMenu(member, "示范岗责任区", "关爱服务");
  await expect(member.getByRole("link", { name: NAME })).toBeVisible(PAGE_LOAD);
  await expect(member.getByRole("button", { name: "设立示范岗（责任区）" })).toHaveCount(0);
  await member.getByRole("link", { name: NAME }).click();
  await expect(member.locator(".ant-card-head-title").first()).toContainText(NAME, PAGE_LOAD);
  await expect(member).toHaveURL(new RegExp(`/care/posts/${postId}$`));
  await expect(member.getByText(DEED)).toBeVisible();
  await expect(member.getByText(COMMITMENT)).toBeVisible();
  for (const button of [twoChars("修改"), twoChars("撤销"), /记录履诺情况/, /上传材料/]) await expect(member.getByRole("button", { name: button })).toHaveCount(0);
  await shot(member, testInfo, "04-member-reads");

  // 5. The member's own page lists the area in its posts card.
  await openFromMenu(member, "党员");
  await member.locator(`a[href="${memberPage}"]`).click(PAGE_LOAD);
  await expect(member.getByText(`党员详情 · ${memberName}`)).toBeVisible(PAGE_LOAD);
  const posts = member.locator(".ant-card").filter({ has: member.getByText("党员示范岗、责任区", { exact: true }) });
  const item = posts.locator(".ant-list-item").filter({ hasText: NAME });
  await expect(item).toContainText(`${YEAR} 年度`, PAGE_LOAD);
  await expect(item).toContainText("安全责任区（生产安全）");
  await expect(item).toContainText(`承诺：${COMMITMENT}`);
  await expect(item).toContainText("在岗");
  await shot(member, testInfo, "05-member-page");
});
