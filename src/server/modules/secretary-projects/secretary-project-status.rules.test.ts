import { describe, expect, it } from "vitest";
import { PROJECT_ACTIONS, PROJECT_STATUSES, type ProjectAction, type ProjectStatus } from "../../../shared/secretary-projects";
import { PROJECT_TRANSITIONS, PROJECT_WORK, availableActions, availableWork, checkTransition, checkWork, projectSides } from "./secretary-project-status.rules";

const BRANCH = "branch-a";
const COMMITTEE = "committee";
const project = { orgId: BRANCH, reviewingOrgId: COMMITTEE };
const topProject = { orgId: COMMITTEE, reviewingOrgId: null };

describe("PROJ-02/03: who speaks for which side", () => {
  it("makes the project organization's own officers its secretary side", () => {
    expect(projectSides({ role: "branch_officer", orgId: BRANCH }, project)).toEqual(["secretary"]);
    expect(projectSides({ role: "org_admin", orgId: COMMITTEE }, topProject)).toEqual(["secretary"]);
  });

  it("makes the reviewing committee's administrators the committee side, never for their own project", () => {
    expect(projectSides({ role: "org_admin", orgId: COMMITTEE }, project)).toEqual(["committee"]);
    expect(projectSides({ role: "org_admin", orgId: COMMITTEE }, { orgId: COMMITTEE, reviewingOrgId: COMMITTEE })).toEqual(["secretary"]);
  });

  it("lets the administrators review where no committee stands above, or where they are bound to the reviewing one", () => {
    expect(projectSides({ role: "admin", orgId: COMMITTEE }, topProject)).toEqual(["committee"]);
    expect(projectSides({ role: "admin", orgId: COMMITTEE }, project)).toEqual(["committee"]);
    expect(projectSides({ role: "admin", orgId: "county" }, project)).toEqual([]);
  });

  it("gives members, other branches and other committees no side", () => {
    expect(projectSides({ role: "member", orgId: BRANCH }, project)).toEqual([]);
    expect(projectSides({ role: "branch_officer", orgId: "branch-b" }, project)).toEqual([]);
    expect(projectSides({ role: "org_admin", orgId: "other-committee" }, project)).toEqual([]);
    // A branch officer is never the committee side, even of a project it could see.
    expect(projectSides({ role: "branch_officer", orgId: COMMITTEE }, project)).toEqual([]);
  });
});

