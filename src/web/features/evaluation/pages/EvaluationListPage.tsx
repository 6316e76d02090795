import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Select, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import type { EvaluationCampaignDetail, EvaluationCampaignListItem } from "../../../../shared/contracts/evaluation.contract";
import type { EvaluationPhase } from "../../../../shared/org-life";
import { useAuth } from "../../../app/auth-context";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findCampaigns } from "../api";
import { CreateCampaignModal } from "../components/CreateCampaignModal";
import { GradeBar } from "../components/GradeBar";
import { PhaseTag } from "../components/PhaseTag";
import { PHASE_OPTIONS } from "../evaluation-options";

const columns: TableColumnsType<EvaluationCampaignListItem> = [
  { title: "年度", dataIndex: "year", width: 70 },
  { title: "党组织", dataIndex: "orgName", width: 150 },
  { title: "评议", dataIndex: "title", render: (title: string, row) => <Link to={`/org-life/evaluations/${row.id}`}>{title}</Link> },
  { title: "阶段", dataIndex: "phase", width: 120, render: (phase: EvaluationPhase) => <PhaseTag phase={phase} /> },
  { title: "参加 / 评定等次", key: "people", width: 110, render: (_, row) => `${row.participants} / ${row.graded} 人` },
  { title: "已交党性分析", dataIndex: "submitted", width: 100, render: (n: number, row) => `${n} / ${row.participants}` },
  { title: "评定结果", dataIndex: "results", width: 250, render: (results: EvaluationCampaignListItem["results"]) => <GradeBar counts={results} /> },
  {
    title: "公示 / 上报",
    key: "dates",
    width: 130,
    render: (_, row) => (
      <>
        <div>公示 {row.publishedOn ?? "—"}</div>
        <div>上报 {row.reportedOn ?? "—"}</div>
      </>
    ),
  },
];

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
const numberOf = (value: string | null, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/** 民主评议: the branch's campaigns, or a committee's view over its branches with their phase and results. */
export function EvaluationListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [isCreating, setIsCreating] = useState(false);
  const filters = {
    orgId: params.get("orgId") ?? undefined,
    year: params.get("year") ? numberOf(params.get("year"), 0) : undefined,
    phase: (params.get("phase") as EvaluationPhase | null) ?? undefined,
    page: numberOf(params.get("page"), 1),
    pageSize: numberOf(params.get("pageSize"), 20),
  };
  const query = useApiQuery((signal) => findCampaigns(filters, signal), [params.toString()]);

  if (user?.role === "member") return <Navigate to="/org-life/evaluations/mine" replace />;

  const setFilter = (change: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...change, page: change.page ?? 1 })) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next);
  };
  const handleCreated = (campaign: EvaluationCampaignDetail) => {
    setIsCreating(false);
    navigate(`/org-life/evaluations/${campaign.id}`);
  };

  return (
    <Card
      title="民主评议党员"
      extra={
        query.data?.abilities.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            新建年度评议
          </Button>
        )
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <div style={{ width: 280 }}>
          <OrgTreeSelect value={filters.orgId} onChange={(orgId) => setFilter({ orgId })} placeholder="全部党组织" />
        </div>
        <Select
          allowClear
          placeholder="全部年度"
          style={{ width: 140 }}
          value={filters.year}
          options={YEARS.map((y) => ({ value: y, label: `${y} 年度` }))}
          onChange={(year?: number) => setFilter({ year })}
        />
        <Select allowClear placeholder="全部阶段" style={{ width: 200 }} value={filters.phase} options={PHASE_OPTIONS} onChange={(phase?: string) => setFilter({ phase })} />
        <Button onClick={() => setParams(new URLSearchParams())}>重置</Button>
        <Link to="/org-life/evaluations/mine" style={{ marginLeft: "auto", alignSelf: "center" }}>
          我的评议
        </Link>
      </Flex>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<EvaluationCampaignListItem>
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        page={filters.page}
        pageSize={filters.pageSize}
        onPage={(page, pageSize) => setFilter({ ...filters, page, pageSize })}
        unit="项"
      />
      {isCreating && <CreateCampaignModal onClose={() => setIsCreating(false)} onCreated={handleCreated} />}
    </Card>
  );
}
