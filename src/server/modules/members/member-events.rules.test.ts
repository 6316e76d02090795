import { describe, expect, it } from "vitest";
import { MEMBER_EVENT_TYPES, type MemberStanding } from "../../../shared/domain";
import { EVENTS_BY_STANDING } from "../../../shared/member-lifecycle";
import { type EventFacts, type MemberLifecycle, checkMemberEvent, memberEventEffect } from "./member-events.rules";

const today = "2026-11-25";
const active: MemberLifecycle = {
  orgId: "branch-a",
  standing: "active",
  status: "full",
  joinedOn: "2000-07-01",
  isMobile: false,
  isLostContact: false,
  pendingTransferOrgId: null,
  lastEventOn: {},
};
const check = (member: Partial<MemberLifecycle>, event: Partial<EventFacts> & Pick<EventFacts, "type">) =>
  checkMemberEvent({ ...active, ...member }, { occurredOn: "2026-11-01", ...event }, today).map((i) => `${i.field}:${i.rule}`);

describe("checkMemberEvent: which events each standing admits", () => {
  it("lets an active member transfer, register mobility or lost contact, be suspended, exit or die", () => {
    for (const type of ["transfer_out", "transfer_out_of_system", "mobile_registered", "lost_contact", "suspended", "death"] as const) {
      expect(check({}, { type, toOrgId: "branch-b", exitKind: "resigned" }), type).toEqual([]);
    }
    expect(check({}, { type: "exit", exitKind: "resigned" })).toEqual([]);
  });

  it("refuses a transfer in or a withdrawal without a pending transfer (TR-03)", () => {
    expect(check({}, { type: "transfer_in" })).toEqual(["type:EV-01"]);
    expect(check({}, { type: "transfer_cancelled" })).toEqual(["type:EV-01"]);
  });

  it("admits only acceptance, withdrawal or death while a transfer is pending (TR-03)", () => {
    const transferring = { standing: "transferring" as const, pendingTransferOrgId: "branch-b" };
    expect(check(transferring, { type: "transfer_in" })).toEqual([]);
    expect(check(transferring, { type: "transfer_cancelled" })).toEqual([]);
    expect(check(transferring, { type: "transfer_out", toOrgId: "branch-c" })).toEqual(["type:TR-03"]);
    expect(check(transferring, { type: "mobile_registered" })).toEqual(["type:TR-03"]);
  });

  it("admits nothing but restoration, exit or death for a suspended member (LC-03)", () => {
    const suspended = { standing: "suspended" as const, lastEventOn: { suspended: "2026-01-01" } };
    expect(check(suspended, { type: "restored" })).toEqual([]);
    expect(check(suspended, { type: "exit", exitKind: "resigned" })).toEqual([]);
    expect(check(suspended, { type: "transfer_out", toOrgId: "branch-b" })).toEqual(["type:LC-03"]);
    expect(check(suspended, { type: "contact_restored" })).toEqual(["type:LC-03"]);
  });

  it("never restores or records anything after an exit (EXIT-01), a death or a transfer out of the system", () => {
    for (const type of MEMBER_EVENT_TYPES) {
      expect(check({ standing: "exited" }, { type, exitKind: "resigned" })).toEqual(["type:EXIT-01"]);
      expect(check({ standing: "deceased" }, { type, exitKind: "resigned" })).toEqual(["type:EV-01"]);
      expect(check({ standing: "transferred_out" }, { type, exitKind: "resigned" })).toEqual(["type:EV-01"]);
    }
    expect(check({ standing: "active" }, { type: "restored" })).toEqual(["type:EV-01"]);
  });

  it("names the standing and the event in Chinese", () => {
    const [found] = checkMemberEvent({ ...active, standing: "exited" }, { type: "restored", occurredOn: "2026-11-01" }, today);
    expect(found?.message).toContain("恢复党籍");
    expect(found?.message).toContain("已出党");
    expect(found?.code).toBe("members.event_not_allowed");
  });

  it("lists every standing", () => {
    expect(Object.keys(EVENTS_BY_STANDING).sort()).toEqual(["active", "deceased", "exited", "suspended", "transferred_out", "transferring"] satisfies MemberStanding[]);
  });
});

describe("checkMemberEvent: paired registrations", () => {
  it("registers mobility once and a return only when mobile (MOB-01)", () => {
    expect(check({ isMobile: true }, { type: "mobile_registered" })).toEqual(["type:MOB-01"]);
    expect(check({}, { type: "mobile_returned" })).toEqual(["type:MOB-01"]);
    expect(check({ isMobile: true }, { type: "mobile_returned" })).toEqual([]);
  });
  it("registers lost contact once and a restored contact only when lost", () => {
    expect(check({ isLostContact: true }, { type: "lost_contact" })).toEqual(["type:LC-01"]);
    expect(check({}, { type: "contact_restored" })).toEqual(["type:LC-01"]);
    expect(check({ isLostContact: true }, { type: "contact_restored" })).toEqual([]);
  });
  it("refuses a transfer to the member's own organization", () => {
    expect(check({}, { type: "transfer_out", toOrgId: "branch-a" })).toEqual(["toOrgId:TR-02"]);
  });
});

