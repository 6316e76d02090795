import type { TermStatus } from "../../../../shared/contracts/orgs.contract";
import { OFFICER_POST_LABELS, OFFICER_POSTS, ORG_DOMAIN_LABELS, ORG_DOMAINS, ORG_KIND_LABELS, ORG_KINDS, type OrgKind } from "../../../../shared/domain";

export const ORG_KIND_OPTIONS = ORG_KINDS.map((kind) => ({ value: kind, label: ORG_KIND_LABELS[kind] }));
export const ORG_DOMAIN_OPTIONS = ORG_DOMAINS.map((domain) => ({ value: domain, label: ORG_DOMAIN_LABELS[domain] }));

/** 单位性质 is free text; these are the statistics' usual categories (rules.md §6.2), offered as suggestions. */
export const UNIT_NATURE_OPTIONS = ["机关", "事业单位", "国有企业", "集体企业", "非公有制企业", "社会组织", "村（建制村）", "城市社区", "其他"].map((value) => ({ value }));

/** A party group has only a leader (ORG-08); no other organization has one. */
export const officerPostOptions = (kind: OrgKind) =>
  OFFICER_POSTS.filter((post) => (kind === "group" ? post === "group_leader" : post !== "group_leader")).map((post) => ({ value: post, label: OFFICER_POST_LABELS[post] }));

export const TERM_STATUS_COLORS: Record<TermStatus, string> = { in_term: "green", due: "orange", overdue: "red", unknown: "default" };

/** Only a suggestion for the form: the usual next level down; the user may pick any kind and the server decides. */
export function suggestChildKind(parentKind: OrgKind): OrgKind {
  if (parentKind === "committee" || parentKind === "general_branch") return "branch";
  return "group";
}

/** An emptied optional text field means "no value", which the API spells null. */
export const emptyToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export const DATE_FORMAT = "YYYY-MM-DD";
