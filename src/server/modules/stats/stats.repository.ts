import { type Column, type SQL, and, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { EDUCATIONS, OCCUPATIONS, ORG_DOMAINS } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import type { SeniorRule } from "../members/members.rules";
import { orgsTable } from "../organizations/organizations.table";
import {
  AGE_BANDS,
  COLLEGE_OR_ABOVE,
  type Dimension,
  HAN,
  MINORITIES,
  PARTY_AGE_BANDS,
  PROBATIONARY,
  UNKNOWN,
  UNRECOGNIZED,
  YOUNG_MAX_AGE,
} from "./stats.rules";

type Operand = Column | SQL | SQL.Aliased;

/**
 * Whole years from `from` to `today` (a date parameter), counted in SQL. age() borrows a year exactly
 * when the anniversary is still ahead, as wholeYearsBetween does (a 29 February birthday counts on
 * 1 March); the repository test checks the two agree on both databases.
 */
export const yearsOn = (today: string, from: Operand) => sql<number>`extract(year from age(${today}::date, ${from}))::int`;

/** The key of the band holding `value`; past the last band, the last one (as ageBandOf). */
const bandOf = (value: Operand, bands: readonly { key: string; min: number; max: number }[]) =>
  sql<string>`CASE ${sql.join(bands.map((b) => sql`WHEN ${value} BETWEEN ${b.min} AND ${b.max} THEN ${b.key}`), sql` `)} ELSE ${bands.at(-1)!.key} END`;

/** A coded column as its code, `unknown` when empty, `unrecognized` when outside the code list. */
const codeOf = (column: Operand, codes: readonly string[]) =>
  sql<string>`CASE WHEN ${inArray(column as Column, codes)} THEN ${column} WHEN nullif(btrim(${column}), '') IS NULL THEN ${UNKNOWN} ELSE ${UNRECOGNIZED} END`;

/**
 * The one aggregate of the structure statistics: active members of the subtree under `path` (one
 * indexed prefix match on orgs.path), each dimension a grouping set, and the focus groups and flags as
 * FILTER counts read off the grand-total row. Three levels: `base` computes the ages once; `facts` turns
 * them into band keys (parameters inside GROUP BY expressions would not match the select list's, so
 * the keys must be plain columns before grouping); the outer query groups.
 */
export function structureQuery(db: Executor, path: string, today: string, seniorRule: SeniorRule) {
  const base = db
    .select({
      status: membersTable.status,
      gender: membersTable.gender,
      ethnicity: membersTable.ethnicity,
      education: membersTable.education,
      occupation: membersTable.occupation,
      domain: orgsTable.domain,
      isMobile: membersTable.isMobile,
      isStruggling: membersTable.isStruggling,
      isLostContact: membersTable.isLostContact,
      age: yearsOn(today, membersTable.birthDate).as("age"),
      // 党龄 from the day of becoming a full member (DEV-23c), never below 0 (as partyAge).
      // (greatest() would turn a missing date into 0: it skips nulls.)
      partyAge: sql<number | null>`CASE WHEN ${membersTable.fullMemberOn} IS NOT NULL THEN greatest(0, ${yearsOn(today, membersTable.fullMemberOn)}) END`.as("party_age"),
    })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(path)), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt)))
    .as("base");

  const facts = db
    .select({
      status: base.status,
      gender: base.gender,
      ethnicGroup: sql<string>`CASE WHEN ${base.ethnicity} = ${HAN} THEN 'han' WHEN ${inArray(base.ethnicity, MINORITIES)} THEN 'minority' ELSE 'other' END`.as("ethnic_group"),
      ethnicity: base.ethnicity,
      ageBand: bandOf(base.age, AGE_BANDS).as("age_band"),
      partyAgeBand: sql<string>`CASE WHEN ${base.status} = ${PROBATIONARY} THEN ${PROBATIONARY} WHEN ${base.partyAge} IS NULL THEN ${UNKNOWN} ELSE ${bandOf(base.partyAge, PARTY_AGE_BANDS)} END`.as("party_age_band"),
      education: codeOf(base.education, EDUCATIONS).as("education_code"),
      occupation: codeOf(base.occupation, OCCUPATIONS).as("occupation_code"),
      domain: sql<string>`CASE WHEN ${inArray(base.domain, ORG_DOMAINS)} THEN ${base.domain} ELSE ${UNKNOWN} END`.as("domain_code"),
      age: base.age,
      partyAge: base.partyAge,
      isMobile: base.isMobile,
      isStruggling: base.isStruggling,
      isLostContact: base.isLostContact,
    })
    .from(base)
    .as("facts");

  const dimensions: Record<Dimension | "ethnicity", Operand> = {
    status: facts.status,
    gender: facts.gender,
    ethnicGroup: facts.ethnicGroup,
    ethnicity: facts.ethnicity,
    ageBand: facts.ageBand,
    partyAgeBand: facts.partyAgeBand,
    education: facts.education,
    occupation: facts.occupation,
    domain: facts.domain,
  };
  const columns = Object.values(dimensions);
  const countWhere = (condition: SQL) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;
  const isYoung = sql`${facts.age} <= ${YOUNG_MAX_AGE}`;

  return db
    .select({
      dimension: sql<Dimension | "ethnicity" | "total">`CASE ${sql.join(
        Object.entries(dimensions).map(([name, column]) => sql`WHEN GROUPING(${column}) = 0 THEN ${name}`),
        sql` `,
      )} ELSE 'total' END`,
      key: sql<string | null>`COALESCE(${sql.join(columns, sql`, `)})`,
      count: sql<number>`count(*)::int`,
      young: countWhere(isYoung),
      youngWorkers: countWhere(sql`${facts.occupation} = 'worker' AND ${isYoung}`),
      farmers: countWhere(sql`${facts.occupation} = 'farmer'`),
      intellectuals: countWhere(inArray(facts.education as unknown as Column, COLLEGE_OR_ABOVE)),
      mobile: countWhere(sql`${facts.isMobile}`),
      struggling: countWhere(sql`${facts.isStruggling}`),
      lostContact: countWhere(sql`${facts.isLostContact}`),
      // 老党员 as isSenior: by age, or by party age (none while probationary).
      senior: countWhere(sql`${facts.age} >= ${seniorRule.minAge} OR coalesce(${facts.partyAge}, 0) >= ${seniorRule.minPartyAge}`),
    })
    .from(facts)
    .groupBy(sql`GROUPING SETS (${sql.join(columns.map((c) => sql`(${c})`), sql`, `)}, ())`);
}

export type StructureRow = Awaited<ReturnType<typeof structureQuery>>[number];

export const countStructure = (db: Executor, path: string, today: string, seniorRule: SeniorRule): Promise<StructureRow[]> =>
  structureQuery(db, path, today, seniorRule);
