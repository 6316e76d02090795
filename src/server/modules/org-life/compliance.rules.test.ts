import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../../shared/dates";
import { loadConfig } from "../../config";
import {
  type OrgFacts,
  cellStatus,
  closedPeriodsOf,
  complianceRate,
  doneIn,
  lastLifeOf,
  compileMatrix,
  matrixColumns,
  monthCountsOf,
  monthCountsOfDays,
  monthIndexesOf,
  monthsBetween,
  noLifeCutoff,
  noLifeLevel,
  orgCells,
  owesPeriod,
  periodLabel,
  periodOf,
  periodOfKey,
  periodState,
  periodsOf,
} from "./compliance.rules";

const config = loadConfig({}).orgLife;
const TODAY = "2026-11-25";

describe("periods", () => {
  it("keys months, quarters and the year as 2026-11, 2026-Q4, 2026 with their first and last days", () => {
    expect(periodsOf("month", 2026).map((p) => p.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    expect(periodsOf("quarter", 2026)).toEqual([
      { key: "2026-Q1", unit: "quarter", from: "2026-01-01", to: "2026-03-31" },
      { key: "2026-Q2", unit: "quarter", from: "2026-04-01", to: "2026-06-30" },
      { key: "2026-Q3", unit: "quarter", from: "2026-07-01", to: "2026-09-30" },
      { key: "2026-Q4", unit: "quarter", from: "2026-10-01", to: "2026-12-31" },
    ]);
    expect(periodsOf("year", 2026)).toEqual([{ key: "2026", unit: "year", from: "2026-01-01", to: "2026-12-31" }]);
  });

  it("ends February on the 28th, or the 29th in a leap year", () => {
    expect(periodOf("month", "2026-02-10").to).toBe("2026-02-28");
    expect(periodOf("month", "2028-02-10").to).toBe("2028-02-29");
  });

  it("puts boundary days in the right month and quarter", () => {
    expect(periodOf("month", "2026-03-31").key).toBe("2026-03");
    expect(periodOf("month", "2026-04-01").key).toBe("2026-04");
    expect(periodOf("quarter", "2026-03-31").key).toBe("2026-Q1");
    expect(periodOf("quarter", "2026-04-01").key).toBe("2026-Q2");
    expect(periodOf("quarter", "2026-12-31").key).toBe("2026-Q4");
    expect(periodOf("year", "2026-12-31").key).toBe("2026");
    expect(periodOf("year", "2027-01-01").key).toBe("2027");
  });

  it("reads a key back, and refuses what is not one", () => {
    for (const unit of ["month", "quarter", "year"] as const) for (const p of periodsOf(unit, 2026)) expect(periodOfKey(p.key)).toEqual(p);
    expect(periodOfKey("2026-13")).toBeUndefined();
    expect(periodOfKey("2026-Q5")).toBeUndefined();
    expect(periodOfKey("26-11")).toBeUndefined();
  });

  it("labels periods in Chinese", () => {
    expect(periodLabel(periodOfKey("2026-11")!)).toBe("11月");
    expect(periodLabel(periodOfKey("2026-Q4")!)).toBe("第四季度");
    expect(periodLabel(periodOfKey("2026")!)).toBe("全年");
  });

  it("closes a period the day after its last day", () => {
    const november = periodOfKey("2026-11")!;
    expect(periodState(november, "2026-11-30")).toBe("open");
    expect(periodState(november, "2026-12-01")).toBe("closed");
    expect(periodState(november, "2026-11-01")).toBe("open");
    expect(periodState(november, "2026-10-31")).toBe("not_started");
    // Year end: 2026 is open on 31 December and closed on 1 January.
    expect(periodState(periodOfKey("2026")!, "2026-12-31")).toBe("open");
    expect(periodState(periodOfKey("2026")!, "2027-01-01")).toBe("closed");
    expect(periodState(periodOfKey("2026-Q4")!, "2027-01-01")).toBe("closed");
  });

  it("lists which periods of a year are closed on a day", () => {
    expect(closedPeriodsOf("month", 2026, TODAY).map((p) => p.key)).toEqual(periodsOf("month", 2026).slice(0, 10).map((p) => p.key));
    expect(closedPeriodsOf("quarter", 2026, TODAY).map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(closedPeriodsOf("year", 2026, TODAY)).toEqual([]);
    expect(closedPeriodsOf("quarter", 2026, "2026-10-01").map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(closedPeriodsOf("quarter", 2026, "2026-09-30").map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(closedPeriodsOf("month", 2025, TODAY)).toHaveLength(12);
    expect(closedPeriodsOf("year", 2025, TODAY)).toHaveLength(1);
    expect(closedPeriodsOf("month", 2027, TODAY)).toEqual([]);
  });

  it("maps a period onto the year's month counts", () => {
    expect(monthIndexesOf(periodOfKey("2026-11")!)).toEqual([10]);
    expect(monthIndexesOf(periodOfKey("2026-Q2")!)).toEqual([3, 4, 5]);
    expect(monthIndexesOf(periodOfKey("2026")!)).toHaveLength(12);
    const counts = [1, 0, 2, 0, 0, 1, 0, 0, 0, 3, 1, 0];
    expect(doneIn(counts, periodOfKey("2026-Q1")!)).toBe(3);
    expect(doneIn(counts, periodOfKey("2026-Q4")!)).toBe(4);
    expect(doneIn(counts, periodOfKey("2026")!)).toBe(8);
    expect(doneIn(undefined, periodOfKey("2026")!)).toBe(0);
  });
});

describe("owesPeriod: organizations set up or dissolved mid-period (rules.md §2.3, partialPeriodOwed)", () => {
  const q2 = periodOfKey("2026-Q2")!;
  const may = periodOfKey("2026-05")!;
  const life = (establishedOn: string | null, dissolvedOn: string | null = null) => ({ establishedOn, dissolvedOn });

  it("owes everything when long established (no date) and not dissolved", () => {
    expect(owesPeriod(life(null), q2, false)).toBe(true);
    expect(owesPeriod(life(null), q2, true)).toBe(true);
  });

  it("with partialPeriodOwed=false, owes a period only if it existed for the whole of it", () => {
    expect(owesPeriod(life("2026-04-01"), q2, false)).toBe(true);
    expect(owesPeriod(life("2026-04-02"), q2, false)).toBe(false);
    expect(owesPeriod(life("2026-05-15"), may, false)).toBe(false);
    expect(owesPeriod(life("2026-05-15"), periodOfKey("2026-06")!, false)).toBe(true);
    // Set up in May: not the year 2026 (life meeting, talks), yes 2027.
    expect(owesPeriod(life("2026-05-15"), periodOfKey("2026")!, false)).toBe(false);
    expect(owesPeriod(life("2026-05-15"), periodOfKey("2027")!, false)).toBe(true);
  });

  it("with partialPeriodOwed=true, owes every period it existed in, even for its last day", () => {
    expect(owesPeriod(life("2026-06-30"), q2, true)).toBe(true);
    expect(owesPeriod(life("2026-07-01"), q2, true)).toBe(false);
    expect(owesPeriod(life("2026-05-31"), may, true)).toBe(true);
    expect(owesPeriod(life("2026-05-15"), periodOfKey("2026")!, true)).toBe(true);
  });

  it("stops owing once dissolved: the dissolution day is no longer a day of existence", () => {
    // Dissolved on 1 July: Q2 was whole.
    expect(owesPeriod(life(null, "2026-07-01"), q2, false)).toBe(true);
    // Dissolved on 30 June: Q2 was not whole; with partial periods owed it still counts.
    expect(owesPeriod(life(null, "2026-06-30"), q2, false)).toBe(false);
    expect(owesPeriod(life(null, "2026-06-30"), q2, true)).toBe(true);
    // Dissolved on the first day of a period: it never existed in it.
    expect(owesPeriod(life(null, "2026-04-01"), q2, true)).toBe(false);
    expect(owesPeriod(life(null, "2026-04-01"), periodOfKey("2026-03")!, false)).toBe(true);
  });
});

describe("cellStatus (rules.md §2.3)", () => {
  const cell = (done: number, state: "not_started" | "open" | "closed", isOwed = true, required = 1) => cellStatus({ isOwed, required, done, state });

  it("is green when the signed-off records reach the requirement, open or closed", () => {
    expect(cell(1, "closed")).toBe("green");
    expect(cell(2, "open")).toBe("green");
    expect(cellStatus({ isOwed: true, required: 2, done: 2, state: "closed" })).toBe("green");
  });

  it("is amber while open or not yet started and unmet, red once closed unmet", () => {
    expect(cell(0, "open")).toBe("amber");
    expect(cell(0, "not_started")).toBe("amber");
    expect(cell(0, "closed")).toBe("red");
    expect(cellStatus({ isOwed: true, required: 2, done: 1, state: "closed" })).toBe("red");
  });

  it("is none when not owed, whatever was held", () => {
    expect(cell(3, "closed", false)).toBe("none");
    expect(cell(0, "closed", true, 0)).toBe("none");
  });

  it("rates the decided cells only", () => {
    expect(complianceRate({ green: 3, red: 1 })).toBe(0.75);
    expect(complianceRate({ green: 0, red: 0 })).toBeNull();
  });
});

describe("orgCells", () => {
  const columns = matrixColumns(["general_meeting", "committee_meeting", "party_lecture", "life_meeting"], 2026, TODAY);
  const at = (key: string, type: string) => columns.findIndex((c) => c.period.key === key && c.type === type);
  const branch = (overrides: Partial<OrgFacts> = {}): OrgFacts => ({
    kind: "branch",
    establishedOn: null,
    dissolvedOn: null,
    fullMembers: 10,
    monthCounts: {
      general_meeting: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      committee_meeting: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
      party_lecture: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0],
    },
    ...overrides,
  });

  it("lays out the columns per type: quarters, months, quarters and the year for 党课, the year", () => {
    expect(columns.map((c) => c.period.key).slice(0, 4)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(columns).toHaveLength(4 + 12 + 5 + 1);
    expect(columns[at("2026", "party_lecture")]!.state).toBe("open");
  });

  it("decides every cell of a branch from its month counts on 2026-11-25", () => {
    const cells = orgCells(branch(), columns, config);
    const status = (key: string, type: string) => cells[at(key, type)]!.status;
    expect(status("2026-Q1", "general_meeting")).toBe("green");
    expect(status("2026-Q2", "general_meeting")).toBe("red");
    expect(status("2026-Q4", "general_meeting")).toBe("amber");
    expect(status("2026-09", "committee_meeting")).toBe("green");
    expect(status("2026-10", "committee_meeting")).toBe("red");
    expect(status("2026-11", "committee_meeting")).toBe("amber");
    expect(status("2026-12", "committee_meeting")).toBe("amber");
    expect(status("2026-Q3", "party_lecture")).toBe("green");
    // A branch's lecture is quarterly: the yearly 党课 column is the committee's.
    expect(status("2026", "party_lecture")).toBe("none");
    expect(status("2026", "life_meeting")).toBe("amber");
    expect(cells[at("2026-Q1", "general_meeting")]).toEqual({ status: "green", required: 1, done: 1 });
    expect(cells[at("2026", "party_lecture")]).toEqual({ status: "none", required: 0, done: 3 });
  });

  it("owes no committee meetings in a branch under 7 full members (ORG-05)", () => {
    const cells = orgCells(branch({ fullMembers: 6 }), columns, config);
    expect(cells[at("2026-10", "committee_meeting")]!.status).toBe("none");
    expect(cells[at("2026-Q2", "general_meeting")]!.status).toBe("red");
  });

  it("gives a committee its monthly committee meeting and yearly lecture", () => {
    const cells = orgCells(branch({ kind: "committee", fullMembers: 0, monthCounts: { party_lecture: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0] } }), columns, config);
    expect(cells[at("2026", "party_lecture")]!.status).toBe("green");
    expect(cells[at("2026-Q3", "party_lecture")]!.status).toBe("none");
    expect(cells[at("2026-Q1", "general_meeting")]!.status).toBe("none");
    expect(cells[at("2026-01", "committee_meeting")]!.status).toBe("red");
  });

  it("owes nothing before a mid-year set-up under partialPeriodOwed=false, and the period it started in under true", () => {
    const late = branch({ establishedOn: "2026-05-20", monthCounts: {} });
    const strict = orgCells(late, columns, config);
    expect(strict[at("2026-05", "committee_meeting")]!.status).toBe("none");
    expect(strict[at("2026-06", "committee_meeting")]!.status).toBe("red");
    expect(strict[at("2026-Q2", "general_meeting")]!.status).toBe("none");
    expect(strict[at("2026-Q3", "general_meeting")]!.status).toBe("red");
    expect(strict[at("2026", "life_meeting")]!.status).toBe("none");
    const lenient = orgCells(late, columns, { ...config, partialPeriodOwed: true });
    expect(lenient[at("2026-04", "committee_meeting")]!.status).toBe("none");
    expect(lenient[at("2026-05", "committee_meeting")]!.status).toBe("red");
    expect(lenient[at("2026-Q2", "general_meeting")]!.status).toBe("red");
    expect(lenient[at("2026", "life_meeting")]!.status).toBe("amber");
  });

  it("owes nothing after dissolution, and keeps what it owed before", () => {
    const dissolved = orgCells(branch({ dissolvedOn: "2026-08-15" }), columns, config);
    expect(dissolved[at("2026-07", "committee_meeting")]!.status).toBe("green");
    expect(dissolved[at("2026-08", "committee_meeting")]!.status).toBe("none");
    expect(dissolved[at("2026-11", "committee_meeting")]!.status).toBe("none");
    expect(dissolved[at("2026-Q2", "general_meeting")]!.status).toBe("red");
    expect(dissolved[at("2026-Q3", "general_meeting")]!.status).toBe("none");
    expect(dissolved[at("2026", "life_meeting")]!.status).toBe("none");
  });

  it("closes the whole year at its end: on 1 January every unmet 2026 cell is red", () => {
    const cells = orgCells(branch(), matrixColumns(["committee_meeting", "life_meeting"], 2026, "2027-01-01"), config);
    expect(cells.at(-2)!.status).toBe("red"); // December
    expect(cells.at(-1)!.status).toBe("red"); // the year's life meeting
    const onNewYearsEve = orgCells(branch(), matrixColumns(["committee_meeting", "life_meeting"], 2026, "2026-12-31"), config);
    expect(onNewYearsEve.at(-1)!.status).toBe("amber");
  });
});

describe("the compiled matrix", () => {
  it("decides every cell as cellStatus, owesPeriod and doneIn do, for every kind, size, lifespan and setting", () => {
    const columns = matrixColumns(["general_meeting", "committee_meeting", "group_meeting", "party_lecture", "theme_day", "life_meeting", "one_on_one_talk"], 2026, TODAY);
    const lifespans = [
      { establishedOn: null, dissolvedOn: null },
      { establishedOn: "2026-05-20", dissolvedOn: null },
      { establishedOn: "2026-04-01", dissolvedOn: "2026-10-01" },
      { establishedOn: null, dissolvedOn: "2026-08-15" },
    ];
    const months = [2, 0, 1, 0, 3, 1, 0, 1, 1, 0, 1, 0];
    for (const partialPeriodOwed of [false, true]) {
      const c = { ...config, partialPeriodOwed };
      const compiled = compileMatrix(columns, c);
      for (const kind of ["branch", "joint_branch", "group", "committee", "general_branch"] as const) {
        for (const fullMembers of [3, 7]) {
          for (const life of lifespans) {
            const org: OrgFacts = { kind, fullMembers, ...life, monthCounts: { general_meeting: months, theme_day: months, group_meeting: months, party_lecture: months } };
            const cells = orgCells(org, columns, c, compiled);
            columns.forEach((column, i) => {
              const reference = orgCells(org, [column], c)[0]!;
              expect(cells[i], `${kind} ${fullMembers} ${JSON.stringify(life)} ${column.type} ${column.period.key}`).toEqual(reference);
              const isOwed = reference.required > 0;
              expect(reference.status).toBe(cellStatus({ isOwed, required: reference.required, done: doneIn(org.monthCounts[column.type], column.period), state: column.state }));
              if (isOwed) expect(owesPeriod(org, column.period, partialPeriodOwed)).toBe(true);
            });
          }
        }
      }
    }
  });

  it("counts the months of the days the matrix query returns", () => {
    expect(monthCountsOf([1, 1, 3, 12])).toEqual([2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(monthCountsOf([])).toEqual(new Array(12).fill(0));
    expect(monthCountsOfDays("{2026-01-31,2026-01-05,2026-03-01,2026-12-31}")).toEqual([2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(monthCountsOfDays("{2026-10-01}")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(monthCountsOfDays("{}")).toEqual(new Array(12).fill(0));
  });
});

describe("members without organizational life (§2.3, §3.3 lapsed, 党章 §9)", () => {
  it("counts whole months, a month once its day is reached", () => {
    expect(monthsBetween("2026-05-25", "2026-11-25")).toBe(6);
    expect(monthsBetween("2026-05-26", "2026-11-25")).toBe(5);
    expect(monthsBetween("2026-01-30", "2026-02-28")).toBe(0);
    expect(monthsBetween("2026-01-30", "2026-03-01")).toBe(1);
    expect(monthsBetween("2026-01-31", "2026-03-31")).toBe(2);
    expect(monthsBetween("2025-12-31", "2026-01-01")).toBe(0);
    expect(monthsBetween("2025-11-25", "2026-11-25")).toBe(12);
    expect(monthsBetween("2026-11-25", "2026-11-25")).toBe(0);
  });

  it("agrees with the SQL cutoff on every pair of days across two years (monthsBetween ≥ n ⇔ from ≤ addMonths(today, −n))", () => {
    for (let t = 0; t < 400; t += 3) {
      const today = addDays("2027-01-01", -t);
      for (const n of [1, 4, 6]) {
        const cutoff = noLifeCutoff(today, n);
        for (let d = -40; d <= 40; d++) {
          const from = addDays(cutoff, d);
          expect(monthsBetween(from, today) >= n, `${from} → ${today}, ${n}`).toBe(from <= cutoff);
        }
      }
    }
  });

  it("starts from the last attended signed-off meeting, else from joining or the latest transfer-in", () => {
    expect(lastLifeOf({ lastPresentOn: "2026-03-01", joinedOn: "2000-07-01", lastTransferInOn: "2026-05-01" })).toEqual({ on: "2026-03-01", source: "attendance" });
    expect(lastLifeOf({ lastPresentOn: null, joinedOn: "2000-07-01", lastTransferInOn: "2026-05-01" })).toEqual({ on: "2026-05-01", source: "transfer_in" });
    expect(lastLifeOf({ lastPresentOn: null, joinedOn: "2026-06-01", lastTransferInOn: "2026-05-01" })).toEqual({ on: "2026-06-01", source: "joined" });
    expect(lastLifeOf({ lastPresentOn: null, joinedOn: "2026-06-01", lastTransferInOn: null })).toEqual({ on: "2026-06-01", source: "joined" });
  });

  it("warns from noLifeWarnMonths and is over the limit from noLifeLimitMonths", () => {
    expect(config.noLifeWarnMonths).toBe(4);
    expect(config.noLifeLimitMonths).toBe(6);
    expect(noLifeLevel(3, config)).toBe("ok");
    expect(noLifeLevel(4, config)).toBe("warning");
    expect(noLifeLevel(5, config)).toBe("warning");
    expect(noLifeLevel(6, config)).toBe("over_limit");
    expect(noLifeLevel(monthsBetween("2026-05-25", TODAY), config)).toBe("over_limit");
    expect(noLifeLevel(monthsBetween(addMonths(TODAY, -4), TODAY), config)).toBe("warning");
  });
});
