import "../../../test-setup";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MemberEvent } from "../../../../shared/contracts/members.contract";
import { MemberEventTimeline } from "./MemberEventTimeline";

const event: MemberEvent = {
  id: "5b0e8d2a-1c3f-4a5b-8c7d-9e0f1a2b3c4d",
  memberId: "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30",
  type: "transfer_out",
  occurredOn: "2026-11-20",
  reason: null,
  details: { toOrg: { id: "9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b", name: "乙社区党支部" }, letterNumber: "测组转〔2026〕7号" },
  documents: [
    { name: "纸质介绍信", number: "测组转〔2026〕7号" },
    { fileId: "7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f", name: "介绍信扫描件.pdf" },
  ],
  orgId: "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
  orgName: "甲村党支部",
  recordedByName: "测试",
  createdAt: "2026-11-20T02:00:00.000Z",
};

describe("MemberEventTimeline", () => {
  it("links an uploaded file to its download and shows a reference by name and number", () => {
    render(<MemberEventTimeline events={[event]} error={undefined} isLoading={false} />);
    const link = screen.getByRole("link", { name: "介绍信扫描件.pdf" });
    expect(link.getAttribute("href")).toBe("/api/files/7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(screen.getByText("纸质介绍信（测组转〔2026〕7号）")).toBeTruthy();
    expect(screen.queryByRole("link", { name: /纸质介绍信/ })).toBeNull();
  });
});
