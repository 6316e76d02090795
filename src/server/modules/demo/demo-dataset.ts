// A deterministic demo dataset for a county town's party committee: organizations with their terms,
// members, officers and sign-in accounts as plain data. The seed script writes it to the database;
// tests read it directly.
import { type Education, type Gender, type MemberStatus, type Occupation, OFFICER_POSTS, type OrgDomain, type OrgKind, type Role } from "../../../shared/domain";
import { idCheckChar } from "../../../shared/id-number";
import { addDays, addYears, fromDayNumber, toDayNumber } from "../../../shared/dates";
import { type Ethnicity, randomChineseName, randomEthnicity } from "./chinese-names";
import { type DemoEvent, type LifecycleCandidate, addLifecycleEvents } from "./demo-lifecycle";
import { COMMITTEE_POSTS, type DemoOfficer, branchPosts, pickOrdinaryOfficers } from "./demo-officers";
import { DEMO_ORG_TREE, type OrgSpec } from "./demo-orgs";
import { type Person, randomPerson } from "./demo-people";
import { ADDRESS_CODES, randomAddress, randomNativePlace, randomWorkUnit } from "./demo-places";
import { createRandom, type Random } from "./random";

export const DEMO_SEED = 20261125;
/** The dataset's "today", fixed so that the data never depends on the real clock. */
export const DEMO_REFERENCE_DATE = "2026-11-25";
/** Demo only, shared by every demo account; never use outside a demo database. */
export const DEMO_PASSWORD = "Demo2026!dj";

export interface DemoOrg {
  code: string;
  name: string;
  kind: OrgKind;
  domain: OrgDomain | null;
  unitName: string | null;
  parentCode: string | null;
  /** The current term's election day (TERM-02 gives the length); null for a party group, which has no term. */
  termStartedOn: string | null;
}

export interface DemoMember {
  orgCode: string;
  name: string;
  gender: Gender;
  ethnicity: Ethnicity;
  idNumber: string;
  birthDate: string;
  phone: string;
  nativePlace: string;
  education: Education;
  occupation: Occupation;
  workUnit: string | null;
  post: string | null;
  address: string;
  joinedOn: string;
  fullMemberOn: string | null;
  status: MemberStatus;
  /** 困难党员: some of the oldest villagers and residents. */
  isStruggling: boolean;
  /** Recorded after the member is created, oldest first (demo-lifecycle.ts). */
  events: DemoEvent[];
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  password: string;
  /** Who this is, shown after the role label in the start banner, e.g. "青山村党支部书记". */
  note: string;
  /** The member this account belongs to, by ID number (unique in the dataset). */
  memberIdNumber?: string;
}

export interface DemoDataset {
  /** Parents before children. */
  orgs: DemoOrg[];
  members: DemoMember[];
  /** In the order of `orgs`, then of the posts (书记 first). */
  officers: DemoOfficer[];
  users: DemoUser[];
}

export const PHONE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
  "155", "156", "157", "158", "159", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"];
/** Age at admission (years, weights): students and young workers mostly, some later in life. */
const JOIN_AGES: readonly (readonly [readonly [number, number], number])[] = [[[18, 21], 22], [[22, 27], 40], [[28, 35], 26], [[36, 48], 12]];
/** Share of probationary members in a branch, close to the national 3–5% (admissions ÷ membership). */
const PROBATIONARY_SHARE = 0.04;

interface Uniques {
  names: Set<string>;
  idNumbers: Set<string>;
  phones: Set<string>;
}

/** Profiles whose members live where their branch is: the ones who go away to work, or lose touch. */
const LOCAL_PROFILES = new Set(["village", "community"]);

export function buildDemoDataset(seed: number = DEMO_SEED): DemoDataset {
  const rng = createRandom(seed);
  const orgs: DemoOrg[] = [];
  const members: DemoMember[] = [];
  const uniques: Uniques = { names: new Set(), idNumbers: new Set(), phones: new Set() };
  const candidates: LifecycleCandidate[] = [];
  const designated: DemoOfficer[] = [];

  // Depth-first, so every parent is listed before its children.
  const visit = (spec: OrgSpec, parentCode: string | null) => {
    const { code, name, kind, domain, unitName, termStartedOn } = spec;
    orgs.push({ code, name, kind, domain, unitName, parentCode, termStartedOn });
    // Groups inherit the branch's domain and unit: they are subdivisions of it (ORG-08).
    const groupCodes = (spec.groups?.names ?? []).map((groupName, i) => {
      const groupCode = `${code}-G${i + 1}`;
      orgs.push({ code: groupCode, name: `${spec.groups?.prefix ?? ""}${groupName}`, kind: "group", domain, unitName, parentCode: code, termStartedOn: null });
      return groupCode;
    });
    members.push(...buildOrgMembers(rng, spec, groupCodes, uniques, candidates, designated));
    for (const child of spec.children ?? []) visit(child, code);
  };
  visit(DEMO_ORG_TREE, null);

  const officers = sortOfficers(orgs, [...designated, ...pickOrdinaryOfficers(orgs, members, designated, DEMO_REFERENCE_DATE)]);
  const users = buildUsers(members, officers);
  // No officer and no demo account belongs to someone away, unreachable or leaving.
  const excluded = new Set([...officers.map((o) => o.memberIdNumber), ...users.flatMap((u) => (u.memberIdNumber ? [u.memberIdNumber] : []))]);
  addLifecycleEvents(rng, candidates, excluded, DEMO_REFERENCE_DATE);
  return { orgs, members, officers, users };
}

