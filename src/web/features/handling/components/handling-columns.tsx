import { Flex, type TableColumnsType, Typography } from "antd";
import { Link } from "react-router";
import type { HandlingCaseListItem } from "../../../../shared/contracts/handling.contract";
import { EMPTY } from "../handling-options";
import { DeadlineText, MethodTag, OverdueTag, PhaseTag } from "./HandlingTags";

/** The list's columns: who, where, which method, how far, by when, and whether it is overdue. */
export function buildHandlingColumns(): TableColumnsType<HandlingCaseListItem> {
  return [
    {
      title: "姓名",
      dataIndex: "memberName",
      fixed: "start",
      width: 110,
      render: (name: string, item) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/org-life/handling/${item.id}`}>{name}</Link>
          <OverdueTag item={item} />
        </Flex>
      ),
    },
    { title: "所在党支部", dataIndex: "orgName", ellipsis: { showTitle: true } },
    { title: "处置方式", key: "method", width: 140, render: (_, item) => <MethodTag item={item} /> },
    { title: "当前阶段", key: "phase", width: 160, render: (_, item) => <PhaseTag item={item} /> },
    { title: "评定不合格", dataIndex: "decidedOn", width: 110 },
    { title: "改正期限", key: "deadline", width: 200, render: (_, item) => <DeadlineText item={item} /> },
    { title: "最近进展", dataIndex: "lastStepOn", width: 110, render: (value: string | null) => value ?? EMPTY },
    {
      title: "来源",
      key: "source",
      width: 180,
      ellipsis: { showTitle: true },
      render: (_, item) => (item.evaluation ? item.evaluation.title : <Typography.Text type="secondary">党支部认定</Typography.Text>),
    },
  ];
}
