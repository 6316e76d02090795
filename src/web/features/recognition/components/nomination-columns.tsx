import { Badge, Space, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { Link } from "react-router";
import type { NominationListItem } from "../../../../shared/contracts/recognition.contract";
import { EMPTY, publicityText } from "../recognition-display";
import { HonourTag, NominationStatusTag } from "./tags";

/** The nominations list: nominee, honour, nominating organization, status with publicity and objections. */
export const NOMINATION_COLUMNS: TableColumnsType<NominationListItem> = [
  { title: "年度", dataIndex: "year", width: 80 },
  {
    title: "推荐对象",
    key: "nominee",
    width: 200,
    render: (_, n) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/care/recognition/${n.id}`}>{n.nomineeName}</Link>
        {n.memberId && <Typography.Text type="secondary">{n.nomineeOrgName}</Typography.Text>}
      </Space>
    ),
  },
  { title: "荣誉", dataIndex: "honour", width: 140, render: (_, n) => <HonourTag honour={n.honour} /> },
  { title: "推荐组织", dataIndex: "orgName", width: 200 },
  { title: "审核党委", dataIndex: "reviewingOrgName", width: 160, render: (v: string | null) => v ?? "系统管理员" },
  {
    title: "状态",
    key: "status",
    width: 300,
    render: (_, n) => (
      <Space orientation="vertical" size={0}>
        <Space size={4}>
          <NominationStatusTag status={n.status} />
          {n.openObjectionCount > 0 && <Badge count={`${n.openObjectionCount} 条反映待核实`} color="orange" />}
        </Space>
        {n.status === "in_publicity" && n.publicity && <Typography.Text type="secondary">{publicityText(n.publicity)}</Typography.Text>}
      </Space>
    ),
  },
  { title: "发布日期", dataIndex: "publishedOn", width: 110, render: (v: string | null) => v ?? EMPTY },
];