describe("checkMemberEvent: dates", () => {
  it("refuses a future date and a date before admission", () => {
    expect(check({}, { type: "death", occurredOn: "2026-11-26" })).toEqual(["occurredOn:EV-02"]);
    expect(check({}, { type: "death", occurredOn: "2000-06-30" })).toEqual(["occurredOn:EV-02"]);
    expect(check({}, { type: "death", occurredOn: today })).toEqual([]);
  });
  it("refuses a date before the member's latest event (EV-02)", () => {
    expect(check({ isMobile: true, lastEventOn: { mobile_registered: "2026-10-01" } }, { type: "mobile_returned", occurredOn: "2026-09-30" })).toEqual(["occurredOn:EV-02"]);
    expect(check({ lastEventOn: { mobile_registered: "2026-10-01", mobile_returned: "2026-10-20" } }, { type: "death", occurredOn: "2026-10-19" })).toEqual(["occurredOn:EV-02"]);
    expect(check({ lastEventOn: { mobile_returned: "2026-10-20" } }, { type: "death", occurredOn: "2026-10-20" })).toEqual([]);
  });
  it("suspends a lost-contact member only after six months of lost contact (LC-01)", () => {
    const lost = { isLostContact: true, lastEventOn: { lost_contact: "2026-03-31" } };
    expect(check(lost, { type: "suspended", occurredOn: "2026-09-29" })).toEqual(["occurredOn:LC-01"]);
    expect(check(lost, { type: "suspended", occurredOn: "2026-09-30" })).toEqual([]);
    // Other grounds (settled abroad) need no lost contact.
    expect(check({}, { type: "suspended", occurredOn: "2026-09-01" })).toEqual([]);
  });
});

describe("checkMemberEvent: exits", () => {
  it("cancels probation only for probationary members (DEV-23)", () => {
    expect(check({}, { type: "exit", exitKind: "probation_cancelled" })).toEqual(["exitKind:DEV-23"]);
    expect(check({ status: "probationary", joinedOn: "2026-03-01" }, { type: "exit", exitKind: "probation_cancelled" })).toEqual([]);
  });
  it("removes as lapsed after lost contact only two years after suspension (LC-02)", () => {
    expect(check({}, { type: "exit", exitKind: "lapsed_lost_contact" })).toEqual(["exitKind:LC-02"]);
    const suspended = { standing: "suspended" as const, lastEventOn: { suspended: "2024-11-26" } };
    expect(check(suspended, { type: "exit", exitKind: "lapsed_lost_contact", occurredOn: "2026-11-25" })).toEqual(["occurredOn:LC-02"]);
    expect(check({ ...suspended, lastEventOn: { suspended: "2024-11-25" } }, { type: "exit", exitKind: "lapsed_lost_contact", occurredOn: "2026-11-25" })).toEqual([]);
  });
});

describe("memberEventEffect", () => {
  const effect = (type: EventFacts["type"], member: Partial<MemberLifecycle> = {}) =>
    memberEventEffect({ ...active, ...member }, { type, occurredOn: today, toOrgId: "branch-b" });

  it("keeps the member in the sending organization until the receiver accepts (TR-03)", () => {
    expect(effect("transfer_out")).toEqual({ standing: "transferring", pendingTransferOrgId: "branch-b" });
    expect(effect("transfer_in", { pendingTransferOrgId: "branch-b" })).toEqual({ standing: "active", orgId: "branch-b", pendingTransferOrgId: null, isMobile: false });
    expect(effect("transfer_cancelled", { pendingTransferOrgId: "branch-b" })).toEqual({ standing: "active", pendingTransferOrgId: null });
  });

  it("sets the standing of suspension, restoration, exit, death and leaving the system", () => {
    expect(effect("suspended")).toEqual({ standing: "suspended" });
    expect(effect("restored")).toEqual({ standing: "active", isLostContact: false });
    expect(effect("exit")).toEqual({ standing: "exited" });
    expect(effect("death")).toEqual({ standing: "deceased" });
    expect(effect("transfer_out_of_system")).toEqual({ standing: "transferred_out" });
  });

  it("toggles the mobile and lost-contact flags", () => {
    expect(effect("mobile_registered")).toEqual({ isMobile: true });
    expect(effect("mobile_returned")).toEqual({ isMobile: false });
    expect(effect("lost_contact")).toEqual({ isLostContact: true });
    expect(effect("contact_restored")).toEqual({ isLostContact: false });
  });
});
