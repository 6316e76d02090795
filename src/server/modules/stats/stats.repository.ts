import { type Column, type SQL, and, eq, gt, isNull, like, lte, ne, or, sql } from "drizzle-orm";
import { EDUCATIONS, GENDERS, OCCUPATIONS, ORG_DOMAINS } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { type SeniorRule, birthDateRangeForAges, reachedYearsBy } from "../members/members.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { AGE_BANDS, type Dimension, PARTY_AGE_BANDS, PROBATIONARY, UNKNOWN, UNRECOGNIZED, YOUNG_MAX_AGE } from "./stats.rules";

const m = membersTable;

/**
 * One dimension as a CASE spread over FILTER counts: a condition per key, never two true for the
 * same member, and the ELSE key, which takes every member no condition took (false or null alike, as
 * in CASE): the total less the other keys, reckoned once the rows are in.
 */
interface Cases {
  when: Record<string, SQL>;
  otherwise?: string;
}

/** The dimensions counted by condition; the ethnic groups are read off the per-ethnicity rows. */
export type CountedDimension = Exclude<Dimension, "ethnicGroup">;

/**
 * Left empty: missing or nothing but spaces (what btrim() removes). btrim() allocates, so it runs only
 * on the rare value that starts with a space.
 */
const isBlank = (column: Column) => sql`(${column} IS NULL OR ${column} = '' OR (${column} LIKE ' %' AND btrim(${column}) = ''))`;

/** A coded column: each code its own key, `unknown` when empty, `unrecognized` for anything else. */
const codeCases = (column: Column, codes: readonly string[]): Cases => ({
  when: { ...Object.fromEntries(codes.map((code) => [code, eq(column, code)])), [UNKNOWN]: isBlank(column) },
  otherwise: UNRECOGNIZED,
});

/** Each band but the last by its condition; the last also takes the values no band holds (as ageBandOf). */
const bandCases = <B extends { key: string; min: number; max: number }>(bands: readonly B[], condition: (band: B) => SQL | undefined): Cases => ({
  when: Object.fromEntries(bands.slice(0, -1).map((band) => [band.key, condition(band)!])),
  otherwise: bands.at(-1)!.key,
});

/**
 * Every count of the structure statistics as a condition on one member row. Ages are compared as
 * dates, with no age() per row: at least N whole years on `today` ⇔ the start date is on or before
 * reachedYearsBy(N, today), which agrees with wholeYearsBetween day by day, 29 February included.
 * The party age counts from full membership (DEV-23c) and is never below 0 (as partyAge): its first
 * band has no lower bound, and a party age of 0 or less is reached by everyone.
 */
function structureCases(today: string, seniorRule: SeniorRule) {
  const partyAgeAtLeast = (years: number) => (years <= 0 ? sql`true` : lte(m.fullMemberOn, reachedYearsBy(years, today)));
  const isYoung = gt(m.birthDate, reachedYearsBy(YOUNG_MAX_AGE + 1, today));
  const isProbationary = eq(m.status, PROBATIONARY);
  const partyAgeBands = bandCases(PARTY_AGE_BANDS, ({ min, max }) =>
    and(ne(m.status, PROBATIONARY), gt(m.fullMemberOn, reachedYearsBy(max + 1, today)), min > 0 ? partyAgeAtLeast(min) : undefined),
  );

  const dimensions: Record<CountedDimension, Cases> = {
    status: { when: { full: eq(m.status, "full"), [PROBATIONARY]: isProbationary } },
    gender: { when: Object.fromEntries(GENDERS.map((gender) => [gender, eq(m.gender, gender)])) },
    ageBand: bandCases(AGE_BANDS, ({ min, max }) => {
      const born = birthDateRangeForAges(min, max, today);
      return and(gt(m.birthDate, born.bornAfter), lte(m.birthDate, born.bornOnOrBefore));
    }),
    partyAgeBand: {
      ...partyAgeBands,
      when: { [PROBATIONARY]: isProbationary, [UNKNOWN]: and(ne(m.status, PROBATIONARY), isNull(m.fullMemberOn))!, ...partyAgeBands.when },
    },
    education: codeCases(m.education, EDUCATIONS),
    occupation: codeCases(m.occupation, OCCUPATIONS),
    domain: { when: Object.fromEntries(ORG_DOMAINS.map((domain) => [domain, eq(orgsTable.domain, domain)])), otherwise: UNKNOWN },
  };
  const scalars = {
    young: isYoung,
    youngWorkers: and(eq(m.occupation, "worker"), isYoung)!,
    mobile: sql`${m.isMobile}`,
    struggling: sql`${m.isStruggling}`,
    lostContact: sql`${m.isLostContact}`,
    // 老党员 as isSenior: by age, or by party age.
    senior: or(lte(m.birthDate, reachedYearsBy(seniorRule.minAge, today)), partyAgeAtLeast(seniorRule.minPartyAge))!,
  } satisfies Record<string, SQL>;
  return { dimensions, scalars };
}

