import { ArrowLeftOutlined, PlusOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Statistic, Table, Tabs, Typography } from "antd";
import { Suspense, lazy, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { CAMPAIGN_KIND_LABELS } from "../../../../shared/care";
import type { CampaignTarget, CoverageRow, VisitListItem } from "../../../../shared/contracts/assistance.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { ExportButton } from "../../../components/ExportButton";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { campaignExportPath, findVisits, getCampaign, getCoverage, removeTarget } from "../api";
import { EMPTY, formatShare } from "../assistance-display";
import { CampaignFormModal } from "../components/CampaignFormModal";
import { VisitKindTag } from "../components/KindTags";
import { ReasonModal } from "../components/ReasonModal";
import { TargetModal } from "../components/TargetModals";
import { TargetsTable } from "../components/TargetsTable";
import { VisitFormModal } from "../components/VisitFormModal";
import { formatFenAsYuan, yuanLabel } from "../money";

// ECharts is the heaviest part of the page: the figures and tables show while it loads.
const CoverageChart = lazy(async () => ({ default: (await import("../components/CoverageChart")).CoverageChart }));

type Modal =
  | { kind: "edit" }
  | { kind: "prefill" }
  | { kind: "add" }
  | { kind: "editTarget"; target: CampaignTarget }
  | { kind: "remove"; target: CampaignTarget }
  | { kind: "visit"; target: CampaignTarget };

/** One campaign: its window and totals in yuan, coverage per organization (chart + table, drill-down), targets, who is not visited, its visits. */
export function CampaignPage() {
  const { id = "" } = useParams();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgId = params.get("orgId") ?? undefined;
  const tab = params.get("tab") ?? "notVisited";
  const [version, setVersion] = useState(0);
  const [modal, setModal] = useState<Modal>();
  const [visitPaging, setVisitPaging] = useState({ page: 1, pageSize: 20 });
  const campaignQuery = useApiQuery((signal) => getCampaign(id, signal), [id, version]);
  const coverageQuery = useApiQuery((signal) => getCoverage(id, orgId, signal), [id, orgId, version]);
  const visitsQuery = useApiQuery((signal) => findVisits({ campaignId: id, orgId, ...visitPaging }, signal), [id, orgId, visitPaging.page, visitPaging.pageSize, version]);
  const campaign = campaignQuery.data;
  const coverage = coverageQuery.data;
  const changed = (text?: string) => {
    if (text) message.success(text);
    setModal(undefined);
    setVersion((v) => v + 1);
  };
  const setView = (change: { orgId?: string | null; tab?: string }) => {
    const next = new URLSearchParams(params);
    if (change.orgId !== undefined) change.orgId ? next.set("orgId", change.orgId) : next.delete("orgId");
    if (change.tab) next.set("tab", change.tab);
    setParams(next);
  };

  if (campaignQuery.error?.status === 404) return <Result status="404" title="走访慰问计划不存在或无权访问" extra={<Link to="/care/assistance/campaigns">返回计划列表</Link>} />;
  if (campaignQuery.error) return <Alert type="error" showIcon title={campaignQuery.error.message} />;
  if (!campaign) return <Skeleton active />;
  const canPlan = campaign.canAddTargets;
  const canExport = !!user && can(user, "care.export");
  const total = coverage?.total;

  const coverageColumns = [
    {
      title: "党组织",
      key: "org",
      render: (_: unknown, r: CoverageRow) =>
        r.hasChildren ? <Typography.Link onClick={() => setView({ orgId: r.orgId })}>{r.orgName}</Typography.Link> : r.isSelf ? `${r.orgName}（本级）` : r.orgName,
    },
    { title: "走访对象", dataIndex: "targets", width: 90, align: "right" as const },
    { title: "已走访", dataIndex: "visited", width: 80, align: "right" as const },
    {
      title: "未走访",
      key: "notVisited",
      width: 80,
      align: "right" as const,
      render: (_: unknown, r: CoverageRow) => (r.targets > r.visited ? <Typography.Link onClick={() => setView({ orgId: r.isSelf ? orgId ?? null : r.orgId, tab: "notVisited" })}>{r.targets - r.visited}</Typography.Link> : 0),
    },
    { title: "逾期未走访", dataIndex: "overdue", width: 100, align: "right" as const, render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
    { title: "覆盖率", dataIndex: "share", width: 90, align: "right" as const, render: formatShare },
  ];
  const visitColumns = [
    { title: "走访日期", dataIndex: "visitedOn", width: 110, render: (d: string, v: VisitListItem) => <Link to={`/care/assistance/visits/${v.id}`}>{d}</Link> },
    { title: "走访对象", dataIndex: "personName", width: 110 },
    { title: "所在组织", dataIndex: "orgName", width: 190, ellipsis: true },
    { title: "走访人", dataIndex: "visitors", render: (v: string[]) => v.join("、") },
    { title: "方式", dataIndex: "kind", width: 100, render: (k: VisitListItem["kind"]) => <VisitKindTag kind={k} /> },
    { title: "金额", dataIndex: "amountFen", width: 120, align: "right" as const, render: yuanLabel },
  ];
  const targetActions = canPlan
    ? { onVisit: (t: CampaignTarget) => setModal({ kind: "visit", target: t }), onEdit: (t: CampaignTarget) => setModal({ kind: "editTarget", target: t }), onRemove: (t: CampaignTarget) => setModal({ kind: "remove", target: t }) }
    : {};

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={8}>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate("/care/assistance/campaigns")} aria-label="返回" />
            {campaign.title}
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {campaign.canEdit && <Button onClick={() => setModal({ kind: "edit" })}>修改计划</Button>}
            {canExport && <ExportButton path={campaignExportPath(campaign.id)} query={{ orgId }} fallbackName={`走访慰问_${campaign.title}.xlsx`} />}
          </Flex>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="制定组织">{campaign.orgName}</Descriptions.Item>
          <Descriptions.Item label="类别">{CAMPAIGN_KIND_LABELS[campaign.kind]}</Descriptions.Item>
          <Descriptions.Item label="期间">{`${campaign.startsOn} 至 ${campaign.dueOn}`}</Descriptions.Item>
          <Descriptions.Item label="工作要求" span={3}>{campaign.notes || EMPTY}</Descriptions.Item>
        </Descriptions>
        <Row gutter={[12, 12]}>
          {[
            { title: "走访对象", value: total?.targets ?? 0, suffix: "人" },
            { title: "已走访", value: total?.visited ?? 0, suffix: "人" },
            { title: "覆盖率", value: total ? formatShare(total.share) : "—" },
            { title: "逾期未走访", value: total?.overdue ?? 0, suffix: "人", danger: (total?.overdue ?? 0) > 0 },
            { title: "慰问金（按计划登记）", value: formatFenAsYuan(campaign.totals.moneyFen), suffix: "元" },
            { title: "慰问品价值", value: formatFenAsYuan(campaign.totals.goodsFen), suffix: "元" },
          ].map((s) => (
            <Col key={s.title} xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={s.title} value={s.value} suffix={s.suffix} styles={{ content: { color: s.danger ? "#cf1322" : undefined } }} />
              </Card>
            </Col>
          ))}
        </Row>
      </Card>

      <Card
        size="small"
        title={`走访覆盖情况 · ${coverage?.org.name ?? ""}`}
        extra={orgId && <Button size="small" onClick={() => setView({ orgId: null })}>返回计划范围</Button>}
      >
        {coverageQuery.error && <Alert type="error" showIcon title={coverageQuery.error.message} />}
        {coverage && coverage.rows.length === 0 && <Typography.Text type="secondary">尚无走访对象，请先“一键生成走访对象”。</Typography.Text>}
        {coverage && coverage.rows.length > 0 && (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Suspense fallback={<Skeleton active />}>
                <CoverageChart title="各组织走访覆盖（点击下级组织查看明细）" rows={coverage.rows} onDrill={(r) => setView({ orgId: r.orgId })} />
              </Suspense>
            </Col>
            <Col xs={24} xl={12}>
              <Table<CoverageRow> rowKey="orgId" size="small" pagination={false} dataSource={coverage.rows} columns={coverageColumns} scroll={{ x: 560 }} />
            </Col>
          </Row>
        )}
      </Card>

      <Card size="small" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setView({ tab: key })}
          tabBarExtraContent={
            canPlan && (
              <Flex gap={8}>
                <Button icon={<ThunderboltOutlined />} onClick={() => setModal({ kind: "prefill" })}>
                  一键生成走访对象
                </Button>
                <Button icon={<PlusOutlined />} onClick={() => setModal({ kind: "add" })}>
                  增加走访对象
                </Button>
              </Flex>
            )
          }
          items={[
            { key: "notVisited", label: `未走访（${total ? total.targets - total.visited : 0}）`, children: <TargetsTable campaign={campaign} orgId={orgId} visited={false} version={version} {...targetActions} /> },
            { key: "targets", label: `全部走访对象（${total?.targets ?? 0}）`, children: <TargetsTable campaign={campaign} orgId={orgId} version={version} {...targetActions} /> },
            {
              key: "visits",
              label: `按计划登记的走访（${visitsQuery.data?.total ?? 0}）`,
              children: (
                <PagedTable<VisitListItem> columns={visitColumns} data={visitsQuery.data} loading={visitsQuery.isLoading} page={visitPaging.page} pageSize={visitPaging.pageSize} onPage={(page, pageSize) => setVisitPaging({ page, pageSize })} unit="次走访" />
              ),
            },
          ]}
        />
      </Card>

      {modal?.kind === "edit" && <CampaignFormModal campaign={campaign} orgId={campaign.orgId} onClose={() => setModal(undefined)} onSaved={() => changed()} />}
      {(modal?.kind === "prefill" || modal?.kind === "add" || modal?.kind === "editTarget") && (
        <TargetModal
          campaign={campaign}
          mode={modal.kind === "prefill" ? { kind: "prefill", orgId: coverage?.org.id ?? campaign.orgId, orgName: coverage?.org.name ?? campaign.orgName } : modal.kind === "add" ? { kind: "add" } : { kind: "edit", target: modal.target }}
          onClose={() => setModal(undefined)}
          onDone={changed}
        />
      )}
      {modal?.kind === "remove" && (
        <ReasonModal
          title={`移出走访对象 · ${modal.target.name}`}
          reasonLabel="移出原因"
          okText="移出"
          onSubmit={({ reason }) => removeTarget(campaign.id, modal.target.id, reason)}
          onClose={() => setModal(undefined)}
          onDone={() => changed()}
        />
      )}
      {modal?.kind === "visit" && (
        <VisitFormModal
          person={{ key: modal.target.recipientId ? `recipient:${modal.target.recipientId}` : `member:${modal.target.memberId}`, name: modal.target.name }}
          campaignId={campaign.id}
          onClose={() => setModal(undefined)}
          onSaved={() => changed()}
        />
      )}
    </Flex>
  );
}
