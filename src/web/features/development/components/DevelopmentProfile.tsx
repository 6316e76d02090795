import type { DescriptionsProps } from "antd";
import type { DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { FOCUS_GROUP_LABELS } from "../../../../shared/development-steps";
import { type PersonPii, PersonProfile, personItems, textOrEmpty } from "../../../components/PersonProfile";
import { getDevelopmentPersonPii } from "../api";
import { EMPTY } from "../development-options";

function buildItems(person: DevelopmentPersonDetail, pii: PersonPii | undefined): DescriptionsProps["items"] {
  const p = personItems(person, pii);
  return [
    ...p.identity,
    ...p.education,
    { key: "focusGroup", label: "重点群体", children: person.focusGroup ? FOCUS_GROUP_LABELS[person.focusGroup] : EMPTY },
    ...p.work,
    { key: "plannedLeaveOn", label: "预计离开单位", children: textOrEmpty(person.plannedLeaveOn) },
  ];
}

/** The applicant's profile with ID and phone masked; the full numbers one view at a time, audited. */
export function DevelopmentProfile({ person }: { person: DevelopmentPersonDetail }) {
  return (
    <PersonProfile
      items={(pii) => buildItems(person, pii)}
      canViewPii={person.abilities.canViewPii}
      loadPii={() => getDevelopmentPersonPii(person.id)}
      revealLabel="查看完整号码"
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
      labelWidth={110}
    />
  );
}
