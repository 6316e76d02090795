import { Tag, type TableColumnsType, Typography } from "antd";
import { Link } from "react-router";
import type { DevelopmentPersonListItem } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS, FOCUS_GROUP_LABELS } from "../../../../shared/development-steps";
import { GENDER_LABELS } from "../../../../shared/domain";
import { describeStatus, EMPTY, STAGE_COLORS, STATUS_COLORS, stageKeyDate } from "../development-options";
import { NextDueTag } from "./NextDueTag";

export function StageTag({ person }: { person: Pick<DevelopmentPersonListItem, "stage"> }) {
  return <Tag color={STAGE_COLORS[person.stage]}>{DEVELOPMENT_STAGE_LABELS[person.stage]}</Tag>;
}

/** The list's columns: who, where, how far, and what is due next. */
export function buildDevelopmentColumns(): TableColumnsType<DevelopmentPersonListItem> {
  return [
    {
      title: "姓名",
      dataIndex: "name",
      fixed: "start",
      width: 96,
      render: (name: string, person) => <Link to={`/development/${person.id}`}>{name}</Link>,
    },
    {
      title: "性别 / 年龄",
      key: "genderAge",
      width: 88,
      render: (_, person) => `${GENDER_LABELS[person.gender]} / ${person.age}`,
    },
    { title: "所在党支部", dataIndex: "orgName", ellipsis: { showTitle: true } },
    {
      title: "阶段",
      key: "stage",
      width: 150,
      render: (_, person) => (
        <>
          <StageTag person={person} />
          {person.status !== "open" && <Tag color={STATUS_COLORS[person.status]}>{describeStatus(person)}</Tag>}
        </>
      ),
    },
    {
      title: "阶段日期",
      key: "keyDate",
      width: 150,
      render: (_, person) => {
        const { label, date } = stageKeyDate(person);
        return date ? (
          <>
            <Typography.Text type="secondary">{label}</Typography.Text> {date}
          </>
        ) : (
          EMPTY
        );
      },
    },
    {
      title: "下一步骤 / 期限",
      key: "nextDue",
      width: 300,
      render: (_, person) => <NextDueTag nextDue={person.nextDue} />,
    },
    {
      title: "重点群体",
      dataIndex: "focusGroup",
      width: 112,
      render: (group: DevelopmentPersonListItem["focusGroup"]) => (group ? FOCUS_GROUP_LABELS[group] : EMPTY),
    },
  ];
}
