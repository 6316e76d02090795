// Who the members of each kind of branch are: age, gender, education, occupation and post, in the
// categories of the party statistics (rules.md §6.1). The weights are our own guesses at a county
// town (older, less schooled villagers; graduates in the agency and school), not official figures.
import { EDUCATIONS, type Education, type Gender, type Occupation } from "../../../shared/domain";
import type { Random } from "./random";

export type Profile = "village" | "community" | "retired" | "enterprise" | "private_enterprise" | "agency" | "school" | "health" | "social";

type Weights<T> = readonly (readonly [T, number])[];
/** Six weights in EDUCATIONS order (the report form's codes 1..6). */
type EducationWeights = readonly [number, number, number, number, number, number];

interface ProfileSpec {
  femaleShare: number;
  /** [min, max, weight] age bands on the reference date. */
  ages: readonly (readonly [number, number, number])[];
  /** Employees leave for retirement, so their branches hold no one past the retirement age. */
  isWorkplace: boolean;
  /** Education of members under 45 and of those 60 and over; in between, the mean of the two. */
  education: { young: EducationWeights; old: EducationWeights };
  occupation: (isRetired: boolean, age: number) => Weights<Occupation>;
}

const PROFILES: Record<Profile, ProfileSpec> = {
  village: {
    femaleShare: 0.22,
    ages: [[22, 35, 14], [36, 50, 22], [51, 60, 20], [61, 70, 20], [71, 80, 16], [81, 90, 8]],
    isWorkplace: false,
    education: { young: [0, 18, 32, 10, 22, 18], old: [0, 0, 2, 4, 20, 74] },
    // Farmers do not retire; a few old members are retired teachers or cadres back in the village.
    occupation: (_, age) => age >= 65
      ? [["farmer", 78], ["retiree", 18], ["other", 4]]
      : [["farmer", 55], ["worker", 20], ["other", 12], ["manager", 9], ["professional", 4]],
  },
  community: {
    femaleShare: 0.45,
    ages: [[24, 35, 20], [36, 50, 25], [51, 60, 20], [61, 70, 20], [71, 80, 10], [81, 88, 5]],
    isWorkplace: false,
    education: { young: [2, 35, 33, 8, 14, 8], old: [0, 4, 10, 12, 32, 42] },
    occupation: (isRetired) => isRetired
      ? [["retiree", 90], ["other", 10]]
      : [["other", 35], ["worker", 20], ["professional", 22], ["manager", 23]],
  },
  retired: {
    femaleShare: 0.35,
    ages: [[60, 65, 20], [66, 75, 40], [76, 85, 30], [86, 90, 10]],
    isWorkplace: false,
    education: { young: [0, 6, 12, 14, 30, 38], old: [0, 6, 12, 14, 30, 38] },
    occupation: () => [["retiree", 100]],
  },
  enterprise: {
    femaleShare: 0.25,
    ages: [[23, 35, 35], [36, 50, 40], [51, 59, 25]],
    isWorkplace: true,
    education: { young: [4, 42, 32, 8, 12, 2], old: [0, 15, 30, 20, 25, 10] },
    occupation: () => [["worker", 45], ["professional", 30], ["manager", 25]],
  },
  private_enterprise: {
    femaleShare: 0.28,
    ages: [[22, 35, 45], [36, 50, 40], [51, 59, 15]],
    isWorkplace: true,
    education: { young: [1, 22, 35, 14, 20, 8], old: [0, 5, 20, 15, 35, 25] },
    occupation: () => [["worker", 55], ["professional", 25], ["manager", 20]],
  },
  agency: {
    femaleShare: 0.35,
    ages: [[23, 35, 40], [36, 50, 40], [51, 59, 20]],
    isWorkplace: true,
    education: { young: [14, 72, 14, 0, 0, 0], old: [3, 55, 32, 5, 5, 0] },
    // Staff of the town's public service stations (事业站所) share the agency branch.
    occupation: () => [["official", 92], ["manager", 8]],
  },
  school: {
    femaleShare: 0.62,
    ages: [[23, 35, 35], [36, 50, 40], [51, 59, 25]],
    isWorkplace: true,
    // Older teachers mostly came from normal schools (中师, technical secondary) and upgraded later.
    education: { young: [10, 84, 6, 0, 0, 0], old: [1, 55, 34, 10, 0, 0] },
    occupation: () => [["professional", 85], ["manager", 10], ["worker", 5]],
  },
  health: {
    femaleShare: 0.6,
    ages: [[23, 35, 35], [36, 50, 40], [51, 59, 25]],
    isWorkplace: true,
    education: { young: [6, 56, 34, 4, 0, 0], old: [0, 30, 40, 28, 2, 0] },
    occupation: () => [["professional", 82], ["manager", 12], ["worker", 6]],
  },
  social: {
    femaleShare: 0.4,
    ages: [[25, 40, 40], [41, 55, 40], [56, 68, 20]],
    isWorkplace: false,
    education: { young: [6, 44, 32, 6, 10, 2], old: [0, 20, 30, 15, 25, 10] },
    occupation: (isRetired) => isRetired
      ? [["retiree", 50], ["manager", 30], ["other", 20]]
      : [["manager", 40], ["professional", 35], ["other", 25]],
  },
};

