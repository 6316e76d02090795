import {
  EXIT_KIND_LABELS,
  EXIT_KINDS,
  MEMBER_STANDING_LABELS,
  MEMBER_STANDINGS,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
} from "../../../shared/domain";
import { AGE_BANDS, AGE_BAND_LABELS } from "../../../shared/member-bands";
import { toOptions } from "../../components/person-options";

// The profile options (gender, education, occupation, ethnicity) are shared with development cases.
export { EDUCATION_OPTIONS, EMPTY, ETHNICITY_OPTIONS, GENDER_OPTIONS, OCCUPATION_OPTIONS } from "../../components/person-options";
export const STATUS_OPTIONS = toOptions(MEMBER_STATUSES, MEMBER_STATUS_LABELS);
export const STANDING_OPTIONS = toOptions(MEMBER_STANDINGS, MEMBER_STANDING_LABELS);
export const AGE_BAND_OPTIONS = toOptions(AGE_BANDS, AGE_BAND_LABELS);
export const EXIT_KIND_OPTIONS = toOptions(EXIT_KINDS, EXIT_KIND_LABELS);

/** The roster's yes/no marks, in the order the list shows them. */
export const MEMBER_FLAGS = [
  { key: "isMobile", label: "流动党员", tag: "流动", color: "blue" },
  { key: "isStruggling", label: "困难党员", tag: "困难", color: "orange" },
  { key: "isLostContact", label: "失联党员", tag: "失联", color: "red" },
  { key: "isSenior", label: "老党员", tag: "老党员", color: "gold" },
] as const;
export type MemberFlag = (typeof MEMBER_FLAGS)[number]["key"];
