import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Switch, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import type { OrgDetail, OrgOfficer } from "../../../../shared/contracts/orgs.contract";
import { OFFICER_POST_LABELS } from "../../../../shared/domain";
import { useApiQuery } from "../../../lib/use-api-query";
import { findOrgOfficers } from "../api";
import { OfficerCreateModal } from "./OfficerCreateModal";
import { OfficerEndModal } from "./OfficerEndModal";

interface OrgOfficersCardProps {
  org: OrgDetail;
  /** After a change: the detail's warnings (ORG-05, ORG-06) depend on the officers. */
  onChanged: () => void;
}

/** 领导班子: the current officers, with their predecessors on request; nothing is ever deleted. */
export function OrgOfficersCard({ org, onChanged }: OrgOfficersCardProps) {
  const [showHistory, setShowHistory] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const [ending, setEnding] = useState<OrgOfficer>();
  const query = useApiQuery((signal) => findOrgOfficers(org.id, signal), [org.id]);
  const officers = query.data?.items ?? [];
  const pastCount = officers.filter((o) => !o.isCurrent).length;
  const canManage = org.abilities.canManageOfficers;

  const handleSaved = () => {
    setIsCreating(false);
    setEnding(undefined);
    query.reload();
    onChanged();
  };

  const columns: TableColumnsType<OrgOfficer> = [
    { title: "职务", dataIndex: "post", width: 110, render: (post: OrgOfficer["post"]) => OFFICER_POST_LABELS[post] },
    {
      title: "姓名",
      dataIndex: "name",
      minWidth: 96,
      render: (name: string, officer) => (
        <Space size={4}>
          {name}
          {!officer.memberId && <Tag variant="filled">非本组织党员</Tag>}
        </Space>
      ),
    },
    { title: "任职日期", dataIndex: "startedOn", width: 120 },
    ...(showHistory ? [{ title: "离任日期", dataIndex: "endedOn", width: 120, render: (endedOn: string | null) => endedOn ?? <Tag color="green">现任</Tag> }] : []),
    ...(canManage
      ? [
          {
            title: "操作",
            key: "actions",
            width: 80,
            render: (_: unknown, officer: OrgOfficer) =>
              officer.isCurrent && (
                <Button type="link" size="small" onClick={() => setEnding(officer)}>
                  离任
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title="领导班子"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Switch size="small" checked={showHistory} onChange={setShowHistory} />
          <Typography.Text>显示历任{pastCount > 0 ? `（${pastCount}）` : ""}</Typography.Text>
          {canManage && (
            <Button icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              添加
            </Button>
          )}
        </Space>
      }
    >
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<OrgOfficer>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={showHistory ? officers : officers.filter((o) => o.isCurrent)}
        loading={query.isLoading}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: showHistory ? "暂无任职记录" : "暂无现任领导班子成员" }}
      />
      {isCreating && <OfficerCreateModal org={org} onClose={() => setIsCreating(false)} onCreated={handleSaved} />}
      {ending && <OfficerEndModal orgId={org.id} officer={ending} onClose={() => setEnding(undefined)} onEnded={handleSaved} />}
    </Card>
  );
}
