import { Alert, Card, Flex, Result, Select, Skeleton, Typography } from "antd";
import { Suspense, lazy } from "react";
import { useSearchParams } from "react-router";
import { chinaToday } from "../../../../shared/dates";
import { ExportButton } from "../../../components/ExportButton";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { getNeedFigures, NEED_FIGURES_EXPORT_PATH } from "../api";
import { NeedChildTable } from "../components/NeedChildTable";
import { NeedFigureCards } from "../components/NeedFigureCards";

// ECharts is the heaviest part of the page: the numbers and the table show while it loads.
const NeedFiguresCharts = lazy(async () => ({ default: (await import("../components/NeedFiguresCharts")).NeedFiguresCharts }));

const yearOptions = (thisYear: number) => Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年度` }));

/** 诉求统计: an organization's needs for a year, rolled up over its subtree — counts, times, rates, charts and each sub-organization. */
export function NeedFiguresPage() {
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || thisYear;
  const orgId = params.get("orgId") ?? undefined;
  const query = useApiQuery((signal) => getNeedFigures({ year, orgId }, signal), [year, orgId]);
  const figures = query.data;
  const setChoice = (change: { year?: number; orgId?: string | null }) => {
    const nextOrg = change.orgId === undefined ? orgId : (change.orgId ?? undefined);
    setParams({ year: String(change.year ?? year), ...(nextOrg ? { orgId: nextOrg } : {}) });
  };

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card title="党员诉求统计" extra={<ExportButton path={NEED_FIGURES_EXPORT_PATH} query={{ orgId, year }} fallbackName={`党员诉求统计_${year}.xlsx`} />}>
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>统计范围</span>
            <div style={{ width: 340, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId ?? figures?.org.id} valueLabel={figures?.org.name} placeholder="本级及全部下级组织" onChange={(next) => setChoice({ orgId: next ?? null })} />
            </div>
            <span>年度</span>
            <Select aria-label="年度" value={year} options={yearOptions(thisYear)} onChange={(next) => setChoice({ year: next })} style={{ width: 120 }} />
          </Flex>
          <Typography.Text type="secondary">
            所选组织及其全部下级组织本年度提出的诉求（含仅限书记和上级党委查看的诉求，只计入数字）。受理和办结用时从提出诉求时起按自然日计，取中位数和 90% 分位数；超期为当前仍未受理或未办结且已过时限的件数。
          </Typography.Text>
        </Flex>
      </Card>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!figures && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {figures && (
        <>
          <NeedFigureCards totals={figures.totals} />
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <NeedFiguresCharts figures={figures} />
          </Suspense>
          <Card title={`下级组织（${figures.children.length}）`} extra={<Typography.Text type="secondary">各组织含其全部下级；用时为中位数 / 90% 分位</Typography.Text>} size="small">
            <NeedChildTable figures={figures} />
          </Card>
        </>
      )}
    </Flex>
  );
}
