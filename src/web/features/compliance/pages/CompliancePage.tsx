import { Alert, Card, Empty, Flex, Result, Select, Skeleton, Tabs, Typography } from "antd";
import dayjs from "dayjs";
import { Suspense, lazy, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from "../../../../shared/org-life";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { findRootOrgs, getMatrix } from "../api";
import { type ComplianceChoice, readChoice, writeChoice, yearOptions } from "../compliance-params";
import { AttendanceRatesTable } from "../components/AttendanceRatesTable";
import { ComplianceExportButton } from "../components/ComplianceExportButton";
import { ComplianceMatrixTable, StatusLegend } from "../components/ComplianceMatrixTable";
import { NoLifeTable } from "../components/NoLifeTable";

// ECharts is the heaviest part of the page: the matrix shows while it loads.
const ComplianceCharts = lazy(async () => ({ default: (await import("../components/ComplianceCharts")).ComplianceCharts }));

const TYPE_OPTIONS = MEETING_TYPES.filter((type) => type !== "study_session").map((type) => ({ value: type, label: MEETING_TYPE_LABELS[type] }));

/** The matrix of one choice, its own page; a new choice starts again at page 1 (the component is keyed by it). */
function MatrixSection({ choice, orgId }: { choice: ComplianceChoice; orgId: string }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useApiQuery(
    (signal) => getMatrix({ orgId, year: choice.year, type: choice.type, ...paging }, signal),
    [orgId, choice.year, choice.type, paging.page, paging.pageSize],
  );
  const matrix = query.data;
  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;
  return (
    <Flex vertical gap={16}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!matrix && !query.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {matrix && (
        <>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <ComplianceCharts summary={matrix.summary} />
          </Suspense>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            <Tabs
              items={[
                {
                  key: "matrix",
                  label: `落实情况（${matrix.summary.orgs} 个组织）`,
                  children: (
                    <Flex vertical gap={8}>
                      <Flex justify="space-between" wrap gap={8}>
                        <StatusLegend />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          截至 {matrix.today}；年内成立的组织{matrix.partialPeriodOwed ? "自成立当期起" : "自成立后第一个完整期间起"}计算，撤销的组织计算至撤销前
                        </Typography.Text>
                      </Flex>
                      <ComplianceMatrixTable matrix={matrix} isLoading={query.isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
                    </Flex>
                  ),
                },
                { key: "attendance", label: "党员出勤率", children: <AttendanceRatesTable orgId={orgId} year={choice.year} /> },
                { key: "no-life", label: "未参加组织生活", children: <NoLifeTable orgId={orgId} /> },
              ]}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}

/** 组织生活落实情况: what a higher committee looks at — the matrix of a subtree, the charts, attendance and members without organizational life. */
export function CompliancePage() {
  const thisYear = dayjs().year();
  const [searchParams, setSearchParams] = useSearchParams();
  const choice = readChoice(searchParams, thisYear);
  const roots = useApiQuery((signal) => findRootOrgs(signal), []);
  const orgId = choice.orgId ?? roots.data?.[0]?.id;
  const setChoice = (change: Partial<ComplianceChoice>) => setSearchParams(writeChoice({ ...choice, orgId, ...change }));

  if (roots.error?.status === 403) return <Result status="403" title="无权访问" subTitle={roots.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card
        title="组织生活落实情况"
        extra={
          <Flex gap={12} align="center">
            {orgId && <Link to={`/org-life/plans?orgId=${orgId}&year=${choice.year}`}>年度计划</Link>}
            {orgId && <ComplianceExportButton orgId={orgId} year={choice.year} type={choice.type} />}
          </Flex>
        }
      >
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>统计范围</span>
            <div style={{ width: 340, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId} valueLabel={roots.data?.find((o) => o.id === orgId)?.name} onChange={(next) => setChoice({ orgId: next })} />
            </div>
            <span>年度</span>
            <Select aria-label="年度" value={choice.year} options={yearOptions(thisYear)} onChange={(year) => setChoice({ year })} style={{ width: 110 }} />
            <span>会议类型</span>
            <Select<MeetingType>
              aria-label="会议类型"
              value={choice.type}
              options={TYPE_OPTIONS}
              allowClear
              placeholder="全部类型"
              onChange={(type) => setChoice({ type })}
              style={{ width: 160 }}
            />
          </Flex>
          <Typography.Text type="secondary">
            所选组织及其全部下级组织按《中国共产党支部工作条例（试行）》规定频次开展“三会一课”、主题党日、组织生活会和谈心谈话的情况；只计已签发的会议记录。
          </Typography.Text>
        </Flex>
      </Card>
      {!orgId && !roots.isLoading && (
        <Card>
          <Empty description="请选择组织" />
        </Card>
      )}
      {orgId && <MatrixSection key={`${orgId}|${choice.year}|${choice.type ?? ""}`} choice={choice} orgId={orgId} />}
    </Flex>
  );
}