type StructureCases = ReturnType<typeof structureCases>;
type Scalar = keyof StructureCases["scalars"];

const countEach = <K extends string>(conditions: Record<K, SQL>) =>
  Object.fromEntries(Object.entries<SQL>(conditions).map(([key, condition]) => [key, sql<number>`(count(*) FILTER (WHERE ${condition}))::int`])) as Record<
    K,
    SQL<number>
  >;

/**
 * The one aggregate: a single scan of the active members of the subtree under `path` (one indexed
 * prefix match on orgs.path), a row per ethnicity (a handful; the minority breakdown needs them) with
 * every other count a FILTER over that row's members.
 */
function aggregate(db: Executor, path: string, { dimensions, scalars }: StructureCases) {
  const perDimension = Object.fromEntries(Object.entries<Cases>(dimensions).map(([name, cases]) => [name, countEach(cases.when)])) as Record<
    CountedDimension,
    Record<string, SQL<number>>
  >;
  return db
    .select({ ethnicity: m.ethnicity, total: sql<number>`count(*)::int`, ...countEach(scalars), ...perDimension })
    .from(m)
    .innerJoin(orgsTable, eq(orgsTable.id, m.orgId))
    .where(and(like(orgsTable.path, pathPrefix(path)), eq(m.standing, "active"), isNull(m.archivedAt)))
    .groupBy(m.ethnicity);
}

export const structureQuery = (db: Executor, path: string, today: string, seniorRule: SeniorRule) =>
  aggregate(db, path, structureCases(today, seniorRule));

/** The active members of one subtree: counted per category of each dimension, per ethnicity, and for the focus groups and flags. */
export interface StructureCounts extends Record<Scalar, number> {
  total: number;
  byDimension: Record<CountedDimension, Map<string, number>>;
  byEthnicity: Map<string, number>;
}

export async function countStructure(db: Executor, path: string, today: string, seniorRule: SeniorRule): Promise<StructureCounts> {
  const cases = structureCases(today, seniorRule);
  const rows = await aggregate(db, path, cases);
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const total = sum((row) => row.total);
  const byDimension = Object.fromEntries(
    Object.entries<Cases>(cases.dimensions).map(([name, { when, otherwise }]) => {
      const counts = new Map(Object.keys(when).map((key) => [key, sum((row) => row[name as CountedDimension][key]!)]));
      if (otherwise) counts.set(otherwise, total - [...counts.values()].reduce((a, b) => a + b, 0));
      return [name, counts];
    }),
  ) as StructureCounts["byDimension"];
  const scalars = Object.fromEntries(Object.keys(cases.scalars).map((name) => [name, sum((row) => row[name as Scalar])])) as Record<Scalar, number>;
  return { ...scalars, total, byDimension, byEthnicity: new Map(rows.map((row) => [row.ethnicity, row.total])) };
}
