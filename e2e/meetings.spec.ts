import { expect, type Locator, type Page, test } from "@playwright/test";
import type { MeetingDetail } from "../src/shared/contracts/meetings.contract";
import { demoUsers, signIn } from "./fixtures/auth";

// Organizational life's main path: the secretary of 青山村 records this month's 支部党员大会 with its
// attendance (one member on leave, with the reason), signs it off, and the compliance matrix shows the
// general meeting of the current quarter as done (seam 2: the cell's data attributes).

const suffix = Date.now().toString(36).slice(-4);
const TOPIC = `学习贯彻全会精神党员大会${suffix}`;
const SIGN_OFF_WARNING = "签发后记录锁定，之后的修改将作为更正记录保存";
/** The first expectation after a page load waits longer: the suite's workers share two cores. */
const PAGE_LOAD = { timeout: 20_000 };

/** Today in China, where the server judges dates: the year and the quarter's period key (2026-Q4). */
function currentQuarter() {
  const [year, month] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7).split("-").map(Number) as [number, number];
  const quarter = Math.ceil(month / 3);
  const last = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  return { year, key: `${year}-Q${quarter}`, from: `${year}-${String(quarter * 3 - 2).padStart(2, "0")}-01`, to: last };
}

/** Chooses an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  const item = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: option }).first();
  await expect(item).toBeVisible();
  await item.dispatchEvent("click");
}

const attendanceOf = (page: Page): Locator => page.getByRole("radiogroup", { name: /的出席情况$/ });

test("a branch records its general meeting with attendance, signs it off, and the quarter turns green", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, demoUsers.villageSecretary);

  // The new record: the secretary's own branch is the default organization, today the default date.
  await page.goto("/org-life/meetings/new");
  await expect(page.getByText("记录会议").first()).toBeVisible(PAGE_LOAD);
  await expect(page.getByLabel("召开会议的组织")).toBeVisible();
  await choose(page, "会议类型", "支部党员大会");
  await page.getByLabel("会议主题").fill(TOPIC);
  await page.getByLabel("会议地点").fill("青山村党群服务中心");
  await page.getByLabel("主持人").fill("唐书记");
  await page.getByLabel("记录人").fill("组织委员");
  await page.getByLabel("会议内容").fill("传达学习全会精神，党员结合村里实际开展讨论。");
  await page.getByRole("button", { name: "保存草稿并登记出席" }).click();

  // The draft: every member of the branch and its groups expected, present by default.
  await expect(page).toHaveURL(/\/org-life\/meetings\/[0-9a-f-]{36}$/, PAGE_LOAD);
  const meetingId = page.url().split("/").at(-1)!;
  await expect(page.getByTestId("quorum-reading")).toContainText("达到法定人数", PAGE_LOAD);
  const rows = attendanceOf(page);
  expect(await rows.count()).toBeGreaterThan(5);

  // One member on leave: the reason is required before the attendance can be signed off.
  const onLeave = rows.nth(1);
  const name = (await onLeave.getAttribute("aria-label"))!.replace(/的出席情况$/, "");
  await onLeave.getByText("请假", { exact: true }).click();
  await page.getByLabel(`${name}的请假事由`).fill("外出务工");
  await page.getByRole("button", { name: "保存出席情况" }).click();
  await expect(page.getByText("出席情况已保存")).toBeVisible();
  await expect(page.getByTestId("quorum-reading")).toContainText("请假");
  await expect(page.getByTestId("quorum-reading")).toContainText("达到法定人数");

  // Sign off, confirming the lock.
  await page.getByRole("button", { name: "签发会议记录" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(SIGN_OFF_WARNING);
  await dialog.getByRole("button", { name: /签\s*发/ }).click();
  await expect(page.getByText("会议记录已签发")).toBeVisible();
  await expect(page.locator(".ant-card-head-title .ant-tag").first()).toHaveText("已签发");
  await expect(page.getByRole("button", { name: "更正记录" })).toBeVisible();

  const response = await page.request.get(`/api/meetings/${meetingId}`);
  const meeting = (await response.json()) as MeetingDetail;
  expect(meeting).toMatchObject({ status: "signed_off", type: "general_meeting", excusedCount: 1, quorumMet: true });
  expect(meeting.attendance.find((a) => a.name === name)).toMatchObject({ status: "excused", reason: "外出务工" });

  // The matrix's drill-down (seam 1) lists it among the quarter's signed-off general meetings.
  const { year, key, from, to } = currentQuarter();
  await page.goto(`/org-life/meetings?orgId=${meeting.orgId}&type=general_meeting&from=${from}&to=${to}&status=signed_off`);
  await expect(page.getByRole("link", { name: TOPIC })).toBeVisible(PAGE_LOAD);

  // The compliance matrix of the branch: this quarter's general meeting is done (seam 2).
  await page.goto(`/org-life/compliance?orgId=${meeting.orgId}&year=${year}`);
  const cell = page.locator(`[data-testid="compliance-cell"][data-org-id="${meeting.orgId}"][data-type="general_meeting"][data-period="${key}"]`);
  await expect(cell).toHaveAttribute("data-status", "green", PAGE_LOAD);
});
