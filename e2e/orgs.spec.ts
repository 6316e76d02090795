import { expect, test } from "@playwright/test";
import { demoUsers, signIn } from "./fixtures/auth";

// The foundation's main path: scoped sign-in. A branch secretary sees their own branch and never a
// sibling; the committee's org admin sees every branch.

test("a branch secretary sees their own branch in the tree and not a sibling branch", async ({ page }, testInfo) => {
  await signIn(page, demoUsers.villageSecretary);
  await page.goto("/orgs");
  const node = (name: string) => page.locator(".ant-tree .ant-tree-title", { hasText: name });
  await expect(node("青山村党支部")).toBeVisible();
  await expect(node("青山村上村党小组")).toBeVisible();
  await expect(page.getByText("青山社区第一党支部")).toHaveCount(0);
  await expect(node("中共青山镇委员会")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("branch-secretary-orgs.png"), fullPage: true });

  // Nor can they reach the sibling through the API with their session.
  const siblings = await page.request.get(`/api/orgs?q=${encodeURIComponent("青山社区")}`);
  expect((await siblings.json()).total).toBe(0);
});

test("the committee's org admin sees all the branches", async ({ page }, testInfo) => {
  await signIn(page, demoUsers.orgAdmin);
  await page.goto("/orgs");
  const node = (name: string) => page.locator(".ant-tree .ant-tree-title", { hasText: name });
  await expect(node("中共青山镇委员会")).toBeVisible();
  // One organization of every domain, and the branches of the general branches once expanded.
  for (const name of ["青山村党支部", "青山社区党总支", "青山建设发展集团有限公司党总支", "安吉青山竹木制品有限公司党支部", "青山镇机关党支部", "青山镇中心学校党支部", "青山镇社会组织联合党支部"]) {
    await expect(node(name)).toBeVisible();
  }
  await page.locator(".ant-tree-treenode", { hasText: "青山社区党总支" }).locator(".ant-tree-switcher").click();
  await expect(node("青山社区第一党支部")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("org-admin-orgs.png"), fullPage: true });
});

test("a wrong password shows a message that does not reveal whether the user exists", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(demoUsers.communitySecretary);
  await page.getByLabel("密码").fill("not-the-password-1");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page.getByText("用户名或密码错误")).toBeVisible();
  await expect(page.getByText("Demo2026")).toHaveCount(0);
});

test("signing out returns to the sign-in page and the session is gone", async ({ page }) => {
  await signIn(page, demoUsers.member);
  await page.getByRole("button", { name: /退出登录/ }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get("/api/auth/me")).status()).toBe(401);
  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/login/);
});

test("the org admin records a branch's term, sees it due, and cannot dissolve a branch that still has members", async ({ page }, testInfo) => {
  await signIn(page, demoUsers.orgAdmin);
  await page.goto("/orgs");
  await page.locator(".ant-tree .ant-tree-title", { hasText: "竹林村党支部" }).click();
  await expect(page.locator(".ant-card-head-title", { hasText: "竹林村党支部" })).toBeVisible();

  // A village branch serves 5 years (TERM-02): elected 5 years less a month ago, it is due for renewal.
  const elected = new Date();
  elected.setUTCFullYear(elected.getUTCFullYear() - 5, elected.getUTCMonth() + 1, 1);
  const electedOn = elected.toISOString().slice(0, 10);
  await page.getByRole("button", { name: /编\s*辑/ }).click();
  const editDialog = page.getByRole("dialog");
  await editDialog.getByLabel("任期开始（选举）日期").fill(electedOn);
  await editDialog.getByLabel("任期开始（选举）日期").press("Enter");
  await editDialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText(`${electedOn} 至`)).toBeVisible();
  await expect(page.locator(".ant-descriptions").getByText("即将届满")).toBeVisible();

  await page.getByRole("button", { name: /撤\s*销/ }).click();
  const dissolveDialog = page.getByRole("dialog");
  await dissolveDialog.getByLabel("撤销原因").fill("端到端测试");
  await dissolveDialog.getByRole("button", { name: /确认撤销/ }).click();
  await expect(dissolveDialog.getByText(/还有 \d+ 名党员，请先转移/)).toBeVisible();
  await dissolveDialog.getByRole("button", { name: /取\s*消/ }).click();

  await page.getByRole("tab", { name: "换届提醒" }).click();
  await expect(page.getByRole("row", { name: /竹林村党支部/ })).toContainText("即将届满");
  await page.screenshot({ path: testInfo.outputPath("org-admin-renewals.png"), fullPage: true });
});
