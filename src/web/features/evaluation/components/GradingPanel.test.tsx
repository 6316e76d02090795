import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EvaluationCampaignDetail, EvaluationEntry } from "../../../../shared/contracts/evaluation.contract";
import { GradingPanel } from "./GradingPanel";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const votes = (excellent: number, qualified: number, unqualified = 0) => ({ excellent, qualified, basically_qualified: 0, unqualified });

const entry = (n: number, name: string, over: Partial<EvaluationEntry> = {}): EvaluationEntry => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  memberId: `00000000-0000-4000-8000-00000000010${n}`,
  memberName: name,
  orgName: "青山村党支部",
  isGraded: true,
  isMine: false,
  selfGrade: null,
  submittedAt: null,
  hasPeerComments: false,
  votes: votes(0, 4),
  proposedGrade: null,
  gradeReason: null,
  finalGrade: null,
  feedback: null,
  feedbackOn: null,
  handlingCaseId: null,
  ...over,
});

const detail = (entries: EvaluationEntry[]): EvaluationCampaignDetail => ({
  id: "00000000-0000-4000-8000-000000000999",
  orgId: "00000000-0000-4000-8000-000000000998",
  orgName: "青山村党支部",
  year: 2026,
  title: "2026年度民主评议党员",
  phase: "grading",
  studyNotes: "学习",
  meeting: null,
  votingOpenedAt: null,
  votingClosedAt: null,
  publishedOn: null,
  reportedOn: null,
  reportNotes: null,
  createdAt: "2026-11-01T00:00:00.000Z",
  counts: { participants: entries.length, graded: 3, submitted: 0, peerCommented: 0, ballots: 4, onlineBallots: 1, paperBallots: 3, excellentCap: 1, proposedExcellent: 0, finalExcellent: 0, finalGraded: 0, feedbackGiven: 0 },
  results: null,
  tally: null,
  entries,
  myEntryId: null,
  hasVoted: false,
  nextPhase: "published",
  advanceBlockers: [],
  abilities: { canManage: true, canAdvance: false, canEditMyEntry: false, canVote: false, canRecount: true },
});

afterEach(() => vi.unstubAllGlobals());

const entries = [entry(1, "甲", { votes: votes(3, 1) }), entry(2, "乙", { votes: votes(3, 1) }), entry(3, "丙", { votes: votes(0, 1, 3) }), entry(4, "丁", { isGraded: false, votes: null })];

function renderPanel(respond: (body: unknown) => Response) {
  const fetchMock = vi.fn<typeof fetch>(async (_url, init) => respond(JSON.parse(String(init?.body))));
  vi.stubGlobal("fetch", fetchMock);
  const onSaved = vi.fn();
  render(
    <App>
      <GradingPanel detail={detail(entries)} onSaved={onSaved} />
    </App>,
  );
  return { fetchMock, onSaved };
}

describe("GradingPanel", { timeout: 20_000 }, () => {
  it("fills the proposals from the vote, counts excellent against the EVAL-01 cap live, and sends only the changes", async () => {
    const { fetchMock } = renderPanel(() => json(detail(entries)));
    expect(screen.getByTestId("cap-评定").textContent).toBe("评定优秀 0 / 上限 1");
    fireEvent.click(screen.getByRole("button", { name: "按测评结果填写建议等次" }));
    fireEvent.click(screen.getByRole("button", { name: "建议等次作为评定等次" }));
    // Two members lead with 优秀 in the vote: over the cap of one, and the counter says so.
    expect(screen.getByTestId("cap-评定").textContent).toBe("评定优秀 2 / 上限 1");
    expect(screen.getByTestId("cap-评定").className).toContain("red");
    // The probationary member gets no grade select at all.
    expect(screen.queryByLabelText("丁评定等次")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /保存等次/ }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect([String(url), init?.method]).toEqual(["/api/evaluations/00000000-0000-4000-8000-000000000999/grades", "PUT"]);
    expect(JSON.parse(String(init?.body)).items.map((i: { finalGrade: string }) => i.finalGrade)).toEqual(["excellent", "excellent", "unqualified"]);
  });

  it("keeps a refusal in view, with the rule's message", async () => {
    renderPanel(() => json({ error: { code: "EVAL-01", message: "评定等次为“优秀”的有 2 人，超过参加评定等次的 3 名党员的三分之一（最多 1 人）（…，EVAL-01）" } }, 422));
    fireEvent.click(screen.getByRole("button", { name: "按测评结果填写建议等次" }));
    fireEvent.click(screen.getByRole("button", { name: /保存等次/ }));
    expect(await screen.findByText(/最多 1 人/)).toBeTruthy();
    expect(screen.getByText("未能保存")).toBeTruthy();
  });
});
