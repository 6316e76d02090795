import { ORG_DOMAIN_LABELS, ORG_DOMAINS, ORG_KIND_LABELS, ORG_KINDS, type OrgKind } from "../../../../shared/domain";

export const ORG_KIND_OPTIONS = ORG_KINDS.map((kind) => ({ value: kind, label: ORG_KIND_LABELS[kind] }));
export const ORG_DOMAIN_OPTIONS = ORG_DOMAINS.map((domain) => ({ value: domain, label: ORG_DOMAIN_LABELS[domain] }));

/** Only a suggestion for the form: the usual next level down; the user may pick any kind and the server decides. */
export function suggestChildKind(parentKind: OrgKind): OrgKind {
  if (parentKind === "committee" || parentKind === "general_branch") return "branch";
  return "group";
}

/** An emptied optional text field means "no value", which the API spells null. */
export const emptyToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
