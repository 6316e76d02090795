import { type Gender, GENDER_LABELS } from "../../shared/domain";
import { normalizeIdNumber, parseIdNumber } from "../../shared/id-number";

/** What the form says under the ID number while it is typed (rules.md §7.1). */
export type IdNumberHint =
  | { state: "empty" }
  | { state: "typing"; message: string }
  | { state: "invalid"; message: string }
  | { state: "valid"; birthDate: string; gender: Gender; message: string; genderWarning?: string };

export const ID_NUMBER_LENGTH = 18;

/**
 * Reads a partly or fully typed ID number. While fewer than 18 characters are typed and they could
 * still become a valid number, it only counts; a full number shows the birth date and gender it
 * encodes, and a warning when the gender chosen in the form disagrees.
 */
export function describeIdNumber(input: string | undefined, chosenGender?: Gender, today?: string): IdNumberHint {
  const value = normalizeIdNumber(input ?? "");
  if (!value) return { state: "empty" };
  if (value.length < ID_NUMBER_LENGTH && /^\d*$/.test(value)) {
    return { state: "typing", message: `已输入 ${value.length}/${ID_NUMBER_LENGTH} 位` };
  }
  const parsed = parseIdNumber(value, today);
  if (!parsed.ok) return { state: "invalid", message: parsed.message };
  const { birthDate, gender } = parsed.value;
  const hint: IdNumberHint = {
    state: "valid",
    birthDate,
    gender,
    message: `出生日期 ${birthDate}，性别 ${GENDER_LABELS[gender]}`,
  };
  if (chosenGender && chosenGender !== gender) {
    hint.genderWarning = `所选性别（${GENDER_LABELS[chosenGender]}）与身份证号（${GENDER_LABELS[gender]}）不一致，请核对`;
  }
  return hint;
}

