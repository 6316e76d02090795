import { Alert, Card, Empty, Flex, Result, Skeleton, Spin, Typography } from "antd";
import { Suspense, lazy, useState } from "react";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { getStructureStats } from "../api";
import { StructureTable } from "../components/StructureTable";
import { SummaryCards } from "../components/SummaryCards";

// ECharts is the heaviest part of the page: the cards and the table show while it loads.
const StructureCharts = lazy(async () => ({ default: (await import("../components/StructureCharts")).StructureCharts }));

/** 统计: structure of the active roster of the chosen subtree (default: the top of the caller's scope). */
export function StatisticsPage() {
  const [orgId, setOrgId] = useState<string>();
  const query = useApiQuery((signal) => getStructureStats(orgId, signal), [orgId]);
  const stats = query.data;

  // A member's role may not see the roster's figures: no picker to offer, just the reason.
  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card title="党员队伍结构统计">
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>统计范围</span>
            <div style={{ width: 360, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId ?? stats?.org.id} valueLabel={stats?.org.name} onChange={setOrgId} placeholder="选择组织（含全部下级）" />
            </div>
          </Flex>
          <Typography.Text type="secondary">
            {stats
              ? `${stats.org.name}及其全部下级组织的在册党员（不含转出中、已转出、停止党籍等），年龄与党龄计至 ${stats.asOf}；党龄自转正之日起计算。`
              : "统计所选组织及其全部下级组织的在册党员。"}
          </Typography.Text>
        </Flex>
      </Card>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!stats && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {stats && (
        // Another organization's figures are loading: keep the old ones visible, dimmed.
        <Spin spinning={query.isLoading} description="正在统计…">
          <Flex vertical gap={16}>
            <SummaryCards stats={stats} />
            {stats.total === 0 ? (
              <Card>
                <Empty description="该组织及其下级暂无在册党员" />
              </Card>
            ) : (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
                <StructureCharts stats={stats} />
              </Suspense>
            )}
            <Card title="分类统计表" size="small">
              <StructureTable stats={stats} />
            </Card>
          </Flex>
        </Spin>
      )}
    </Flex>
  );
}
