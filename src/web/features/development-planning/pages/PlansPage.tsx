import { Alert, Card, Col, Descriptions, Empty, Flex, Result, Row, Select, Skeleton, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { Suspense, lazy } from "react";
import { useSearchParams } from "react-router";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS } from "../../../../shared/development-steps";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { PLAN_ORG_KINDS, findRootOrgs, getPlanProgress } from "../api";
import { PlanForm } from "../components/PlanForm";
import { PlanProgressTable } from "../components/PlanProgressTable";
import { PlanTargetsTable } from "../components/PlanTargetsTable";

const PlanCharts = lazy(async () => ({ default: (await import("../components/PlanCharts")).PlanCharts }));

const isPlanOrg = (org: Org) => PLAN_ORG_KINDS.includes(org.kind);

function yearOptions(thisYear: number) {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((year) => ({ value: year, label: `${year}年` }));
}

/** The forecast of the year: how many open cases can reach each stage by their dates before it ends. */
function StageForecast({ forecast }: { forecast: PlanProgress["forecast"] }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={forecast.map((item) => ({ key: item.stage, label: DEVELOPMENT_STAGE_LABELS[item.stage], children: `${item.canReach} 人` }))}
    />
  );
}

/** The progress of a plan: per organization, in a chart, by structure target, and the forecast. */
function PlanProgressView({ progress, year }: { progress: PlanProgress; year: number }) {
  return (
    <Flex vertical gap={16}>
      <Card title={`${year}年度计划完成情况`} size="small">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          已发展：本年度经上级党委批准接收的预备党员；预计还可发展：按各步骤日期本年度内仍可接收为预备党员的人数。进度条红色为已发展，金色为预计还可发展。
        </Typography.Paragraph>
        <PlanProgressTable progress={progress} />
      </Card>
      {progress.rows.length > 0 && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <PlanCharts progress={progress} />
        </Suspense>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="结构指标完成情况" size="small">
            <PlanTargetsTable targets={progress.targets} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="本年度可达到各阶段的人数（预测）" size="small">
            <StageForecast forecast={progress.forecast} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

/** 年度发展计划: a committee's or general branch's plan for a year, the quotas it hands down, and how they stand. */
export function PlansPage() {
  const thisYear = dayjs().year();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get("year")) || thisYear;
  const roots = useApiQuery((signal) => findRootOrgs(signal), []);
  const orgId = searchParams.get("orgId") ?? roots.data?.find(isPlanOrg)?.id;
  // The answer carries the organization and year it is for, so a slow old answer never shows under a new choice.
  const query = useApiQuery(
    async (signal) => (orgId ? { orgId, year, progress: await getPlanProgress(orgId, year, signal) } : undefined),
    [orgId, year],
  );
  const current = query.data && query.data.orgId === orgId && query.data.year === year ? query.data.progress : undefined;

  const setChoice = (change: { orgId?: string; year?: number }) => {
    const next = { orgId, year, ...change };
    setSearchParams({ ...(next.orgId ? { orgId: next.orgId } : {}), year: String(next.year) });
  };

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card title="年度发展计划">
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>制定计划的组织</span>
            <div style={{ width: 360, maxWidth: "100%" }}>
              <OrgTreeSelect
                value={orgId}
                valueLabel={current?.plan?.orgName ?? roots.data?.find((org) => org.id === orgId)?.name}
                onChange={(next) => setChoice({ orgId: next })}
                isSelectable={isPlanOrg}
                placeholder="选择基层党委或党总支"
              />
            </div>
            <span>年度</span>
            <Select aria-label="年度" value={year} options={yearOptions(thisYear)} onChange={(next) => setChoice({ year: next })} style={{ width: 110 }} />
          </Flex>
          <Typography.Text type="secondary">
            基层党委、党总支按照“控制总量、优化结构、提高质量、发挥作用”的要求制定年度发展党员计划，向下级组织下达名额。
          </Typography.Text>
        </Flex>
      </Card>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!orgId && !roots.isLoading && (
        <Card>
          <Empty description="请选择基层党委或党总支查看年度发展计划" />
        </Card>
      )}
      {orgId && !current && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {orgId && current && (
        <Spin spinning={query.isLoading}>
          <Flex vertical gap={16}>
            {!current.plan && (
              <Alert
                type="info"
                showIcon
                title={`${year}年度发展计划尚未制定`}
                description={current.canManage ? "在下方填写结构指标和各组织名额后保存。" : "由基层党委或党总支的管理员制定。"}
              />
            )}
            {current.canManage && (
              <Card title={current.plan ? "调整计划" : "编制计划"} size="small">
                <PlanForm key={`${orgId}-${year}-${current.plan?.id ?? "new"}`} orgId={orgId} year={year} progress={current} onSaved={query.reload} />
              </Card>
            )}
            {(current.plan || current.rows.length > 0) && <PlanProgressView progress={current} year={year} />}
          </Flex>
        </Spin>
      )}
    </Flex>
  );
}
