import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttendanceRow, MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { summarizeAttendance } from "../../../../shared/meeting-attendance";
import { MeetingEditor } from "./MeetingEditor";

configure({ asyncUtilTimeout: 5000 });

const row = (memberId: string, name: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({
  memberId,
  name,
  orgName: "青山村党支部",
  status: "present",
  reason: null,
  isVoter: true,
  excludedFromQuorum: false,
  exclusionReason: null,
  ...over,
});
const attendance = [
  row("0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d71", "王建国"),
  row("0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d72", "张丽"),
  row("0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d73", "李强"),
  row("0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d74", "赵敏", { isVoter: false }),
];
const meeting = {
  id: "6d0f3f7e-5b7c-4d1a-9e2b-1c3d5e7f9a0b",
  orgId: "0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d7e",
  orgName: "青山村党支部",
  orgKind: "branch",
  type: "general_meeting",
  topic: "党员大会",
  heldOn: "2026-11-20",
  startsAt: null,
  endsAt: null,
  place: null,
  hostName: "王建国",
  recorderName: "张丽",
  lecturerName: null,
  agenda: null,
  minutes: "内容",
  tags: [],
  resolutions: [],
  status: "draft",
  expectedCount: 4,
  presentCount: 4,
  excusedCount: 0,
  absentCount: 0,
  quorumMet: true,
  signedOffAt: null,
  signedOffName: null,
  archivedAt: null,
  archiveReason: null,
  planItemId: null,
  recordedByName: "唐书记",
  createdAt: "2026-11-20T08:00:00.000Z",
  attendance,
  summary: summarizeAttendance("general_meeting", attendance),
  amendments: [],
  documents: [],
  signOffIssues: [],
  abilities: { canEdit: true, canSignOff: true, canAmend: false, canArchive: true, canUpload: true },
} satisfies MeetingDetail;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
afterEach(() => vi.unstubAllGlobals());
// Role queries walk the accessibility tree of a large antd form: far too slow in jsdom, so by label and text.
const signOff = () => screen.getByText("签发会议记录").closest("button")!;
const radioGroup = (name: string) => document.querySelector(`[aria-label="${name}"]`) as HTMLElement;

describe("the draft editor's attendance", { timeout: 60_000 }, () => {
  it("reads the quorum live, sends only the changed rows, and keeps the sign-off until they are saved", async () => {
    const fetchMock = vi.fn<typeof fetch>(async (_input, init) => json({ ...meeting, attendance: JSON.parse(String(init?.body)).attendance }));
    vi.stubGlobal("fetch", fetchMock);
    const onChanged = vi.fn();
    render(
      <App>
        <MeetingEditor meeting={meeting} onChanged={onChanged} />
      </App>,
    );
    const reading = screen.getByTestId("quorum-reading");
    expect(reading.textContent).toContain("达到法定人数：应到会有表决权的党员 3 人，实到 3 人");
    expect(signOff().disabled).toBe(false);

    // Two voters stay away: 1 of 3 is less than half.
    fireEvent.click(within(radioGroup("张丽的出席情况")).getByText("请假"));
    fireEvent.click(within(radioGroup("李强的出席情况")).getByText("缺席"));
    await waitFor(() => expect(reading.textContent).toContain("不足法定人数：应到会有表决权的党员 3 人，实到 1 人，须至少 2 人到会方可召开"));
    expect(signOff().disabled).toBe(true);

    fireEvent.change(document.querySelector('[aria-label="张丽的请假事由"]')!, { target: { value: "外出务工" } });
    fireEvent.click(screen.getByText("保存出席情况").closest("button")!);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe(`/api/meetings/${meeting.id}/attendance`);
    expect(init?.method).toBe("PUT");
    expect(JSON.parse(String(init?.body))).toEqual({
      attendance: [
        { memberId: attendance[1]!.memberId, status: "excused", reason: "外出务工", excludedFromQuorum: false, exclusionReason: null },
        { memberId: attendance[2]!.memberId, status: "absent", reason: null, excludedFromQuorum: false, exclusionReason: null },
      ],
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });
});
