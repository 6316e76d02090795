import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../../shared/dates";
import {
  type ForecastCase,
  type QuotaOrg,
  canBecomeCandidateBy,
  canConvertBy,
  canHavePlan,
  canReachProbationBy,
  checkQuotaOrgs,
  forecastBounds,
  isForecastOpen,
  latestStartBy,
} from "./development-plans.rules";

const activist = (activistOn: string | null): ForecastCase => ({ stage: "activist", activistOn, probationEndsOn: null });
const YEAR_END = "2026-12-31";

describe("canReachProbationBy", () => {
  it("counts every development candidate and no applicant", () => {
    expect(canReachProbationBy({ stage: "candidate", activistOn: "2026-06-01", probationEndsOn: null }, YEAR_END)).toBe(true);
    expect(canReachProbationBy({ stage: "applicant", activistOn: null, probationEndsOn: null }, YEAR_END)).toBe(false);
    expect(canReachProbationBy({ stage: "probationary", activistOn: "2024-01-01", probationEndsOn: "2026-03-01" }, YEAR_END)).toBe(false);
  });

  it("counts an activist whose year of cultivation (DEV-07) leaves three months before 31 December, and not one day later", () => {
    // 2025-09-30 + 12 months = 2026-09-30, + 3 months = 2026-12-30.
    expect(canReachProbationBy(activist("2025-09-30"), YEAR_END)).toBe(true);
    // 2025-10-01 + 15 months = 2027-01-01.
    expect(canReachProbationBy(activist("2025-10-01"), YEAR_END)).toBe(false);
    expect(canReachProbationBy(activist(null), YEAR_END)).toBe(false);
  });

  it("adds the year and the three months as calendar months, clamped at month ends", () => {
    // 2024-02-29 + 12 months = 2025-02-28, + 3 months = 2025-05-28: not 2025-05-29.
    expect(canReachProbationBy(activist("2024-02-29"), "2025-05-28")).toBe(true);
    expect(canReachProbationBy(activist("2024-02-29"), "2025-05-27")).toBe(false);
  });
});

describe("canBecomeCandidateBy and canConvertBy", () => {
  it("lists an activist as candidate only once the full year is reached by the year's end (DEV-07)", () => {
    expect(canBecomeCandidateBy(activist("2025-12-31"), YEAR_END)).toBe(true);
    expect(canBecomeCandidateBy(activist("2026-01-01"), YEAR_END)).toBe(false);
    expect(canBecomeCandidateBy({ stage: "candidate", activistOn: "2024-01-01", probationEndsOn: null }, YEAR_END)).toBe(false);
  });

  it("converts a probationary member whose probation ends on or before 31 December (DEV-21, DEV-23)", () => {
    const probationary = (probationEndsOn: string | null): ForecastCase => ({ stage: "probationary", activistOn: "2024-01-01", probationEndsOn });
    expect(canConvertBy(probationary("2026-12-31"), YEAR_END)).toBe(true);
    expect(canConvertBy(probationary("2027-01-01"), YEAR_END)).toBe(false);
    expect(canConvertBy(probationary(null), YEAR_END)).toBe(false);
  });
});

describe("forecastBounds", () => {
  it("gives the SQL bounds on the activist date for 31 December", () => {
    expect(forecastBounds(YEAR_END)).toEqual({ candidateActivistOnBy: "2025-12-31", probationActivistOnBy: "2025-09-30" });
  });

  it("agrees with the predicates on every day around the bounds, for year ends and month ends alike", () => {
    for (const deadline of ["2026-12-31", "2027-02-28", "2028-02-29", "2026-04-30"]) {
      const bounds = forecastBounds(deadline);
      for (let day = addMonths(deadline, -20); day <= deadline; day = addDays(day, 1)) {
        expect([deadline, day, canBecomeCandidateBy(activist(day), deadline)]).toEqual([deadline, day, day <= bounds.candidateActivistOnBy]);
        expect([deadline, day, canReachProbationBy(activist(day), deadline)]).toEqual([deadline, day, day <= bounds.probationActivistOnBy]);
      }
    }
  });

  it("inverts month arithmetic where subtracting months would not (31 January + 1 month = 28 February)", () => {
    expect(latestStartBy((d) => addMonths(d, 1), "2027-02-28")).toBe("2027-01-31");
    expect(addMonths("2027-02-28", -1)).toBe("2027-01-28");
  });
});

describe("isForecastOpen", () => {
  it("forecasts the current and later years, never a year already over", () => {
    expect(isForecastOpen(2026, "2026-12-31")).toBe(true);
    expect(isForecastOpen(2026, "2027-01-01")).toBe(false);
    expect(isForecastOpen(2027, "2026-11-25")).toBe(true);
  });
});

describe("canHavePlan", () => {
  it("lets committees and general branches make plans, not branches or groups", () => {
    expect([canHavePlan("committee"), canHavePlan("general_branch"), canHavePlan("branch"), canHavePlan("group")]).toEqual([true, true, false, false]);
  });
});

describe("checkQuotaOrgs", () => {
  const plan = { id: "c", path: "/c/" };
  const org = (id: string, path: string, extra: Partial<QuotaOrg> = {}): QuotaOrg => ({ id, path, name: `组织${id}`, kind: "branch", isDissolved: false, ...extra });
  const orgs = new Map(
    [
      org("g", "/c/g/", { kind: "general_branch" }),
      org("b1", "/c/g/b1/"),
      org("b2", "/c/b2/"),
      org("grp", "/c/b2/grp/", { kind: "group" }),
      org("old", "/c/old/", { isDissolved: true }),
      org("c", "/c/", { kind: "committee" }),
      org("x", "/x/"),
    ].map((o) => [o.id, o]),
  );
  const fields = (ids: string[]) => checkQuotaOrgs(plan, ids, orgs).map((i) => [i.field, i.message]);

  it("accepts live organizations strictly below the plan's, side by side", () => {
    expect(checkQuotaOrgs(plan, ["g", "b2"], orgs)).toEqual([]);
  });

  it("refuses the plan organization itself, one outside it, a dissolved or unknown one, each at its index", () => {
    expect(fields(["b2", "c", "x", "old", "missing"])).toEqual([
      ["quotas.1.orgId", "名额只能分配给本组织下属的现有组织"],
      ["quotas.2.orgId", "名额只能分配给本组织下属的现有组织"],
      ["quotas.3.orgId", "名额只能分配给本组织下属的现有组织"],
      ["quotas.4.orgId", "名额只能分配给本组织下属的现有组织"],
    ]);
  });

  it("refuses a party group, a repeated organization, and one inside another quota organization", () => {
    expect(fields(["grp", "b2", "b2", "b1", "g"])).toEqual([
      ["quotas.0.orgId", "党小组不单列发展名额，请分配给其所在党支部"],
      ["quotas.2.orgId", "同一组织只能分配一个名额"],
      ["quotas.3.orgId", "该组织已包含在组织g的名额中，不能重复分配"],
    ]);
    expect(checkQuotaOrgs(plan, ["x"], orgs)[0]?.rule).toBe("DEV-PLAN");
  });
});
