import { EyeInvisibleOutlined, EyeOutlined } from "@ant-design/icons";
import { App, Button, Descriptions, type DescriptionsProps, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { FOCUS_GROUP_LABELS } from "../../../../shared/development-steps";
import { EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_LABELS } from "../../../../shared/domain";
import { getErrorMessage } from "../../../lib/api-client";
import { type DevelopmentPersonPii, getDevelopmentPersonPii } from "../api";
import { EMPTY } from "../development-options";

export const PII_AUDIT_NOTICE = "查看完整身份证号和手机号将记入审计日志";

function buildItems(person: DevelopmentPersonDetail, pii: DevelopmentPersonPii | undefined): DescriptionsProps["items"] {
  const text = (value: string | null) => value ?? EMPTY;
  return [
    { key: "name", label: "姓名", children: person.name },
    { key: "gender", label: "性别", children: GENDER_LABELS[person.gender] },
    { key: "ethnicity", label: "民族", children: person.ethnicity },
    { key: "birthDate", label: "出生日期", children: `${person.birthDate}（${person.age} 岁）` },
    {
      key: "idNumber",
      label: "身份证号",
      children: pii ? <Typography.Text copyable strong>{pii.idNumber}</Typography.Text> : person.idNumberMasked,
    },
    {
      key: "phone",
      label: "手机号",
      children: pii ? <Typography.Text copyable={Boolean(pii.phone)} strong>{text(pii.phone)}</Typography.Text> : text(person.phoneMasked),
    },
    { key: "education", label: "学历", children: person.education ? EDUCATION_LABELS[person.education] : EMPTY },
    { key: "occupation", label: "职业类别", children: person.occupation ? OCCUPATION_LABELS[person.occupation] : EMPTY },
    { key: "focusGroup", label: "重点群体", children: person.focusGroup ? FOCUS_GROUP_LABELS[person.focusGroup] : EMPTY },
    { key: "workUnit", label: "工作单位", children: text(person.workUnit) },
    { key: "post", label: "工作岗位", children: text(person.post) },
    { key: "plannedLeaveOn", label: "预计离开单位", children: text(person.plannedLeaveOn) },
  ];
}

/** The applicant's profile with ID and phone masked; the full numbers one view at a time, audited. */
export function DevelopmentProfile({ person }: { person: DevelopmentPersonDetail }) {
  const { message } = App.useApp();
  const [pii, setPii] = useState<DevelopmentPersonPii>();
  const [isLoading, setIsLoading] = useState(false);

  const handleReveal = async () => {
    setIsLoading(true);
    try {
      setPii(await getDevelopmentPersonPii(person.id));
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsLoading(false);
    }
  };

  const piiAction = !person.abilities.canViewPii ? null : pii ? (
    <Space>
      <Tag color="warning">本次查看已记入审计日志</Tag>
      <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setPii(undefined)}>
        隐藏
      </Button>
    </Space>
  ) : (
    <Popconfirm title="查看完整号码" description={PII_AUDIT_NOTICE} okText="查看" cancelText="取消" onConfirm={handleReveal}>
      <Button size="small" icon={<EyeOutlined />} loading={isLoading}>
        查看完整号码
      </Button>
    </Popconfirm>
  );

  return (
    <Descriptions
      bordered
      size="small"
      title="基本信息"
      extra={piiAction}
      column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
      items={buildItems(person, pii)}
      styles={{ label: { width: 110, whiteSpace: "nowrap" } }}
    />
  );
}
