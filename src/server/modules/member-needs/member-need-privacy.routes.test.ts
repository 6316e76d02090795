import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import type { NeedAlerts, NeedDetail, NeedFigures, NeedListItem } from "../../../shared/contracts/member-needs.contract";
import type { Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { orgOfficersTable } from "../organizations/organizations.table";
import { LONG_SESSIONS, type NeedTree, advanceDays, buildNeedTree, ok, refused, request, uploadToNeed, validNeed } from "./member-needs.test-helpers";

/**
 * NEED-06: a private need is seen only by the member, the branch's current secretary and the
 * committee's officers — hidden from the branch's other officers in the list, the detail (404), the
 * files, the actions and the home page's alerts, and counted in the figures only as a number.
 */

let t: TestApp;
let fx: NeedTree;
let open: NeedDetail;
let hidden: NeedDetail;
let file: FileSummary;
beforeAll(async () => {
  t = await buildTestApp({ config: LONG_SESSIONS });
  fx = await buildNeedTree(t);
  open = await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed({ title: "希望支部帮助联系就业岗位", category: "work" }));
  hidden = await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed({ title: "家庭矛盾需要组织调解", category: "family", isPrivate: true }));
  const upload = await uploadToNeed(t, fx.as.member, hidden.id, "调解材料.pdf");
  file = upload.json() as FileSummary;
  // Both pass their acknowledgement day (30 November).
  advanceDays(t, 6);
});
afterAll(() => t.close());

const url = (id: string, rest = "") => `/api/member-needs/${id}${rest}`;
const listIds = async (session: Session) => (await ok<Page<NeedListItem>>(t, session, "GET", "/api/member-needs?pageSize=200")).items.map((i) => i.id);

describe("a private need (NEED-06)", () => {
  it("is hidden from another officer of the branch everywhere, as if it did not exist", async () => {
    expect(await listIds(fx.as.officerA)).toEqual([open.id]);
    await refused(t, fx.as.officerA, "GET", url(hidden.id), undefined, 404, "needs.not_found");
    await refused(t, fx.as.officerA, "POST", url(hidden.id, "/actions"), { action: "acknowledge", note: "受理" }, 404, "needs.not_found");
    await refused(t, fx.as.officerA, "GET", url(hidden.id, `/files/${file.id}`), undefined, 404);
    expect((await uploadToNeed(t, fx.as.officerA, hidden.id)).statusCode).toBe(404);
    await refused(t, fx.as.officerA, "GET", `/api/files/${file.id}`, undefined, 404);
    const alerts = await ok<NeedAlerts>(t, fx.as.officerA, "GET", "/api/member-needs/alerts");
    expect(alerts).toMatchObject({ today: "2026-12-01", acknowledgeOverdue: 1, resolveOverdue: 0, awaitingMe: 1 });
    expect(alerts.items.map((i) => i.id)).toEqual([open.id]);
  });

  it("is seen and worked by the branch's secretary (the user linked to the member holding the post)", async () => {
    expect((await listIds(fx.as.secretary)).sort()).toEqual([open.id, hidden.id].sort());
    const seen = await ok<NeedDetail>(t, fx.as.secretary, "GET", url(hidden.id));
    expect(seen).toMatchObject({ isPrivate: true, actions: ["acknowledge"], files: [expect.objectContaining({ id: file.id })] });
    const download = await request(t, fx.as.secretary, "GET", url(hidden.id, `/files/${file.id}`));
    expect(download.statusCode).toBe(200);
    const alerts = await ok<NeedAlerts>(t, fx.as.secretary, "GET", "/api/member-needs/alerts");
    expect(alerts).toMatchObject({ acknowledgeOverdue: 2, awaitingMe: 2 });
    expect(alerts.items.map((i) => i.overdue)).toEqual(["acknowledge", "acknowledge"]);
  });

  it("is seen by the committee's org_admin and the administrator, and by nobody of another branch or committee", async () => {
    for (const session of [fx.as.orgAdmin, fx.as.admin]) expect((await ok<NeedDetail>(t, session, "GET", url(hidden.id))).title).toBe("家庭矛盾需要组织调解");
    expect((await ok<NeedAlerts>(t, fx.as.orgAdmin, "GET", "/api/member-needs/alerts")).acknowledgeOverdue).toBe(2);
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin]) {
      await refused(t, session, "GET", url(hidden.id), undefined, 404);
      expect(await listIds(session)).toEqual([]);
    }
  });

  it("counts in the branch's figures as a number only", async () => {
    const figures = await ok<NeedFigures>(t, fx.as.officerA, "GET", `/api/member-needs/figures?year=2026`);
    expect(figures.totals).toMatchObject({ total: 2, open: 2, acknowledgeOverdue: 2 });
    expect(JSON.stringify(figures)).not.toContain("家庭矛盾");
  });

  it("is filed on a member's behalf only by someone who will see it", async () => {
    const refusal = await refused(t, fx.as.officerA, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id, isPrivate: true }), 422, "NEED-06");
    expect(refusal.details).toEqual([expect.objectContaining({ field: "isPrivate", rule: "NEED-06" })]);
    expect(await listIds(fx.as.secretary)).toHaveLength(2);
    const filed = await ok<NeedDetail>(t, fx.as.secretary, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id, isPrivate: true, title: "身体原因申请调整工作" }));
    expect(filed).toMatchObject({ isPrivate: true, member: { id: fx.members.other.id } });
    await refused(t, fx.as.officerA, "GET", url(filed.id), undefined, 404);
  });

  it("is hidden again from a secretary whose post has ended", async () => {
    await t.system.db
      .update(orgOfficersTable)
      .set({ endedOn: "2026-11-30" })
      .where(and(eq(orgOfficersTable.orgId, fx.tree.branchA.id), eq(orgOfficersTable.post, "secretary"), isNull(orgOfficersTable.endedOn)));
    await refused(t, fx.as.secretary, "GET", url(hidden.id), undefined, 404);
    expect(await listIds(fx.as.secretary)).toEqual([open.id]);
    // The member always sees their own.
    expect((await ok<NeedDetail>(t, fx.as.member, "GET", url(hidden.id))).actions).toEqual(["withdraw"]);
  });
});
