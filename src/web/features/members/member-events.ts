import type { CreateMemberEvent, MemberDetail, MemberEvent } from "../../../shared/contracts/members.contract";
import { EXIT_KIND_LABELS, type ExitKind, MEMBER_EVENT_LABELS, type MemberEventType } from "../../../shared/domain";
import { EVENTS_BY_STANDING } from "../../../shared/member-lifecycle";

/** The fields an event type needs besides the date, reason and documents every event has. */
export type EventField = "toOrgId" | "letterNumber" | "destination" | "cardNumber" | "exitKind";
export interface EventFieldSpec {
  name: EventField;
  label: string;
  isRequired: boolean;
}

const letter = (isRequired: boolean): EventFieldSpec => ({ name: "letterNumber", label: "介绍信编号", isRequired });

/** Mirrors CreateMemberEventSchema's variants (rules.md §3.3, §5); the schema stays the judge. */
export const EVENT_FIELDS: Record<MemberEventType, readonly EventFieldSpec[]> = {
  transfer_out: [{ name: "toOrgId", label: "接收组织", isRequired: true }, letter(true)],
  transfer_in: [],
  transfer_cancelled: [],
  transfer_out_of_system: [{ name: "destination", label: "转往单位", isRequired: true }, letter(false)],
  mobile_registered: [
    { name: "destination", label: "流入地", isRequired: true },
    { name: "cardNumber", label: "流动党员活动证编号", isRequired: false },
  ],
  mobile_returned: [],
  lost_contact: [],
  contact_restored: [],
  suspended: [],
  restored: [],
  exit: [{ name: "exitKind", label: "出党方式", isRequired: true }],
  death: [],
};

export interface EventFormValues {
  type: MemberEventType;
  occurredOn: string;
  reason?: string | null;
  documents?: { name?: string; number?: string | null }[];
  /** Files already uploaded to the member (POST /api/members/:id/documents). */
  documentIds?: string[];
  toOrgId?: string;
  letterNumber?: string | null;
  destination?: string;
  cardNumber?: string | null;
  exitKind?: ExitKind;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** The request body for a type: only that type's fields, so a field left over from another type is never sent. */
export function buildEventInput(values: EventFormValues): CreateMemberEvent {
  const input: Record<string, unknown> = {
    type: values.type,
    occurredOn: values.occurredOn,
    reason: blankToNull(values.reason),
    documents: (values.documents ?? [])
      .filter((doc) => doc.name?.trim())
      .map((doc) => ({ name: doc.name!.trim(), number: blankToNull(doc.number) })),
    documentIds: values.documentIds ?? [],
  };
  for (const field of EVENT_FIELDS[values.type]) {
    const value = values[field.name];
    input[field.name] = typeof value === "string" && field.name !== "toOrgId" && field.name !== "exitKind" ? blankToNull(value) : value;
  }
  return input as CreateMemberEvent;
}

/**
 * The events the server's table admits for the member's standing (shared/member-lifecycle.ts), less
 * the pairs the member's marks rule out, so the menu does not offer a return to someone never away.
 * A transfer in is accepted from the receiving side's list (IncomingTransfersPanel), never from here.
 */
export function availableEventTypes(member: Pick<MemberDetail, "standing" | "isMobile" | "isLostContact">): MemberEventType[] {
  const isOffered: Partial<Record<MemberEventType, boolean>> = {
    transfer_in: false,
    mobile_registered: !member.isMobile,
    mobile_returned: member.isMobile,
    lost_contact: !member.isLostContact,
    contact_restored: member.isLostContact,
  };
  return EVENTS_BY_STANDING[member.standing].filter((type) => isOffered[type] ?? true);
}

export const eventTypeLabel = (type: string) => MEMBER_EVENT_LABELS[type as MemberEventType] ?? type;

/** In this order on the timeline (the database keeps JSON keys in its own order). */
const DETAIL_LABELS: Record<string, string> = {
  fromOrg: "转出组织",
  toOrg: "接收组织",
  letterNumber: "介绍信编号",
  destination: "去向",
  cardNumber: "活动证编号",
  exitKind: "出党方式",
};

const isNamed = (value: unknown): value is { name: string } =>
  typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string";

/** An event's details as label–value pairs for the timeline: organizations by name, never by id. */
export function describeEventDetails(event: Pick<MemberEvent, "type" | "details">): { label: string; value: string }[] {
  const rows: { key: string; label: string; value: string }[] = [];
  for (const [key, raw] of Object.entries(event.details)) {
    if (raw === null || raw === undefined || raw === "" || /Id$/.test(key)) continue;
    let value = isNamed(raw) ? raw.name : typeof raw === "object" ? JSON.stringify(raw) : String(raw);
    if (key === "exitKind") value = EXIT_KIND_LABELS[raw as ExitKind] ?? value;
    let label = DETAIL_LABELS[key] ?? key;
    if (key === "destination") label = event.type === "mobile_registered" ? "流入地" : "转往单位";
    rows.push({ key, label, value });
  }
  const order = Object.keys(DETAIL_LABELS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return rows.sort((a, b) => rank(a.key) - rank(b.key)).map(({ label, value }) => ({ label, value }));
}
