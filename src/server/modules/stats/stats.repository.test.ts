import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addYears, wholeYearsBetween } from "../../../shared/dates";
import { ageBandOf } from "../../../shared/member-bands";
import { createTestDatabase } from "../../../../test/db";
import type { DatabaseHandle } from "../../db/client";
import { DEFAULT_SENIOR_RULE, isSenior, partyAge } from "../members/members.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { countStructure, structureQuery } from "./stats.repository";
import { PARTY_AGE_BANDS, PROBATIONARY, UNKNOWN } from "./stats.rules";

/** One clause or output column a line, so a review diff points at the part that changed. */
const readable = (text: string) =>
  text.replace(/ (from(?= ["(])|where|group by|inner join) /g, "\n$1 ").replace(/, (?=\(count|count)/g, ",\n  ");

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("structure statistics SQL", () => {
  // The hot query of the statistics page: a change to its shape shows in review (style.md).
  it("counts one subtree in a single scan over the indexed path, comparing dates rather than computing ages", () => {
    const query = structureQuery(handle.db, "/c/b/", "2026-11-25", DEFAULT_SENIOR_RULE).toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql).toContain('"orgs"."path" like $');
    expect(query.sql.match(/\bselect\b/gi)).toHaveLength(1);
    expect(query.sql).not.toMatch(/\b(age|extract)\(|GROUPING/i);
    expect(query.params).toContain("/c/b/%");
    // Young (35 or under): born after the day 36 years back; senior: born on or before the day 70 years back.
    expect(query.params).toEqual(expect.arrayContaining(["1990-11-25", "1956-11-25", "1976-11-25"]));
  });

  it("bands ages and party ages as the roster's rules do, at anniversaries and around 29 February", async () => {
    const days = ["2026-11-25", "2027-02-28", "2027-03-01", "2028-02-28", "2028-02-29", "2028-03-01"];
    const edges = [0, 1, 2, 30, 31, 35, 36, 50, 51, 60, 61, 70].flatMap((years) => days.map((day) => addYears(day, -years)));
    const dates = [...new Set([...edges.flatMap((date) => [addDays(date, -1), date, addDays(date, 1)]), "1956-02-29", "1996-02-29", "2000-02-29"])].sort();
    const orgId = randomUUID();
    await handle.db.insert(orgsTable).values({ id: orgId, code: `T-${randomBytes(4).toString("hex")}`, name: "测试党支部", kind: "branch", path: `/${orgId}/`, depth: 0 });
    // Each date once as a birth date and once as a full-membership date, a few of them probationary or undated.
    const members = dates.map((birthDate, i) => ({
      birthDate,
      fullMemberOn: i % 11 === 5 ? null : dates[(i * 7) % dates.length]!,
      status: i % 13 === 3 ? PROBATIONARY : "full",
    }));
    await handle.db.insert(membersTable).values(
      members.map((member, i) => ({
        ...member,
        orgId,
        name: `测试${i}`,
        gender: "male",
        ethnicity: "汉族",
        idNumberCipher: "-",
        idNumberHash: randomBytes(16).toString("hex"),
        idNumberMasked: "-",
        joinedOn: "1950-01-01",
      })),
    );

    for (const today of days) {
      const expected = { ageBand: new Map<string, number>(), partyAgeBand: new Map<string, number>(), young: 0, senior: 0 };
      const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
      for (const member of members) {
        const age = wholeYearsBetween(member.birthDate, today);
        const years = partyAge(member.fullMemberOn, today);
        add(expected.ageBand, ageBandOf(age));
        add(
          expected.partyAgeBand,
          member.status === PROBATIONARY ? PROBATIONARY : years === null ? UNKNOWN : (PARTY_AGE_BANDS.find((b) => years >= b.min && years <= b.max) ?? PARTY_AGE_BANDS.at(-1)!).key,
        );
        if (age <= 35) expected.young++;
        if (isSenior(age, years, DEFAULT_SENIOR_RULE)) expected.senior++;
      }
      const counts = await countStructure(handle.db, `/${orgId}/`, today, DEFAULT_SENIOR_RULE);
      const nonZero = (map: Map<string, number>) => new Map([...map].filter(([, n]) => n > 0));
      expect({ today, total: counts.total, young: counts.young, senior: counts.senior }).toEqual({ today, total: members.length, young: expected.young, senior: expected.senior });
      expect(nonZero(counts.byDimension.ageBand), today).toEqual(expected.ageBand);
      expect(nonZero(counts.byDimension.partyAgeBand), today).toEqual(expected.partyAgeBand);
    }
  });
});
