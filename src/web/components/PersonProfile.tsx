import { EyeInvisibleOutlined, EyeOutlined } from "@ant-design/icons";
import { App, Button, Descriptions, type DescriptionsProps, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { EDUCATION_LABELS, type Education, GENDER_LABELS, type Gender, type Occupation, OCCUPATION_LABELS } from "../../shared/domain";
import { getErrorMessage } from "../lib/api-client";
import { EMPTY } from "./person-options";

export const PII_AUDIT_NOTICE = "查看完整身份证号和手机号将记入审计日志";

/** The full numbers, asked for one person at a time (the server records the view). */
export interface PersonPii {
  idNumber: string;
  phone: string | null;
}

/** The profile facts a member and a development case share, ID and phone masked. */
export interface PersonBasics {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string;
  age: number;
  idNumberMasked: string;
  phoneMasked: string | null;
  education: Education | null;
  occupation: Occupation | null;
  workUnit: string | null;
  post: string | null;
}

export type ProfileItem = NonNullable<DescriptionsProps["items"]>[number];

export const textOrEmpty = (value: string | null) => value ?? EMPTY;

/**
 * The shared rows of a profile in three runs, for each feature to place among its own (like the
 * form's IdentityFields, EducationFields and WorkFields): name to phone, education and occupation,
 * work unit and post.
 */
export function personItems(person: PersonBasics, pii: PersonPii | undefined): Record<"identity" | "education" | "work", ProfileItem[]> {
  const text = textOrEmpty;
  return {
    identity: [
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
    ],
    education: [
      { key: "education", label: "学历", children: person.education ? EDUCATION_LABELS[person.education] : EMPTY },
      { key: "occupation", label: "职业类别", children: person.occupation ? OCCUPATION_LABELS[person.occupation] : EMPTY },
    ],
    work: [
      { key: "workUnit", label: "工作单位", children: text(person.workUnit) },
      { key: "post", label: "工作岗位", children: text(person.post) },
    ],
  };
}

interface PersonProfileProps {
  /** The rows, given the full numbers once revealed. */
  items: (pii: PersonPii | undefined) => DescriptionsProps["items"];
  canViewPii: boolean;
  loadPii: () => Promise<PersonPii>;
  /** The reveal button's text (also the confirmation's title). */
  revealLabel: string;
  size: DescriptionsProps["size"];
  column: DescriptionsProps["column"];
  labelWidth: number;
}

/**
 * A person's 基本信息 with ID and phone masked. Users allowed to see the full numbers ask for them one
 * person at a time, after being told that the server records the view.
 */
export function PersonProfile({ items, canViewPii, loadPii, revealLabel, size, column, labelWidth }: PersonProfileProps) {
  const { message } = App.useApp();
  const [pii, setPii] = useState<PersonPii>();
  const [isLoading, setIsLoading] = useState(false);

  const handleReveal = async () => {
    setIsLoading(true);
    try {
      setPii(await loadPii());
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsLoading(false);
    }
  };

  const piiAction = !canViewPii ? null : pii ? (
    <Space>
      <Tag color="warning">本次查看已记入审计日志</Tag>
      <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setPii(undefined)}>
        隐藏
      </Button>
    </Space>
  ) : (
    <Popconfirm title={revealLabel} description={PII_AUDIT_NOTICE} okText="查看" cancelText="取消" onConfirm={handleReveal}>
      <Button size="small" icon={<EyeOutlined />} loading={isLoading}>
        {revealLabel}
      </Button>
    </Popconfirm>
  );

  return (
    <Descriptions
      bordered
      size={size}
      title="基本信息"
      extra={piiAction}
      column={column}
      items={items(pii)}
      styles={{ label: { width: labelWidth, whiteSpace: "nowrap" } }}
    />
  );
}