/**
 * The first members of a committee or branch are its officers (ORG-05/06: 3–5 on a branch committee,
 * a secretary alone in a small branch), full members since before the election (TERM-04), and stay on
 * the organization itself; the rest are dealt round the groups. The last few are this year's
 * probationary members.
 */
function buildOrgMembers(
  rng: Random,
  spec: OrgSpec,
  groupCodes: string[],
  uniques: Uniques,
  candidates: LifecycleCandidate[],
  officers: DemoOfficer[],
): DemoMember[] {
  const isCommittee = spec.kind === "committee";
  // Retirees' branches and the committee's officers admit no one new.
  const probationaryCount = isCommittee || spec.profile === "retired" ? 0 : Math.round(spec.size * PROBATIONARY_SHARE);
  // A general branch's committee comes from its branches' members (demo-officers.ts).
  const posts = isCommittee ? COMMITTEE_POSTS : spec.kind === "general_branch" ? [] : branchPosts(spec.size - probationaryCount);
  const officerAges = isCommittee ? ([38, 55] as const) : spec.profile === "retired" ? ([62, 75] as const) : ([32, 58] as const);

  const result: DemoMember[] = [];
  for (let i = 0; i < spec.size; i++) {
    const post = posts[i];
    const isProbationary = i >= spec.size - probationaryCount;
    const person = randomPerson(rng, spec.profile, {
      ageRange: post ? officerAges : isProbationary ? [22, 35] : undefined,
    });
    const home = spec.membersIn ?? spec.code;
    const orgCode = post || groupCodes.length === 0 ? home : groupCodes[(i - posts.length) % groupCodes.length]!;
    // Converted by the election day at the latest: only full members can be elected (TERM-04).
    const joinedBy = post ? addYears(spec.termStartedOn, -1) : undefined;
    const member = buildMember(rng, spec, orgCode, person, isProbationary ? "probationary" : "full", uniques, joinedBy);
    if (post) officers.push({ orgCode: spec.code, post, memberIdNumber: member.idNumber, startedOn: spec.termStartedOn });
    candidates.push({ member, isLocalResident: LOCAL_PROFILES.has(spec.profile) });
    result.push(member);
  }
  return result;
}

/** Organizations in the dataset's order, each one's posts in OFFICER_POSTS order (书记 first). */
function sortOfficers(orgs: DemoOrg[], officers: DemoOfficer[]): DemoOfficer[] {
  const orgIndex = new Map(orgs.map((o, i) => [o.code, i]));
  const rank = (o: DemoOfficer) => orgIndex.get(o.orgCode)! * OFFICER_POSTS.length + OFFICER_POSTS.indexOf(o.post);
  return [...officers].sort((a, b) => rank(a) - rank(b));
}

