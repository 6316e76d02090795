import { Button, Flex, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { CARE_RECIPIENT_KIND_LABELS } from "../../../../shared/care";
import type { Campaign, CampaignTarget } from "../../../../shared/contracts/assistance.contract";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findTargets } from "../api";
import { EMPTY, RECIPIENT_KIND_COLORS } from "../assistance-display";

interface TargetsTableProps {
  campaign: Campaign;
  /** The organization whose subtree is shown (the coverage's node). */
  orgId: string | undefined;
  visited?: boolean;
  /** Bumped by the page after a change, to reload. */
  version: number;
  onVisit?: (target: CampaignTarget) => void;
  onEdit?: (target: CampaignTarget) => void;
  onRemove?: (target: CampaignTarget) => void;
}

/** 走访对象 (or 未走访): a campaign's targets in reach under the chosen organization, with who visits them and by when. */
export function TargetsTable({ campaign, orgId, visited, version, onVisit, onEdit, onRemove }: TargetsTableProps) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [q, setQ] = useState("");
  const query = useApiQuery(
    (signal) => findTargets(campaign.id, { orgId, visited, q: q || undefined, ...paging }, signal),
    [campaign.id, orgId, visited, q, paging.page, paging.pageSize, version],
  );
  const columns = [
    { title: "姓名", dataIndex: "name", width: 110 },
    { title: "类别", dataIndex: "kind", width: 120, render: (k: CampaignTarget["kind"]) => <Tag color={RECIPIENT_KIND_COLORS[k]}>{CARE_RECIPIENT_KIND_LABELS[k]}</Tag> },
    { title: "所在组织", dataIndex: "orgName", width: 190, ellipsis: true },
    { title: "走访人", dataIndex: "visitorName", width: 120, render: (v: string) => v || EMPTY },
    { title: "完成时限", dataIndex: "dueOn", width: 110 },
    {
      title: "走访情况",
      key: "state",
      width: 150,
      render: (_: unknown, t: CampaignTarget) =>
        t.visitedOn ? <Tag color="success">{t.visitedOn} 已走访</Tag> : t.isOverdue ? <Tag color="error">逾期未走访</Tag> : <Tag>未走访</Tag>,
    },
    ...(onVisit || onEdit || onRemove
      ? [
          {
            title: "操作",
            key: "actions",
            width: 200,
            fixed: "right" as const,
            render: (_: unknown, t: CampaignTarget) => (
              <Space size={4}>
                {onVisit && !t.visitedOn && (
                  <Button size="small" type="link" onClick={() => onVisit(t)}>
                    记录走访
                  </Button>
                )}
                {onEdit && (
                  <Button size="small" type="link" onClick={() => onEdit(t)}>
                    调整
                  </Button>
                )}
                {onRemove && (
                  <Button size="small" type="link" danger onClick={() => onRemove(t)}>
                    移出
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Input.Search allowClear placeholder="姓名" style={{ width: 200 }} onSearch={(value) => { setQ(value.trim()); setPaging((p) => ({ ...p, page: 1 })); }} />
        <Typography.Text type="secondary">已走访以计划期间（{campaign.startsOn} 至 {campaign.dueOn}）内的任何走访记录为准（AID-12）</Typography.Text>
      </Flex>
      <PagedTable<CampaignTarget> columns={columns} data={query.data} loading={query.isLoading} page={paging.page} pageSize={paging.pageSize} onPage={(page, pageSize) => setPaging({ page, pageSize })} unit="人" />
    </Flex>
  );
}
