import { describe, expect, it } from "vitest";
import { parseListView, toFindParams, toSearchParams } from "./meeting-filters";

const ORG = "5b0c3d4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";

describe("the meeting list's view in the URL", () => {
  it("reads the compliance drill-down's parameters as filters (seam 1)", () => {
    const view = parseListView(new URLSearchParams(`orgId=${ORG}&type=general_meeting&from=2026-10-01&to=2026-12-31&status=signed_off`));
    expect(view).toEqual({
      filters: { orgId: ORG, type: "general_meeting", from: "2026-10-01", to: "2026-12-31", status: "signed_off" },
      page: 1,
      pageSize: 20,
    });
    expect(toFindParams(view)).toMatchObject({ orgId: ORG, status: "signed_off", page: 1, pageSize: 20 });
  });

  it("leaves out what the contract refuses", () => {
    const view = parseListView(new URLSearchParams("orgId=nope&type=party&tag=integrity&from=2026-13-01&page=0&pageSize=3"));
    expect(view).toEqual({ filters: { tag: "integrity" }, page: 1, pageSize: 3 });
  });

  it("writes only what differs from the default, in a fixed order", () => {
    const params = toSearchParams({ filters: { q: "学习", type: "theme_day", orgId: ORG }, page: 2, pageSize: 20 });
    expect(params.toString()).toBe(`orgId=${ORG}&type=theme_day&q=%E5%AD%A6%E4%B9%A0&page=2`);
    expect(parseListView(params)).toEqual({ filters: { orgId: ORG, type: "theme_day", q: "学习" }, page: 2, pageSize: 20 });
  });
});
