import { type DescriptionsProps, Tag } from "antd";
import type { MemberDetail } from "../../../../shared/contracts/members.contract";
import { type PersonPii, PersonProfile, personItems, textOrEmpty } from "../../../components/PersonProfile";
import { getMemberPii } from "../api";
import { EMPTY, MEMBER_FLAGS } from "../member-options";
import { MemberFlagTags, MemberStatusTags } from "./member-columns";

function buildItems(member: MemberDetail, pii: PersonPii | undefined): DescriptionsProps["items"] {
  const text = textOrEmpty;
  const p = personItems(member, pii);
  return [
    ...p.identity,
    { key: "nativePlace", label: "籍贯", children: text(member.nativePlace) },
    ...p.education,
    ...p.work,
    { key: "address", label: "家庭住址", children: text(member.address) },
    { key: "orgName", label: "所在党组织", children: member.orgName },
    { key: "status", label: "党员类别 / 党籍", children: <MemberStatusTags member={member} /> },
    { key: "joinedOn", label: "入党日期", children: member.joinedOn },
    { key: "fullMemberOn", label: "转正日期", children: text(member.fullMemberOn) },
    { key: "partyAge", label: "党龄", children: member.partyAge === null ? "预备期内，尚不计党龄" : `${member.partyAge} 年` },
    { key: "flags", label: "标记", children: MEMBER_FLAGS.some((flag) => member[flag.key]) ? <MemberFlagTags member={member} /> : EMPTY },
    ...(member.pendingTransferOrg
      ? [{ key: "pendingTransfer", label: "转往组织", children: <Tag color="processing">{member.pendingTransferOrg.name}（待接收）</Tag> }]
      : []),
  ];
}

/**
 * The member's profile with ID and phone masked. Users allowed to see the full numbers ask for them
 * one member at a time, after being told that the server records the view.
 */
export function MemberProfile({ member }: { member: MemberDetail }) {
  return (
    <PersonProfile
      items={(pii) => buildItems(member, pii)}
      canViewPii={member.abilities.canViewPii}
      loadPii={() => getMemberPii(member.id)}
      revealLabel="查看完整信息"
      size="middle"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3 }}
      labelWidth={120}
    />
  );
}
