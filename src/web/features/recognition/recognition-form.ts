import { type Honour, PERSON_HONOURS } from "../../../shared/care";
import type { CreateNomination } from "../../../shared/contracts/recognition.contract";

/** The nomination form's values: both pickers stay in the form while the honour switches between them. */
export interface NominationFormValues {
  year: number;
  honour: Honour;
  memberId?: string;
  nomineeOrgId?: string;
  deeds?: string;
}

export const isPersonHonour = (honour: Honour | undefined) => !!honour && PERSON_HONOURS.includes(honour);

/** Two years open for a nomination: this one and the last (HON-05). */
export const nominationYears = (today: string) => {
  const year = Number(today.slice(0, 4));
  return [year, year - 1];
};

/** What the server receives: only the nominee the honour names (a member, or an organization). */
export function toCreateNomination(values: NominationFormValues): CreateNomination {
  const person = isPersonHonour(values.honour);
  return {
    year: values.year,
    honour: values.honour,
    memberId: person ? (values.memberId ?? null) : null,
    nomineeOrgId: person ? null : (values.nomineeOrgId ?? null),
    deeds: values.deeds?.trim() ?? "",
  };
}
