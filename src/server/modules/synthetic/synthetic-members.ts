import { idCheckChar } from "../../../shared/id-number";
import { addMonths, addYears, wholeYearsBetween } from "../../../shared/dates";
import { EDUCATIONS, OCCUPATIONS } from "../../../shared/domain";
import { randomChineseName, randomEthnicity } from "../demo/chinese-names";
import type { Random } from "../demo/random";

/** A member as plain values, before encryption. */
export interface SyntheticMember {
  orgId: string;
  name: string;
  gender: "male" | "female";
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  phone: string;
  education: string;
  occupation: string;
  joinedOn: string;
  fullMemberOn: string | null;
  status: "full" | "probationary";
  isMobile: boolean;
  isStruggling: boolean;
  isLostContact: boolean;
}

/** Real county-level address codes across several provinces (GB/T 2260), for valid-looking IDs. */
const ADDRESS_CODES = ["330523", "330522", "330521", "330502", "320106", "370102", "410105", "420106", "440106", "510104", "610113", "130102", "210102", "350102", "430102", "360102", "500103", "450102", "520102", "530102"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * Members for the given organizations, `count` of them, drawn with `rng`; ID numbers are valid
 * (GB 11643-1999) and unique through `seen`, dates consistent (18+ at admission, probation one year).
 */
export function* generateSyntheticMembers(
  rng: Random,
  orgIds: readonly string[],
  count: number,
  referenceDate: string,
  options: { seen?: Set<string>; addressCodes?: readonly string[] } = {},
): Generator<SyntheticMember> {
  const seen = options.seen ?? new Set<string>();
  const addressCodes = options.addressCodes ?? ADDRESS_CODES;
  const refYear = Number(referenceDate.slice(0, 4));
  for (let produced = 0; produced < count; ) {
    const age = rng.int(20, 92);
    const birthDate = `${refYear - age}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    const gender = rng.chance(0.3) ? "female" : "male";
    const sequence = rng.int(0, 499) * 2 + (gender === "male" ? 1 : 0);
    const body = `${rng.pick(addressCodes)}${birthDate.replaceAll("-", "")}${pad(sequence, 3)}`;
    const idNumber = body + idCheckChar(body);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    const realAge = wholeYearsBetween(birthDate, referenceDate);
    const isProbationary = realAge < 40 && rng.chance(0.06);
    // Probation is one year (DEV-21): probationary members joined within the last eleven months.
    const joinedOn = isProbationary ? addMonths(referenceDate, -rng.int(1, 11)) : addYears(birthDate, rng.int(18, realAge - 1));
    const fullMemberOn = isProbationary ? null : addYears(joinedOn, 1);
    produced++;
    yield {
      orgId: rng.pick(orgIds),
      name: randomChineseName(rng, gender, refYear - age),
      gender,
      ethnicity: randomEthnicity(rng),
      idNumber,
      birthDate,
      phone: `1${rng.pick(["3", "5", "8"])}${pad(rng.int(0, 999_999_999), 9)}`,
      education: rng.pick(EDUCATIONS),
      occupation: age >= 62 ? "retiree" : rng.pick(OCCUPATIONS.filter((o) => o !== "retiree")),
      joinedOn,
      fullMemberOn,
      status: isProbationary ? "probationary" : "full",
      isMobile: rng.chance(0.03),
      isStruggling: rng.chance(0.02),
      isLostContact: rng.chance(0.005),
    };
  }
}
