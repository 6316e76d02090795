import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";
import { breakCheckChar, fillTemplate, type ImportPerson, makeIdNumber } from "./fixtures/members-workbook";

// The members module's main path: a branch secretary imports a workbook with a mistake, sees the
// refused row, fixes it and imports again; then finds the new member, opens the full profile (an
// audited view) and sees the full ID number. A sibling branch's secretary cannot find that member.

const BRANCH_CODE = "QS-CUN01"; // 青山村党支部, cun01_shuji's branch
const suffix = Date.now().toString(36).slice(-4);
const good: ImportPerson = { name: `导入甲${suffix}`, gender: "男", idNumber: makeIdNumber("男") };
const fixed: ImportPerson = { name: `导入乙${suffix}`, gender: "女", idNumber: makeIdNumber("女") };

async function uploadWorkbook(page: Page, workbook: Buffer) {
  await page.locator("input[type=file]").setInputFiles({
    name: "党员导入.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: workbook,
  });
}

test("a branch secretary imports members, fixes a refused row, and views a member's full ID number", async ({ page, browser }, testInfo) => {
  await signIn(page, demoUsers.villageSecretary);
  await page.goto("/members");
  await page.getByRole("button", { name: /导\s*入/ }).click();
  await expect(page).toHaveURL(/\/members\/import$/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /下载导入模板/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("党员信息导入模板.xlsx");
  const template = await readFile((await download.path())!);

  // First attempt: the second person's ID number has a wrong check character.
  await uploadWorkbook(page, await fillTemplate(template, [good, { ...fixed, idNumber: breakCheckChar(fixed.idNumber) }], BRANCH_CODE));
  const errorTable = page.locator(".ant-table").filter({ hasText: "错误代码" });
  await expect(errorTable).toBeVisible();
  const refusedRow = errorTable.locator("tbody tr").filter({ hasText: "身份证号" });
  await expect(refusedRow.locator("td").first()).toHaveText("3"); // the sheet's row 3: header, then the two people
  await expect(refusedRow).toContainText("校验位");
  await expect(page.getByText(/本次未导入任何数据/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-refused.png"), fullPage: true });

  // Fixed and sent again: both go in.
  await page.getByRole("button", { name: /修改后重新上传/ }).click();
  await uploadWorkbook(page, await fillTemplate(template, [good, fixed], BRANCH_CODE));
  await expect(page.getByText("导入成功")).toBeVisible();
  const stat = (title: string) => page.locator(".ant-statistic").filter({ hasText: title }).locator(".ant-statistic-content-value");
  await expect(stat("行数")).toHaveText("2");
  await expect(stat("新增")).toHaveText("2");
  await page.screenshot({ path: testInfo.outputPath("import-succeeded.png"), fullPage: true });

  // Find the fixed member by name in the roster, masked there.
  await page.getByRole("button", { name: /查看党员名册/ }).click();
  const nameSearch = page.getByRole("textbox", { name: /^姓名/ });
  await nameSearch.fill(fixed.name);
  await nameSearch.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(fixed.name)}`));
  const row = page.locator(".ant-table-row").filter({ hasText: fixed.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${fixed.idNumber.slice(0, 6)}********${fixed.idNumber.slice(-4)}`);
  await expect(page.getByText(fixed.idNumber)).toHaveCount(0);

  // The full numbers: only after the warning that the view is recorded.
  await row.getByRole("link", { name: fixed.name }).click();
  await expect(page.getByText(`党员详情 · ${fixed.name}`)).toBeVisible();
  await expect(page.getByText(fixed.idNumber)).toHaveCount(0);
  await page.getByRole("button", { name: /查看完整信息/ }).click();
  await expect(page.getByText("查看完整身份证号和手机号将记入审计日志")).toBeVisible();
  await page.getByRole("button", { name: /^查\s*看$/ }).click();
  await expect(page.getByText(fixed.idNumber, { exact: true })).toBeVisible();
  await expect(page.getByText("本次查看已记入审计日志")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("member-full-profile.png"), fullPage: true });
  const memberUrl = page.url();

  // A secretary of a sibling branch does not find the member, by name or by link.
  const siblingContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "zh-CN" });
  const sibling = await siblingContext.newPage();
  await signIn(sibling, demoUsers.communitySecretary);
  const searched = sibling.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/members" && url.searchParams.get("q") === fixed.name;
  });
  await sibling.goto(`/members?q=${encodeURIComponent(fixed.name)}`);
  expect((await (await searched).json()).total).toBe(0);
  await expect(sibling.locator(".ant-table-placeholder")).toContainText("暂无数据");
  await sibling.screenshot({ path: testInfo.outputPath("sibling-roster.png"), fullPage: true });
  await sibling.goto(new URL(memberUrl).pathname);
  await expect(sibling.getByText("未找到该党员")).toBeVisible();
  await siblingContext.close();
});