/** Statutory retirement ages before the 2025 gradual increase (men 60, women cadres 55): a rough cut. */
const RETIREMENT_AGE: Record<Gender, number> = { male: 60, female: 55 };

export interface Person {
  gender: Gender;
  /** Whole years on the reference date. */
  age: number;
  education: Education;
  occupation: Occupation;
  /** 工作岗位: the job, not a party post; none for farmers, students and retirees. */
  post: string | null;
}

export interface PersonOptions {
  /** Force an age range, e.g. for branch officers or newly admitted members. */
  ageRange?: readonly [number, number];
}

export function randomPerson(rng: Random, profile: Profile, options: PersonOptions = {}): Person {
  const spec = PROFILES[profile];
  const gender: Gender = rng.chance(spec.femaleShare) ? "female" : "male";
  const maxAge = spec.isWorkplace ? RETIREMENT_AGE[gender] - 1 : 90;
  const age = options.ageRange
    ? rng.int(options.ageRange[0], Math.min(options.ageRange[1], maxAge))
    : randomAge(rng, spec, maxAge);
  const isRetired = age >= RETIREMENT_AGE[gender];
  const occupation = rng.weighted(spec.occupation(isRetired, age));
  return { gender, age, education: randomEducation(rng, spec, age), occupation, post: randomPost(rng, profile, occupation) };
}

/** Typical jobs by occupation group; a school's and a clinic's professionals are teachers and medics. */
const POSTS: Partial<Record<Occupation, readonly string[]>> = {
  worker: ["操作工", "电工", "驾驶员", "维修工", "保安", "仓库管理员", "竹制品加工工"],
  professional: ["工程师", "技术员", "会计", "造价员", "社工", "农技员"],
  manager: ["部门经理", "办公室主任", "项目负责人", "车间主任", "财务主管"],
  official: ["科员", "办公室主任", "站长", "网格管理员", "副镇长", "综合执法队员"],
  other: ["个体经营户", "网约车司机", "民宿经营者", "快递员", "自由职业"],
};
const PROFESSIONAL_POSTS: Partial<Record<Profile, readonly string[]>> = {
  school: ["小学教师", "初中教师", "班主任", "教研组长"],
  health: ["医师", "护士", "药剂师", "公共卫生医师", "检验师"],
};

function randomPost(rng: Random, profile: Profile, occupation: Occupation): string | null {
  const posts = (occupation === "professional" ? PROFESSIONAL_POSTS[profile] : undefined) ?? POSTS[occupation];
  return posts ? rng.pick(posts) : null;
}

/** Draws again past the retirement age rather than clamping, so no age piles up at the limit. */
function randomAge(rng: Random, spec: ProfileSpec, maxAge: number): number {
  const bands = spec.ages.map(([lo, hi, weight]) => [[lo, hi] as const, weight] as const);
  for (let attempt = 0; attempt < 20; attempt++) {
    const [min, max] = rng.weighted(bands);
    const age = rng.int(min, max);
    if (age <= maxAge) return age;
  }
  return maxAge;
}

function randomEducation(rng: Random, spec: ProfileSpec, age: number): Education {
  const { young, old } = spec.education;
  const weights = age < 45 ? young : age >= 60 ? old : young.map((w, i) => (w + old[i]!) / 2);
  return rng.weighted(EDUCATIONS.map((code, i) => [code, weights[i]!] as const));
}
