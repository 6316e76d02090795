import { Alert, Card, Flex, Result, Segmented, Skeleton, Spin, Typography } from "antd";
import { Suspense, lazy, useState } from "react";
import { Link, useNavigate } from "react-router";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { findDueSteps, getPipeline } from "../api";
import { DueStepTable } from "../components/DueStepTable";
import { PipelineTiles, rosterLink } from "../components/PipelineTiles";

// ECharts is the heaviest part of the page: the tiles and the due list show while it loads.
const PipelineCharts = lazy(async () => ({ default: (await import("../components/PipelineCharts")).PipelineCharts }));

const DAY_OPTIONS = [
  { value: 30, label: "30天内" },
  { value: 60, label: "60天内" },
  { value: 90, label: "90天内" },
];

/** The due list of the workbench: its own window and page, reset when the organization changes. */
function DueStepsCard({ orgId }: { orgId: string | undefined }) {
  const [days, setDays] = useState(30);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useApiQuery((signal) => findDueSteps({ orgId, days, ...paging }, signal), [orgId, days, paging.page, paging.pageSize]);

  const handleDaysChange = (next: number) => {
    setDays(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <Card
      title="到期与逾期的步骤"
      size="small"
      extra={<Segmented<number> size="small" options={DAY_OPTIONS} value={days} onChange={handleDaysChange} />}
    >
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      <DueStepTable page={query.data} isLoading={query.isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
    </Card>
  );
}

/** 发展党员工作台: cases by stage, the reminders, and the steps coming due in the chosen subtree. */
export function PipelinePage() {
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<string>();
  const query = useApiQuery((signal) => getPipeline(orgId, signal), [orgId]);
  const pipeline = query.data;

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card title="发展党员工作台" extra={<Link to="/development">人员名册</Link>}>
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>统计范围</span>
            <div style={{ width: 360, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId} onChange={setOrgId} placeholder="全部（含全部下级组织）" />
            </div>
          </Flex>
          <Typography.Text type="secondary">
            统计所选组织及其全部下级组织中正在进行的发展党员工作；期限按各步骤登记日期和所适用的规则版本计算。
          </Typography.Text>
        </Flex>
      </Card>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!pipeline && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {pipeline && (
        <Spin spinning={query.isLoading} description="正在统计…">
          <Flex vertical gap={16}>
            <PipelineTiles pipeline={pipeline} orgId={orgId} />
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <PipelineCharts pipeline={pipeline} onStageClick={(stage) => navigate(rosterLink({ stage }, orgId))} />
            </Suspense>
          </Flex>
        </Spin>
      )}
      <DueStepsCard key={orgId ?? "all"} orgId={orgId} />
    </Flex>
  );
}
