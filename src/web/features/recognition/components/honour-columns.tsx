import { Button, Tag, Tooltip } from "antd";
import type { TableColumnsType } from "antd";
import { Link } from "react-router";
import type { HonourItem } from "../../../../shared/contracts/recognition.contract";
import { HonourTag } from "./tags";

/** The honours board's columns; `onRevoke` adds the committee's 撤销 on rows it may revoke. */
export function honourColumns(onRevoke?: (honour: HonourItem) => void): TableColumnsType<HonourItem> {
  return [
    { title: "年度", dataIndex: "year", width: 80 },
    { title: "荣誉", dataIndex: "honour", width: 140, render: (_, h) => <HonourTag honour={h.honour} /> },
    { title: "获得者", key: "holder", width: 180, render: (_, h) => h.memberName ?? h.orgName },
    { title: "所在组织", dataIndex: "orgName", width: 200, render: (v: string, h) => (h.memberId ? v : "—") },
    { title: "授予机关", dataIndex: "conferredBy", width: 180 },
    { title: "授予日期", dataIndex: "conferredOn", width: 110 },
    {
      title: "来源",
      key: "source",
      width: 100,
      render: (_, h) => (h.nominationId ? <Link to={`/care/recognition/${h.nominationId}`}>本级表彰</Link> : "登记"),
    },
    {
      title: "状态",
      key: "state",
      width: 120,
      render: (_, h) =>
        h.revokedAt ? (
          <Tooltip title={h.revokeReason}>
            <Tag color="default">已撤销</Tag>
          </Tooltip>
        ) : (
          <Tag color="success">有效</Tag>
        ),
    },
    ...(onRevoke
      ? [
          {
            title: "操作",
            key: "actions",
            width: 80,
            render: (_: unknown, h: HonourItem) =>
              h.canRevoke && (
                <Button type="link" size="small" danger onClick={() => onRevoke(h)}>
                  撤销
                </Button>
              ),
          },
        ]
      : []),
  ];
}
