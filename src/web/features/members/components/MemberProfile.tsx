import { EyeInvisibleOutlined, EyeOutlined } from "@ant-design/icons";
import { App, Button, Descriptions, type DescriptionsProps, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { MemberDetail, MemberPii } from "../../../../shared/contracts/members.contract";
import { EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_LABELS } from "../../../../shared/domain";
import { getErrorMessage } from "../../../lib/api-client";
import { getMemberPii } from "../api";
import { EMPTY, MEMBER_FLAGS } from "../member-options";
import { MemberFlagTags, MemberStatusTags } from "./member-columns";

export const PII_AUDIT_NOTICE = "查看完整身份证号和手机号将记入审计日志";

function buildItems(member: MemberDetail, pii: MemberPii | undefined): DescriptionsProps["items"] {
  const text = (value: string | null) => value ?? EMPTY;
  return [
    { key: "name", label: "姓名", children: member.name },
    { key: "gender", label: "性别", children: GENDER_LABELS[member.gender] },
    { key: "ethnicity", label: "民族", children: member.ethnicity },
    { key: "birthDate", label: "出生日期", children: `${member.birthDate}（${member.age} 岁）` },
    {
      key: "idNumber",
      label: "身份证号",
      children: pii ? <Typography.Text copyable strong>{pii.idNumber}</Typography.Text> : member.idNumberMasked,
    },
    {
      key: "phone",
      label: "手机号",
      children: pii ? <Typography.Text copyable={Boolean(pii.phone)} strong>{text(pii.phone)}</Typography.Text> : text(member.phoneMasked),
    },
    { key: "nativePlace", label: "籍贯", children: text(member.nativePlace) },
    { key: "education", label: "学历", children: member.education ? EDUCATION_LABELS[member.education] : EMPTY },
    { key: "occupation", label: "职业类别", children: member.occupation ? OCCUPATION_LABELS[member.occupation] : EMPTY },
    { key: "workUnit", label: "工作单位", children: text(member.workUnit) },
    { key: "post", label: "工作岗位", children: text(member.post) },
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
  const { message } = App.useApp();
  const [pii, setPii] = useState<MemberPii>();
  const [isLoading, setIsLoading] = useState(false);

  const handleReveal = async () => {
    setIsLoading(true);
    try {
      setPii(await getMemberPii(member.id));
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsLoading(false);
    }
  };

  const piiAction = !member.abilities.canViewPii ? null : pii ? (
    <Space>
      <Tag color="warning">本次查看已记入审计日志</Tag>
      <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setPii(undefined)}>
        隐藏
      </Button>
    </Space>
  ) : (
    <Popconfirm title="查看完整信息" description={PII_AUDIT_NOTICE} okText="查看" cancelText="取消" onConfirm={handleReveal}>
      <Button size="small" icon={<EyeOutlined />} loading={isLoading}>
        查看完整信息
      </Button>
    </Popconfirm>
  );

  return (
    <Descriptions
      bordered
      size="middle"
      title="基本信息"
      extra={piiAction}
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3 }}
      items={buildItems(member, pii)}
      styles={{ label: { width: 120, whiteSpace: "nowrap" } }}
    />
  );
}
