import {
  EDUCATION_LABELS,
  EDUCATIONS,
  ETHNICITIES,
  EXIT_KIND_LABELS,
  EXIT_KINDS,
  GENDER_LABELS,
  GENDERS,
  MEMBER_STANDING_LABELS,
  MEMBER_STANDINGS,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  OCCUPATION_LABELS,
  OCCUPATIONS,
} from "../../../shared/domain";
import { AGE_BANDS, AGE_BAND_LABELS } from "../../../shared/member-bands";

const toOptions = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const GENDER_OPTIONS = toOptions(GENDERS, GENDER_LABELS);
export const EDUCATION_OPTIONS = toOptions(EDUCATIONS, EDUCATION_LABELS);
export const OCCUPATION_OPTIONS = toOptions(OCCUPATIONS, OCCUPATION_LABELS);
export const STATUS_OPTIONS = toOptions(MEMBER_STATUSES, MEMBER_STATUS_LABELS);
export const STANDING_OPTIONS = toOptions(MEMBER_STANDINGS, MEMBER_STANDING_LABELS);
export const AGE_BAND_OPTIONS = toOptions(AGE_BANDS, AGE_BAND_LABELS);
export const EXIT_KIND_OPTIONS = toOptions(EXIT_KINDS, EXIT_KIND_LABELS);
export const ETHNICITY_OPTIONS = ETHNICITIES.map((name) => ({ value: name, label: name }));

/** The roster's yes/no marks, in the order the list shows them. */
export const MEMBER_FLAGS = [
  { key: "isMobile", label: "流动党员", tag: "流动", color: "blue" },
  { key: "isStruggling", label: "困难党员", tag: "困难", color: "orange" },
  { key: "isLostContact", label: "失联党员", tag: "失联", color: "red" },
  { key: "isSenior", label: "老党员", tag: "老党员", color: "gold" },
] as const;
export type MemberFlag = (typeof MEMBER_FLAGS)[number]["key"];

export const EMPTY = "—";
