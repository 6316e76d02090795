import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, Progress, Select, Tag, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { CAMPAIGN_KIND_LABELS, type CampaignKind } from "../../../../shared/care";
import type { Campaign } from "../../../../shared/contracts/assistance.contract";
import { chinaToday } from "../../../../shared/dates";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import type { ListView } from "../../../lib/list-view";
import { useApiQuery } from "../../../lib/use-api-query";
import { findCampaigns } from "../api";
import { formatShare } from "../assistance-display";
import { campaignView } from "../assistance-filters";
import { CampaignFormModal } from "../components/CampaignFormModal";
import { formatFenAsYuan } from "../money";

type Filters = typeof campaignView.defaultView.filters;

/** 走访慰问计划: the plans of the caller's organizations and those above, with the caller's share of their coverage. */
export function CampaignListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => campaignView.parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<ListView<Filters>>) => setSearchParams(campaignView.toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const params = campaignView.toFindParams(view);
  const query = useApiQuery((signal) => findCampaigns(params, signal), [JSON.stringify(params)]);
  const [isCreating, setIsCreating] = useState(false);
  const today = chinaToday(new Date());
  const thisYear = Number(today.slice(0, 4));

  const columns = [
    { title: "计划", dataIndex: "title", render: (t: string, c: Campaign) => <Link to={`/care/assistance/campaigns/${c.id}`}>{t}</Link> },
    { title: "类别", dataIndex: "kind", width: 130, render: (k: CampaignKind) => CAMPAIGN_KIND_LABELS[k] },
    { title: "制定组织", dataIndex: "orgName", width: 170, ellipsis: true },
    {
      title: "期间",
      key: "window",
      width: 210,
      render: (_: unknown, c: Campaign) => (
        <>
          {c.startsOn} 至 {c.dueOn} {today < c.startsOn ? <Tag>未开始</Tag> : today <= c.dueOn ? <Tag color="processing">进行中</Tag> : <Tag>已到期</Tag>}
        </>
      ),
    },
    {
      title: "走访覆盖率",
      key: "coverage",
      width: 220,
      render: (_: unknown, c: Campaign) => (
        <Flex vertical gap={0}>
          <Progress percent={Math.round(c.coverage.share * 1000) / 10} size="small" format={() => formatShare(c.coverage.share)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            已走访 {c.coverage.visited} / {c.coverage.targets} 人{c.coverage.overdue > 0 ? `，逾期 ${c.coverage.overdue} 人` : ""}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: "慰问金（元）", key: "money", width: 130, align: "right" as const, render: (_: unknown, c: Campaign) => formatFenAsYuan(c.totals.moneyFen) },
    { title: "慰问品（元）", key: "goods", width: 120, align: "right" as const, render: (_: unknown, c: Campaign) => formatFenAsYuan(c.totals.goodsFen) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} gap={8} wrap>
        <Flex align="center" gap={8}>
          <span>年度</span>
          <Select
            aria-label="年度"
            allowClear
            placeholder="全部年度"
            value={view.filters.year}
            style={{ width: 130 }}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(year) => setView({ filters: { ...view.filters, year }, page: 1 })}
          />
          <Select
            aria-label="类别"
            allowClear
            placeholder="全部类别"
            value={view.filters.kind}
            style={{ width: 160 }}
            options={Object.entries(CAMPAIGN_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            onChange={(kind) => setView({ filters: { ...view.filters, kind }, page: 1 })}
          />
        </Flex>
        {user && can(user, "care.plan") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            制定走访慰问计划
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">
        上级党委制定的计划，本组织只看到和办理自己范围内的走访对象。覆盖率：计划期间内对该对象有走访记录（不论是否按本计划登记）即为已走访；慰问金额只合计按本计划登记的走访。
      </Typography.Paragraph>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      <PagedTable<Campaign> columns={columns} data={query.data} loading={query.isLoading} page={view.page} pageSize={view.pageSize} onPage={(page, pageSize) => setView({ page, pageSize })} unit="个计划" />
      {isCreating && user && <CampaignFormModal orgId={user.org.id} onClose={() => setIsCreating(false)} onSaved={(c) => navigate(`/care/assistance/campaigns/${c.id}`)} />}
    </>
  );
}
