import { Space, type TableColumnsType, Tag } from "antd";
import { Link } from "react-router";
import type { MemberListItem } from "../../../../shared/contracts/members.contract";
import { EDUCATION_LABELS, GENDER_LABELS, MEMBER_STANDING_LABELS, MEMBER_STATUS_LABELS, OCCUPATION_LABELS } from "../../../../shared/domain";
import { columnSortOrder, type MemberListView, type SortableColumn } from "../member-filters";
import { EMPTY, MEMBER_FLAGS } from "../member-options";

/** 正式党员 or 预备党员, and the standing when it is not the usual 正常. */
export function MemberStatusTags({ member }: { member: Pick<MemberListItem, "status" | "standing"> }) {
  return (
    <Space size={4} wrap>
      <span>{MEMBER_STATUS_LABELS[member.status]}</span>
      {member.standing !== "active" && <Tag>{MEMBER_STANDING_LABELS[member.standing]}</Tag>}
    </Space>
  );
}

export function MemberFlagTags({ member }: { member: Pick<MemberListItem, "isMobile" | "isStruggling" | "isLostContact" | "isSenior"> }) {
  const flags = MEMBER_FLAGS.filter((flag) => member[flag.key]);
  if (flags.length === 0) return null;
  return (
    <Space size={4} wrap>
      {flags.map((flag) => (
        <Tag key={flag.key} color={flag.color}>
          {flag.tag}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * The roster's columns, sized to fit a 1440-pixel screen beside the menu; the organization takes
 * what is left. Status and marks share a column. The sortable ones show the arrow of the URL's sort.
 */
export function buildMemberColumns(view: Pick<MemberListView, "sort" | "order">): TableColumnsType<MemberListItem> {
  const sortable = (column: SortableColumn) => ({ key: column, sorter: true, sortOrder: columnSortOrder(view, column) });
  return [
    {
      title: "姓名",
      dataIndex: "name",
      fixed: "start",
      width: 84,
      ...sortable("name"),
      render: (name: string, member) => <Link to={`/members/${member.id}`}>{name}</Link>,
    },
    { title: "性别", dataIndex: "gender", width: 48, render: (gender: MemberListItem["gender"]) => GENDER_LABELS[gender] },
    { title: "年龄", dataIndex: "age", width: 64, ...sortable("age") },
    { title: "所在组织", dataIndex: "orgName", ellipsis: { showTitle: true } },
    { title: "身份证号", dataIndex: "idNumberMasked", width: 164 },
    { title: "手机号", dataIndex: "phoneMasked", width: 112, render: (phone: string | null) => phone ?? EMPTY },
    {
      title: "学历",
      dataIndex: "education",
      width: 88,
      ellipsis: { showTitle: true },
      render: (education: MemberListItem["education"]) => (education ? EDUCATION_LABELS[education] : EMPTY),
    },
    {
      title: "职业类别",
      dataIndex: "occupation",
      width: 104,
      ellipsis: { showTitle: true },
      render: (occupation: MemberListItem["occupation"]) => (occupation ? OCCUPATION_LABELS[occupation] : EMPTY),
    },
    { title: "入党日期", dataIndex: "joinedOn", width: 100, ...sortable("joinedOn") },
    {
      title: "党龄",
      dataIndex: "partyAge",
      width: 68,
      ...sortable("partyAge"),
      render: (partyAge: number | null) => (partyAge === null ? EMPTY : `${partyAge} 年`),
    },
    {
      title: "状态",
      key: "status",
      width: 160,
      render: (_, member) => (
        <Space size={[4, 2]} wrap>
          <MemberStatusTags member={member} />
          <MemberFlagTags member={member} />
        </Space>
      ),
    },
  ];
}
