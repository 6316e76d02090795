import { type Browser, expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";

// Recognition (创先争优) on its main path: the secretary of 青山村 nominates a member of the branch for
// 优秀共产党员; the town committee finds it under 待我审核 and shortlists it, and publicity (公示) starts
// today; a decision now is refused (HON-10) since publicity has not ended, an objection dated before
// publicity is refused (HON-08), and the member sees the notice. Then the committee publishes the
// demo's year-end award decided and waiting (镇机关's 优秀党务工作者, 已决定表彰（待发布）), and the
// honour appears on the board and on the honoured member's page. Runs on the real clock: the new
// nomination is this year's (in China); the demo's award stays 2026's.

const BRANCH = "青山村党支部";
const COMMITTEE = "中共青山镇委员会";
/** The first expectation after a page load waits longer: the suite's workers share two cores, often with other work. */
const PAGE_LOAD = { timeout: 45_000 };
/** The demo's year-end round (demo-recognition.ts): fixed, whatever day the suite runs. */
const DEMO_YEAR = 2026;
/** ctx.config.care.publicityDays, by default: calendar days counted with the first (HON-07). */
const PUBLICITY_DAYS = 5;

/** A day in China, `offset` days from today, as the server and the browser (Asia/Shanghai) judge it. */
const chinaDay = (offset = 0) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = chinaDay();
const PUBLICITY_ENDS = chinaDay(PUBLICITY_DAYS - 1);
const STAMP = Date.now();
const DEEDS = `担任上村党员联户责任区负责人，全年走访联系户 120 余次，帮助 6 户困难群众解决就医和子女上学问题；防汛期间带头值守（推荐编号 ${STAMP}）。`;

/** Two Chinese characters on an antd button are spaced apart ("确 定"). */
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

/** The nomination page's header: nominee, honour tag and status tag. */
const header = (page: Page) => page.locator(".ant-card-head-title").first();

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test("a nomination shortlisted into publicity, a decision refused before its end, and an award published into the honours", async ({ browser }, testInfo) => {
  // Three users, about a dozen pages: three to five minutes beside other work on a busy two-core machine.
  test.setTimeout(600_000);
  const users = [demoUsers.villageSecretary, demoUsers.orgAdmin, demoUsers.member];
  const [officer, committee, member] = (await Promise.all(users.map((username) => signedIn(browser, username)))) as [Page, Page, Page];

  // The nominee: the demo member of 青山村 (their roster is their own row).
  await openFromMenu(member, "党员");
  const own = member.locator(".ant-table-row").first().getByRole("link");
  await expect(own).toBeVisible(PAGE_LOAD);
  const nominee = (await own.textContent())!.trim();

  // 1. The secretary nominates the member for this year's 优秀共产党员.
  await openFromMenu(officer, "创先争优", "关爱服务");
  await officer.getByRole("button", { name: "推荐表彰对象" }).click(PAGE_LOAD);
  await expect(officer.getByText(`推荐组织：${BRANCH}`)).toBeVisible(PAGE_LOAD);
  await expect(officer.locator("label.ant-radio-button-wrapper-checked")).toHaveText("优秀共产党员");
  await choose(officer, "推荐党员", `${nominee}（`, nominee);
  await officer.getByLabel("先进事迹").fill(DEEDS);
  await officer.getByRole("button", { name: "提交推荐" }).click();
  await expect(officer).toHaveURL(/\/care\/recognition\/[0-9a-f-]{36}$/, PAGE_LOAD);
  const nominationId = officer.url().split("/").at(-1)!;
  await expect(header(officer)).toContainText(nominee, PAGE_LOAD);
  await expect(header(officer).locator(".ant-tag")).toHaveText(["优秀共产党员", "待审核"]);
  await expect(officer.getByText(`待${COMMITTEE}审核`)).toBeVisible();
  await expect(officer.getByText(DEEDS)).toBeVisible();
  await shot(officer, testInfo, "01-nominated");

  // 2. The town committee finds it under 待我审核 and shortlists it: publicity starts today.
  await openFromMenu(committee, "创先争优", "关爱服务");
  await committee.getByText("待我审核", { exact: true }).click(PAGE_LOAD);
  await committee.getByRole("button", { name: /查\s*询/ }).click();
  await expect(committee).toHaveURL(/awaitingMe=true/);
  const queued = committee.locator(".ant-table-row").filter({ has: committee.locator(`a[href="/care/recognition/${nominationId}"]`) });
  await expect(queued).toContainText(BRANCH, PAGE_LOAD);
  await expect(queued).toContainText("优秀共产党员");
  await expect(queued).toContainText("待审核");
  await queued.getByRole("link", { name: nominee }).click();
  await expect(header(committee).locator(".ant-tag")).toHaveText(["优秀共产党员", "待审核"], PAGE_LOAD);
  await committee.getByRole("button", { name: "确定公示对象" }).click();
  const shortlist = committee.getByRole("dialog");
  await expect(shortlist.getByLabel("公示开始日期")).toHaveValue(TODAY);
  await shortlist.getByLabel("审核意见").fill("事迹具体，群众公认，同意确定为公示对象。");
  await shortlist.getByRole("button", { name: twoChars("确定") }).click();
  await expect(shortlist).toBeHidden();
  await expect(header(committee).locator(".ant-tag")).toHaveText(["优秀共产党员", "公示中"]);
  await expect(committee.getByText(`公示中：剩余 ${PUBLICITY_DAYS} 天`)).toBeVisible();
  await expect(committee.getByText(`公示期 ${TODAY} 至 ${PUBLICITY_ENDS}（剩余 ${PUBLICITY_DAYS} 天，含今日）`)).toBeVisible();
  await shot(committee, testInfo, "02-in-publicity");

  // 3. No decision before publicity has ended (HON-10): the page offers none, and the server, asked
  //    directly in the committee's own session, refuses it with the rule. An objection dated before
  //    publicity began is refused under its date (HON-08).
  await expect(committee.getByRole("button", { name: "登记反映" })).toBeVisible();
  await expect(committee.getByRole("button", { name: "作出表彰决定" })).toHaveCount(0);
  const { csrfToken } = (await (await committee.request.get("/api/auth/me")).json()) as { csrfToken: string };
  const deciding = await committee.request.post(`/api/recognition/nominations/${nominationId}/actions`, {
    headers: { "x-csrf-token": csrfToken },
    data: { action: "decide", decision: "awarded" },
  });
  expect(deciding.status()).toBe(422);
  const { error } = (await deciding.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe("HON-10");
  expect(error.message).toContain(`公示期至 ${PUBLICITY_ENDS} 结束，${chinaDay(PUBLICITY_DAYS)} 起方可作出表彰决定`);

  await committee.getByRole("button", { name: "登记反映" }).click();
  const objection = committee.getByRole("dialog");
  const receivedOn = objection.getByLabel("收到日期");
  await receivedOn.fill(chinaDay(-1));
  await receivedOn.press("Enter");
  await objection.getByLabel("反映内容").fill("来电反映该同志在联户走访中有走过场的情况。");
  await objection.getByRole("button", { name: twoChars("登记") }).click();
  const refusal = objection.locator(".ant-form-item-explain-error").filter({ hasText: `只登记公示期间（${TODAY} 至 ${PUBLICITY_ENDS}）收到的反映` });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("HON-08");
  await shot(committee, testInfo, "03-objection-refused");
  await objection.getByRole("button", { name: twoChars("取消") }).click();
  await expect(header(committee).locator(".ant-tag")).toHaveText(["优秀共产党员", "公示中"]);
  await expect(committee.getByText("公示期间反映（0）")).toBeVisible();

  // The member of 青山村 sees the publicity notice in their list.
  await openFromMenu(member, "创先争优", "关爱服务");
  const notice = member.locator(".ant-table-row").filter({ has: member.locator(`a[href="/care/recognition/${nominationId}"]`) });
  await expect(notice).toContainText("公示中", PAGE_LOAD);
  await expect(notice).toContainText(`公示期 ${TODAY} 至 ${PUBLICITY_ENDS}`);
  await shot(member, testInfo, "03-member-sees-publicity");

  // 4. The committee publishes the demo's award decided and waiting (已决定表彰（待发布）).
  await openFromMenu(committee, "创先争优", "关爱服务");
  await choose(committee, "状态", "已决定表彰（待发布）");
  await committee.getByRole("button", { name: /查\s*询/ }).click();
  await expect(committee).toHaveURL(/status=awarded/);
  const awarded = committee.locator(".ant-table-row").filter({ hasText: "优秀党务工作者" }).first();
  await expect(awarded).toContainText("已决定表彰（待发布）", PAGE_LOAD);
  await expect(awarded).toContainText(String(DEMO_YEAR));
  const link = awarded.getByRole("link");
  const honoured = (await link.textContent())!.trim();
  await link.click();
  await expect(header(committee)).toContainText(honoured, PAGE_LOAD);
  await expect(committee.getByText(`已决定表彰，待${COMMITTEE}发布`)).toBeVisible();
  await committee.getByRole("button", { name: "发布表彰决定" }).click();
  const publish = committee.getByRole("dialog");
  await expect(publish).toContainText("发布后，该荣誉记入党员的荣誉记录");
  await publish.getByRole("button", { name: twoChars("确定") }).click();
  await expect(publish).toBeHidden();
  await expect(header(committee).locator(".ant-tag")).toHaveText(["优秀党务工作者", "已发布"]);
  await expect(committee.locator(".ant-descriptions-item").filter({ hasText: "发布日期" })).toContainText(TODAY);
  await shot(committee, testInfo, "04-published");

  // 5. The honours board (荣誉榜), narrowed to the member: the honour, conferred today by the committee.
  const boardLink = committee.getByRole("link", { name: "查看荣誉榜" });
  const memberId = new URL((await boardLink.getAttribute("href"))!, "http://x").searchParams.get("memberId")!;
  await boardLink.click();
  await expect(committee.getByText(`只显示${honoured}的荣誉`)).toBeVisible(PAGE_LOAD);
  const row = committee.locator(".ant-table-row").filter({ hasText: "优秀党务工作者" }).filter({ hasText: "本级表彰" });
  await expect(row).toHaveCount(1);
  for (const text of [String(DEMO_YEAR), honoured, COMMITTEE, TODAY, "有效"]) await expect(row).toContainText(text);
  await shot(committee, testInfo, "05-honours-board");

  // 6. The member's page: the honours card.
  await committee.goto(`/members/${memberId}`);
  await expect(committee.getByText(`党员详情 · ${honoured}`)).toBeVisible(PAGE_LOAD);
  const honours = committee.locator(".ant-card").filter({ has: committee.getByText("荣誉记录", { exact: true }) });
  const item = honours.locator(".ant-list-item").filter({ hasText: "优秀党务工作者" });
  await expect(item).toContainText(`${DEMO_YEAR} 年度`, PAGE_LOAD);
  await expect(item).toContainText(`${COMMITTEE} · ${TODAY}`);
  await shot(committee, testInfo, "06-member-honours");
});
