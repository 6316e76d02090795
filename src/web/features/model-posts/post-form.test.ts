import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { PostDetail } from "../../../shared/contracts/model-posts.contract";
import { isOutsideYear, newPostValues, toCreateInput, toFormValues, toUpdateInput } from "./post-form";

const ORG = "00000000-0000-4000-8000-000000000001";
const MEMBER = "00000000-0000-4000-8000-000000000002";

describe("the post's form", () => {
  it("starts a new post this year, set up by the caller's organization today", () => {
    const values = newPostValues(ORG, dayjs("2026-11-25"));
    expect({ ...values, startedOn: values.startedOn?.format("YYYY-MM-DD") }).toEqual({ orgId: ORG, year: 2026, kind: "model_post", safetyKind: null, startedOn: "2026-11-25" });
  });

  it("sends the content trimmed, dates as days, and a safety kind only with a safety area", () => {
    const values = {
      orgId: ORG,
      memberId: MEMBER,
      year: 2026,
      kind: "responsibility_area" as const,
      safetyKind: "economic" as const,
      name: " 联户责任区 ",
      scope: undefined,
      commitment: " 每月走访 ",
      startedOn: dayjs("2026-02-10"),
    };
    expect(toCreateInput(values)).toEqual({
      orgId: ORG,
      memberId: MEMBER,
      year: 2026,
      kind: "responsibility_area",
      safetyKind: null,
      name: "联户责任区",
      scope: "",
      commitment: "每月走访",
      startedOn: "2026-02-10",
    });
    expect(toUpdateInput({ ...values, kind: "safety_area" }).safetyKind).toBe("economic");
  });

  it("fills the form from a post and back without change", () => {
    const post = {
      orgId: ORG,
      memberId: MEMBER,
      year: 2026,
      kind: "safety_area",
      safetyKind: "production",
      name: "森林防火安全责任区",
      scope: "上村山林",
      commitment: "防火期每周巡山",
      startedOn: "2026-01-20",
    } as PostDetail;
    const { orgId: _o, memberId: _m, year: _y, ...content } = post;
    expect(toUpdateInput(toFormValues(post))).toEqual(content);
  });

  it("greys out start days outside the post's year", () => {
    expect(isOutsideYear(dayjs("2026-12-31"), 2026)).toBe(false);
    expect(isOutsideYear(dayjs("2027-01-01"), 2026)).toBe(true);
    expect(isOutsideYear(dayjs("2027-01-01"), undefined)).toBe(false);
  });
});
