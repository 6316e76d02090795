import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProjectEvaluation } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { DEFAULT_RUBRIC } from "../../../../shared/secretary-projects";
import { YearEndTab } from "./YearEndTab";

configure({ asyncUtilTimeout: 5000 });

const PROJECT_ID = "00000000-0000-4000-8000-000000000777";
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const evaluation = (over: Partial<ProjectEvaluation> = {}): ProjectEvaluation => ({
  projectId: PROJECT_ID,
  year: 2026,
  status: "reported",
  yearEndReport: "一年来，支部按照立项方案推进美丽乡村建设，成效明显。",
  reportedAt: "2026-11-20T02:00:00.000Z",
  reportOpensOn: "2026-11-01",
  rubric: {
    orgId: "00000000-0000-4000-8000-000000000001",
    orgName: "青山镇党委",
    year: 2026,
    criteria: DEFAULT_RUBRIC.map((c) => ({ ...c })),
    voteWeight: 20,
    isDefault: true,
    isLocked: false,
    updatedAt: null,
    updatedByName: null,
  },
  voting: { state: "not_opened", openedAt: null, closedAt: null, ballots: null, eligibleVoters: null, canVote: false, hasVoted: false },
  paperVotes: null,
  result: null,
  sides: [],
  abilities: { canReport: false, canManageVoting: false, canEvaluate: false, canPublish: false },
  ...over,
});

const project = { id: PROJECT_ID, status: "reported" } as ProjectDetail;

/** Answers GET …/evaluation with the current state, and any write with `onWrite`'s answer. */
function renderTab(states: ProjectEvaluation[], onWrite: (url: string, body: unknown) => Response = () => json(states.at(-1))) {
  let reads = 0;
  const fetchMock = vi.fn<typeof fetch>(async (url, init) => {
    if ((init?.method ?? "GET") === "GET") return json(states[Math.min(reads++, states.length - 1)]);
    return onWrite(String(url), JSON.parse(String(init?.body ?? "null")));
  });
  vi.stubGlobal("fetch", fetchMock);
  const onChanged = vi.fn();
  render(
    <App>
      <YearEndTab project={project} onChanged={onChanged} />
    </App>,
  );
  return { fetchMock, onChanged };
}

const writes = (fetchMock: ReturnType<typeof vi.fn<typeof fetch>>) => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== "GET");

afterEach(() => vi.unstubAllGlobals());

describe("YearEndTab", { timeout: 20_000 }, () => {
  it("gives a member a voting card while the vote is open, then only says that they voted", async () => {
    const open = { state: "open" as const, openedAt: "2026-11-21T02:00:00.000Z", closedAt: null, ballots: null, eligibleVoters: null };
    const { fetchMock, onChanged } = renderTab(
      [evaluation({ voting: { ...open, canVote: true, hasVoted: false } }), evaluation({ voting: { ...open, canVote: false, hasVoted: true } })],
      () => json({ accepted: true }, 201),
    );
    expect(await screen.findByTestId("vote-card")).toBeTruthy();
    fireEvent.click(screen.getByText("较好"));
    fireEvent.click(screen.getByRole("button", { name: /投\s*票/ }));
    await waitFor(() => expect(writes(fetchMock)).toHaveLength(1));
    const [url, init] = writes(fetchMock)[0]!;
    expect([String(url), init?.method, JSON.parse(String(init?.body))]).toEqual([`/api/secretary-projects/${PROJECT_ID}/votes`, "POST", { choice: "fairly_good" }]);
    expect(await screen.findByText("您已投票")).toBeTruthy();
    expect(onChanged).toHaveBeenCalled();
  });

  it("lets the committee score by the rubric with the weighted total as it types", async () => {
    const { fetchMock } = renderTab([
      evaluation({
        sides: ["committee"],
        voting: { state: "closed", openedAt: null, closedAt: null, ballots: 0, eligibleVoters: 10, canVote: false, hasVoted: false },
        abilities: { canReport: false, canManageVoting: true, canEvaluate: true, canPublish: false },
      }),
    ]);
    const goals = await screen.findByLabelText("目标完成得分");
    fireEvent.change(goals, { target: { value: "90" } });
    fireEvent.change(screen.getByLabelText("工作成效得分"), { target: { value: "80" } });
    await waitFor(() => expect(screen.getByTestId("live-total").textContent).toContain("60.0"));
    expect(screen.getByText(/已打分 2 \/ 4 项/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("过程管理得分"), { target: { value: "70" } });
    fireEvent.change(screen.getByLabelText("创新特色得分"), { target: { value: "60" } });
    await waitFor(() => expect(screen.getByTestId("live-total").textContent).toContain("79.5"));
    fireEvent.click(screen.getByRole("button", { name: "保存评价" }));
    await waitFor(() => expect(writes(fetchMock)).toHaveLength(1));
    const [url, init] = writes(fetchMock)[0]!;
    expect(String(url)).toBe(`/api/secretary-projects/${PROJECT_ID}/evaluation`);
    expect(JSON.parse(String(init?.body)).scores.map((s: { key: string; score: number }) => [s.key, s.score])).toEqual([
      ["goals", 90],
      ["effect", 80],
      ["process", 70],
      ["innovation", 60],
    ]);
  });

  it("tells the secretary's side the result shows once published", async () => {
    renderTab([evaluation({ status: "evaluated", sides: ["secretary"] })]);
    expect(await screen.findByText("上级党委已完成评价，结果公布后可见")).toBeTruthy();
    expect(screen.queryByTestId("final-score")).toBeNull();
    expect(screen.queryByText("评价打分")).toBeNull();
  });
});
