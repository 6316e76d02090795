import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wholeYearsBetween } from "../../../shared/dates";
import { createTestDatabase } from "../../../../test/db";
import type { DatabaseHandle } from "../../db/client";
import { DEFAULT_SENIOR_RULE } from "../members/members.rules";
import { structureQuery, yearsOn } from "./stats.repository";

/** One clause or output column a line, so a review diff points at the part that changed. */
const readable = (text: string) =>
  text.replace(/ (from(?= ["(])|where|group by|inner join) /g, "\n$1 ").replace(/, (?=\(count|count|CASE|COALESCE|extract|GROUPING SETS|\()/g, ",\n  ");

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("structure statistics SQL", () => {
  // The hot query of the statistics page: a change to its shape shows in review (style.md).
  it("aggregates one subtree in a single GROUPING SETS query over the indexed path", () => {
    const query = structureQuery(handle.db, "/c/b/", "2026-11-25", DEFAULT_SENIOR_RULE).toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql).toContain('"orgs"."path" like $');
    expect(query.sql.match(/\bselect\b/gi)).toHaveLength(3);
    expect(query.params).toContain("/c/b/%");
    expect(query.params.filter((p) => p === "2026-11-25")).toHaveLength(2);
  });

  it("counts whole years as the roster's rule does, at anniversaries and around 29 February", async () => {
    const pairs: [from: string, today: string][] = [
      ["1996-11-25", "2026-11-25"],
      ["1996-11-26", "2026-11-25"],
      ["1990-12-31", "2026-01-01"],
      ["2000-02-29", "2027-02-28"],
      ["2000-02-29", "2027-03-01"],
      ["2000-02-29", "2028-02-29"],
      ["2000-02-28", "2028-02-29"],
      ["2000-03-01", "2028-02-29"],
      ["1999-03-31", "2026-03-30"],
    ];
    for (const [from, today] of pairs) {
      const result = await handle.db.execute(sql`select ${yearsOn(today, sql`${from}::date`)} as years`);
      const [row] = (result as unknown as { rows: { years: number }[] }).rows;
      expect({ from, today, years: row?.years }).toEqual({ from, today, years: wholeYearsBetween(from, today) });
    }
  });
});