describe("PROJ-06: the transitions, each from its statuses by its side", () => {
  const cases: [ProjectAction, ProjectStatus[], ProjectStatus][] = [
    ["submit", ["draft", "returned"], "submitted"],
    ["withdraw", ["draft", "returned", "submitted"], "withdrawn"],
    ["approve", ["submitted"], "approved"],
    ["return", ["submitted"], "returned"],
    ["reject", ["submitted"], "rejected"],
    ["report", ["approved"], "reported"],
    ["evaluate", ["reported", "evaluated"], "evaluated"],
    ["publish", ["evaluated"], "published"],
  ];

  it.each(cases)("%s goes from %j to %s", (action, from, to) => {
    expect(PROJECT_TRANSITIONS[action]).toMatchObject({ from, to });
    const side = PROJECT_TRANSITIONS[action].side;
    for (const status of PROJECT_STATUSES) {
      expect({ status, issues: checkTransition(action, status, [side], "操作").length }).toEqual({ status, issues: from.includes(status) ? 0 : 1 });
    }
  });

  it("has every action in the table, and the end states lead nowhere", () => {
    expect(Object.keys(PROJECT_TRANSITIONS).sort()).toEqual([...PROJECT_ACTIONS].sort());
    for (const end of ["rejected", "withdrawn", "published"] as const) {
      expect(availableActions(end, ["secretary", "committee"])).toEqual([]);
    }
  });

  it("refuses the wrong side before the status: the branch cannot approve its own (PROJ-03), the committee cannot submit (PROJ-02)", () => {
    expect(checkTransition("approve", "submitted", ["secretary"], "批准立项")).toMatchObject([
      { rule: "PROJ-03", code: "PROJ-03", field: "status", message: expect.stringContaining("申报组织不能自行办理") },
    ]);
    expect(checkTransition("approve", "draft", [], "批准立项")).toMatchObject([{ rule: "PROJ-03" }]);
    expect(checkTransition("submit", "draft", ["committee"], "提交立项申请")).toMatchObject([{ rule: "PROJ-02" }]);
  });

  it("names the status and the statuses that would allow it, citing PROJ-06", () => {
    const [issue] = checkTransition("approve", "approved", ["committee"], "批准立项");
    expect(issue).toMatchObject({ rule: "PROJ-06", field: "status" });
    expect(issue!.message).toContain("项目当前为“已立项”，不能批准立项（仅在“待审核”时可以）");
    expect(issue!.message).toContain("PROJ-06）");
  });

  it("offers each side only what the machine accepts", () => {
    expect(availableActions("draft", ["secretary"])).toEqual(["submit", "withdraw"]);
    expect(availableActions("submitted", ["secretary"])).toEqual(["withdraw"]);
    expect(availableActions("submitted", ["committee"])).toEqual(["approve", "return", "reject"]);
    expect(availableActions("approved", ["secretary"])).toEqual(["report"]);
    expect(availableActions("reported", ["committee"])).toEqual(["evaluate"]);
    expect(availableActions("evaluated", ["committee"])).toEqual(["evaluate", "publish"]);
    expect(availableActions("submitted", [])).toEqual([]);
    for (const status of PROJECT_STATUSES) {
      for (const action of availableActions(status, ["secretary", "committee"])) {
        expect(checkTransition(action, status, ["secretary", "committee"], "操作")).toEqual([]);
      }
    }
  });
});

describe("work without a change of status (PROJ-06/07/08)", () => {
  it("edits content only in a draft or a returned proposal", () => {
    expect(checkWork("editContent", "draft", ["secretary"])).toEqual([]);
    expect(checkWork("editContent", "returned", ["secretary"])).toEqual([]);
    expect(checkWork("editContent", "submitted", ["secretary"])).toMatchObject([{ rule: "PROJ-06" }]);
    expect(checkWork("editContent", "draft", ["committee"])).toMatchObject([{ rule: "PROJ-02" }]);
  });

  it("proposes and decides changes only on an approved project, citing PROJ-07", () => {
    expect(checkWork("proposeChange", "approved", ["secretary"])).toEqual([]);
    expect(checkWork("proposeChange", "reported", ["secretary"])).toMatchObject([{ rule: "PROJ-07" }]);
    expect(checkWork("decideChange", "approved", ["committee"])).toEqual([]);
    expect(checkWork("decideChange", "approved", ["secretary"])).toMatchObject([{ rule: "PROJ-03" }]);
    expect(checkWork("decideChange", "submitted", ["committee"])).toMatchObject([{ rule: "PROJ-07" }]);
  });

  it("reports progress only on an approved project (PROJ-08)", () => {
    expect(checkWork("progressReport", "approved", ["secretary"])).toEqual([]);
    expect(checkWork("progressReport", "submitted", ["secretary"])).toMatchObject([{ rule: "PROJ-08" }]);
  });

  it("lists the work of each side in each status", () => {
    expect(availableWork("draft", ["secretary"])).toEqual(["editContent"]);
    expect(availableWork("approved", ["secretary"])).toEqual(["proposeChange", "progressReport", "reply"]);
    expect(availableWork("approved", ["committee"])).toEqual(["decideChange", "guidance", "checkpoint"]);
    expect(availableWork("reported", ["committee"])).toEqual(["guidance", "manageVoting"]);
    expect(availableWork("published", ["secretary", "committee"])).toEqual([]);
    expect(availableWork("approved", [])).toEqual([]);
    expect(Object.keys(PROJECT_WORK)).toHaveLength(8);
  });
});