function buildMember(
  rng: Random,
  spec: OrgSpec,
  orgCode: string,
  person: Person,
  status: MemberStatus,
  uniques: Uniques,
  joinedBy = addYears(DEMO_REFERENCE_DATE, -1),
): DemoMember {
  const birthDate = randomBirthDate(rng, person.age);
  const birthYear = Number(birthDate.slice(0, 4));
  const joinedOn = status === "probationary" ? randomProbationaryJoin(rng) : randomFullJoin(rng, birthDate, joinedBy);
  const addressCode = rng.weighted(ADDRESS_CODES);
  const isLocal = LOCAL_PROFILES.has(spec.profile) || spec.profile === "retired";
  return {
    orgCode,
    // Unique names keep the demo's search and lists unambiguous.
    name: uniqueValue(uniques.names, () => randomChineseName(rng, person.gender, birthYear)),
    gender: person.gender,
    ethnicity: randomEthnicity(rng),
    idNumber: uniqueValue(uniques.idNumbers, () => randomIdNumber(rng, addressCode, birthDate, person.gender)),
    birthDate,
    phone: uniqueValue(uniques.phones, () => rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0")),
    nativePlace: randomNativePlace(rng, addressCode),
    education: person.education,
    occupation: person.occupation,
    workUnit: randomWorkUnit(rng, spec, person.occupation),
    post: person.post,
    address: randomAddress(rng, spec),
    joinedOn,
    // Probation is one year; conversion on time is the normal case (glossary: 预备期).
    fullMemberOn: status === "full" ? addYears(joinedOn, 1) : null,
    status,
    isStruggling: isLocal && rng.chance(person.age >= 75 ? 0.2 : 0.02),
    events: [],
  };
}

/** A birth date giving exactly `age` whole years on the reference date. */
export function randomBirthDate(rng: Random, age: number): string {
  const earliest = addDays(addYears(DEMO_REFERENCE_DATE, -(age + 1)), 1);
  const latest = addYears(DEMO_REFERENCE_DATE, -age);
  return randomDateBetween(rng, earliest, latest);
}

/** Admitted at 18 or later (DEV-01) and by `latest`, a year before the member had to be converted. */
function randomFullJoin(rng: Random, birthDate: string, latest: string): string {
  const earliest = addYears(birthDate, 18);
  const [minAge, maxAge] = rng.weighted(JOIN_AGES);
  const target = addDays(addYears(birthDate, rng.int(minAge, maxAge)), rng.int(0, 364));
  const joinedOn = target >= earliest && target <= latest ? target : randomDateBetween(rng, earliest, latest);
  return avoidLeapDay(joinedOn);
}

/** Admitted within the 12 months before the reference date, so still in probation. */
function randomProbationaryJoin(rng: Random): string {
  return avoidLeapDay(randomDateBetween(rng, addDays(addYears(DEMO_REFERENCE_DATE, -1), 1), addDays(DEMO_REFERENCE_DATE, -7)));
}

/**
 * Keeps "joinedOn + 1 year" free of the 29 February question, which rules.md §11 leaves open.
 * Safe: the latest possible join date is in November, and an 18th birthday is never a 29 February.
 */
const avoidLeapDay = (date: string) => (date.endsWith("-02-29") ? addDays(date, 1) : date);

function randomDateBetween(rng: Random, earliest: string, latest: string): string {
  return fromDayNumber(rng.int(toDayNumber(earliest), toDayNumber(latest)));
}

/** GB 11643-1999 (rules.md §7.1): address code, birth date, sequence (odd = male), check character. */
export function randomIdNumber(rng: Random, addressCode: string, birthDate: string, gender: Gender): string {
  const sequence = rng.int(0, 498) * 2 + (gender === "male" ? 1 : 2);
  const body = `${addressCode}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return body + idCheckChar(body);
}

export function uniqueValue(taken: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = make();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error("demo dataset: could not draw a unique value");
}

/** The accounts of officers belong to the members holding those posts, so the two never disagree. */
function buildUsers(members: DemoMember[], officers: DemoOfficer[]): DemoUser[] {
  const byIdNumber = new Map(members.map((m) => [m.idNumber, m]));
  const holder = (orgCode: string, post: DemoOfficer["post"]) => {
    const officer = officers.find((o) => o.orgCode === orgCode && o.post === post);
    if (!officer) throw new Error(`demo dataset: no ${post} of ${orgCode}`);
    return byIdNumber.get(officer.memberIdNumber)!;
  };
  const forMember = (member: DemoMember) => ({ displayName: member.name, memberIdNumber: member.idNumber });
  const organizationOfficer = holder("QS", "organization_officer");
  const villageSecretary = holder("QS-CUN01", "secretary");
  const communitySecretary = holder("QS-SQ-ZB1", "secretary");
  const officerIds = new Set(officers.map((o) => o.memberIdNumber));
  const ordinaryMember = members.find((m) => m.orgCode === "QS-CUN01-G1" && m.status === "full" && !officerIds.has(m.idNumber));
  if (!ordinaryMember) throw new Error("demo dataset: no ordinary member in QS-CUN01-G1");
  const password = DEMO_PASSWORD;
  return [
    { username: "admin", displayName: "系统管理员", role: "admin", orgCode: "QS", password, note: "维护账号和全镇数据" },
    { username: "qs_admin", ...forMember(organizationOfficer), role: "org_admin", orgCode: "QS", password, note: "镇党委组织委员" },
    { username: "cun01_shuji", ...forMember(villageSecretary), role: "branch_officer", orgCode: "QS-CUN01", password, note: "青山村党支部书记" },
    { username: "sq01_shuji", ...forMember(communitySecretary), role: "branch_officer", orgCode: "QS-SQ-ZB1", password, note: "青山社区第一党支部书记" },
    { username: "cun01_dangyuan", ...forMember(ordinaryMember), role: "member", orgCode: ordinaryMember.orgCode, password, note: "青山村上村党小组普通党员" },
  ];
}
