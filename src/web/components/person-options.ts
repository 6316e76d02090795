import {
  EDUCATION_LABELS,
  EDUCATIONS,
  ETHNICITIES,
  GENDER_LABELS,
  GENDERS,
  OCCUPATION_LABELS,
  OCCUPATIONS,
} from "../../shared/domain";

/** Options of the profile facts members and development cases share (gender, ethnicity, education, occupation). */
export const toOptions = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const GENDER_OPTIONS = toOptions(GENDERS, GENDER_LABELS);
export const EDUCATION_OPTIONS = toOptions(EDUCATIONS, EDUCATION_LABELS);
export const OCCUPATION_OPTIONS = toOptions(OCCUPATIONS, OCCUPATION_LABELS);
export const ETHNICITY_OPTIONS = ETHNICITIES.map((name) => ({ value: name, label: name }));

/** What a profile shows for a fact not recorded. */
export const EMPTY = "—";
