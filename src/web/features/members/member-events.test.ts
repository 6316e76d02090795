import { describe, expect, it } from "vitest";
import { CreateMemberEventSchema } from "../../../shared/contracts/members.contract";
import { MEMBER_EVENT_TYPES } from "../../../shared/domain";
import { availableEventTypes, buildEventInput, describeEventDetails, EVENT_FIELDS } from "./member-events";

const ORG_ID = "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30";
const fieldsOf = (type: keyof typeof EVENT_FIELDS) => EVENT_FIELDS[type].map((f) => `${f.name}${f.isRequired ? "*" : ""}`);

describe("member event fields per type", () => {
  it("asks each type for exactly the details its contract variant takes", () => {
    expect(fieldsOf("transfer_out")).toEqual(["toOrgId*", "letterNumber*"]);
    expect(fieldsOf("transfer_out_of_system")).toEqual(["destination*", "letterNumber"]);
    expect(fieldsOf("mobile_registered")).toEqual(["destination*", "cardNumber"]);
    expect(fieldsOf("exit")).toEqual(["exitKind*"]);
    for (const type of ["transfer_in", "transfer_cancelled", "mobile_returned", "lost_contact", "contact_restored", "suspended", "restored", "death"] as const) {
      expect(fieldsOf(type)).toEqual([]);
    }
  });

  it("builds a body the contract accepts for every type, with only that type's fields", () => {
    const leftovers = { toOrgId: ORG_ID, letterNumber: "青组转〔2026〕12号", destination: "杭州市", cardNumber: "LD-001", exitKind: "expelled" as const };
    for (const type of MEMBER_EVENT_TYPES) {
      const documentIds = ["9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b"];
      const input = buildEventInput({ type, occurredOn: "2026-03-01", reason: "  ", documents: [{ name: "介绍信", number: " " }, { name: " " }], documentIds, ...leftovers });
      expect(CreateMemberEventSchema.safeParse(input).success, type).toBe(true);
      const extra = Object.keys(input).filter((key) => !["type", "occurredOn", "reason", "documents", "documentIds"].includes(key));
      expect(extra, type).toEqual(EVENT_FIELDS[type].map((f) => f.name));
      expect(input.reason).toBeNull();
      expect(input.documents).toEqual([{ name: "介绍信", number: null }]);
      expect(input.documentIds).toEqual(documentIds);
    }
  });

  it("sends an optional detail left blank as null", () => {
    const input = buildEventInput({ type: "mobile_registered", occurredOn: "2026-03-01", destination: " 杭州市 ", cardNumber: "" });
    expect(input).toMatchObject({ destination: "杭州市", cardNumber: null });
  });
});

describe("events offered for a member", () => {
  const member = { standing: "active" as const, isMobile: false, isLostContact: false };

  it("offers an active member the ways out and the marks they do not have yet", () => {
    const types = availableEventTypes(member);
    expect(types).toContain("transfer_out");
    expect(types).toContain("mobile_registered");
    expect(types).toContain("lost_contact");
    expect(types).not.toContain("mobile_returned");
    expect(types).not.toContain("restored");
    expect(types).not.toContain("transfer_in");
    expect(availableEventTypes({ ...member, isMobile: true, isLostContact: true })).toEqual(
      expect.arrayContaining(["mobile_returned", "contact_restored"]),
    );
  });

  it("offers the sender of a pending transfer its withdrawal, and nothing once the member has left", () => {
    expect(availableEventTypes({ ...member, standing: "transferring" })).toEqual(["transfer_cancelled", "death"]);
    expect(availableEventTypes({ ...member, standing: "suspended" })).toEqual(["restored", "exit", "death"]);
    expect(availableEventTypes({ ...member, standing: "deceased" })).toEqual([]);
  });
});

describe("event details on the timeline", () => {
  it("labels the details in Chinese and hides the ids", () => {
    expect(describeEventDetails({ type: "exit", details: { exitKind: "expelled" } })).toEqual([{ label: "出党方式", value: "开除党籍" }]);
    expect(
      describeEventDetails({
        type: "transfer_out",
        details: { fromOrg: { id: ORG_ID, name: "青山村党支部" }, toOrg: { id: ORG_ID, name: "青山社区第一党支部" }, letterNumber: "12号" },
      }),
    ).toEqual([
      { label: "转出组织", value: "青山村党支部" },
      { label: "接收组织", value: "青山社区第一党支部" },
      { label: "介绍信编号", value: "12号" },
    ]);
    // jsonb hands keys back shortest first; the timeline keeps its own order.
    expect(describeEventDetails({ type: "mobile_registered", details: { cardNumber: "LD-1", destination: "杭州市" } })).toEqual([
      { label: "流入地", value: "杭州市" },
      { label: "活动证编号", value: "LD-1" },
    ]);
  });
});
