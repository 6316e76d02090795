import { describe, expect, it } from "vitest";
import {
  columnSortOrder,
  DEFAULT_VIEW,
  type MemberListView,
  parseListView,
  sortFromColumn,
  toFindParams,
  toSearchParams,
} from "./member-filters";

const ORG_ID = "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30";
const parse = (search: string) => parseListView(new URLSearchParams(search));

describe("member list view ↔ URL", () => {
  it("opens on members in good standing, by name, first page of 20", () => {
    expect(parse("")).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW.filters.standing).toBe("active");
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("writes every chosen filter and reads the same view back from the link", () => {
    const view: MemberListView = {
      filters: {
        orgId: ORG_ID,
        q: "王",
        status: "probationary",
        standing: "suspended",
        gender: "female",
        education: "bachelor",
        occupation: "farmer",
        ageBand: "31_35",
        isMobile: true,
        isSenior: true,
      },
      sort: "joinedOn",
      order: "desc",
      page: 3,
      pageSize: 50,
    };
    const search = toSearchParams(view).toString();
    expect(search).toBe(
      `orgId=${ORG_ID}&q=%E7%8E%8B&status=probationary&standing=suspended&gender=female&education=bachelor&occupation=farmer&ageBand=31_35&isMobile=true&isSenior=true&sort=joinedOn&order=desc&page=3&pageSize=50`,
    );
    expect(parse(search)).toEqual(view);
  });

  it("leaves out the default standing and unset flags, so equal views give equal links", () => {
    const view: MemberListView = { ...DEFAULT_VIEW, filters: { standing: "active", isMobile: false, q: "" } };
    expect(toSearchParams(view).toString()).toBe("");
  });

  it("drops values the contract refuses instead of sending them to the server", () => {
    const view = parse("orgId=not-a-uuid&status=boss&gender=x&ageBand=99&isMobile=false&isLostContact=maybe&sort=salary&order=up&page=0&pageSize=5000");
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it("never puts an exact ID or phone number into the address bar", () => {
    const view = parse("idNumber=11010519491231002X&phone=13800138000&q=李");
    expect(toSearchParams(view).toString()).toBe("q=%E6%9D%8E");
    const params = toFindParams(view, { idNumber: "11010519491231002X", phone: "13800138000" });
    expect(params).toMatchObject({ q: "李", idNumber: "11010519491231002X", phone: "13800138000", standing: "active", page: 1 });
  });

  it("sorts age and party age by their dates the other way round", () => {
    expect(sortFromColumn("age", "ascend")).toEqual({ sort: "birthDate", order: "desc" });
    expect(sortFromColumn("partyAge", "descend")).toEqual({ sort: "fullMemberOn", order: "asc" });
    expect(sortFromColumn("joinedOn", "descend")).toEqual({ sort: "joinedOn", order: "desc" });
    expect(sortFromColumn(undefined, null)).toEqual({ sort: "name", order: "asc" });
    expect(columnSortOrder({ sort: "birthDate", order: "desc" }, "age")).toBe("ascend");
    expect(columnSortOrder({ sort: "birthDate", order: "desc" }, "name")).toBeNull();
  });
});
