import type { CareRecipientKind, VisitKind } from "../../../shared/care";
import type { CarePerson } from "../../../shared/contracts/assistance.contract";
import { CARE_RECIPIENT_KIND_LABELS, VISIT_KIND_LABELS } from "../../../shared/care";

// How the pages show kinds, shares and people: small, pure and tested.

export const EMPTY = "—";

export const RECIPIENT_KIND_COLORS: Record<CareRecipientKind, string> = {
  struggling_member: "volcano",
  senior_member: "gold",
  long_ill_member: "purple",
  deceased_member_family: "geekblue",
  masses: "cyan",
};

export const VISIT_KIND_COLORS: Record<VisitKind, string> = { talk: "blue", money: "red", goods: "orange", services: "green", job_help: "cyan" };

export const kindOptions = Object.entries(CARE_RECIPIENT_KIND_LABELS).map(([value, label]) => ({ value, label }));
export const visitKindOptions = Object.entries(VISIT_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** 0.6667 → "66.7%"; the share of a campaign's targets visited. */
export const formatShare = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

/** The people list's "最近走访": the day, and how long ago in whole days when within the year. */
export function lastVisitLabel(lastVisitOn: string | null, today: string): string {
  if (!lastVisitOn) return "从未走访";
  const days = Math.round((Date.parse(today) - Date.parse(lastVisitOn)) / 86_400_000);
  return days <= 0 ? `${lastVisitOn}（今天）` : days < 366 ? `${lastVisitOn}（${days} 天前）` : lastVisitOn;
}

/** Whether a recorded kind needs a member of the roster picked, a name typed, the consent (masses), the relation (family). */
export function recipientFormNeeds(kind: CareRecipientKind | undefined) {
  const isMember = kind === "struggling_member" || kind === "senior_member" || kind === "long_ill_member";
  return {
    member: isMember,
    deceasedMember: kind === "deceased_member_family",
    personName: kind === "deceased_member_family" || kind === "masses",
    org: kind === "deceased_member_family" || kind === "masses",
    relation: kind === "deceased_member_family",
    consent: kind === "masses",
  };
}

/** A person's key for the visit form's picker: memberId or recipientId, never both. */
export function subjectOfKey(key: string): { memberId: string } | { recipientId: string } {
  const [kind, id] = key.split(":");
  if (!id || (kind !== "member" && kind !== "recipient")) throw new RangeError(`not a person key: ${key}`);
  return kind === "member" ? { memberId: id } : { recipientId: id };
}

/** Which visits are a person's: a member's by the member, a family's or the masses' by their record. */
export function visitsFilterOf(p: Pick<CarePerson, "kinds" | "memberId" | "recipientId">): { memberId: string } | { recipientId: string } {
  const byRecord = p.kinds.some((k) => k === "masses" || k === "deceased_member_family");
  return byRecord || !p.memberId ? { recipientId: p.recipientId! } : { memberId: p.memberId };
}
