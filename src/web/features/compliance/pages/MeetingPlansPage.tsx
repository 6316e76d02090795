import { ThunderboltOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Collapse, Empty, Flex, Result, Select, Skeleton, Space, Spin, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { PlanItem } from "../../../../shared/contracts/compliance.contract";
import { ORG_KIND_LABELS } from "../../../../shared/domain";
import { PERIOD_UNIT_LABELS } from "../../../../shared/org-life";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { getErrorMessage } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { findRootOrgs, getMeetingPlan, prefillMeetingPlan } from "../api";
import { compliancePageLink } from "../compliance-links";
import { MEETING_TYPE_COLORS, meetingTypeLabel } from "../compliance-display";
import { yearOptions } from "../compliance-params";
import { CancelPlanItemModal } from "../components/CancelPlanItemModal";
import { PlanItemModal } from "../components/PlanItemModal";
import { PlanMonthGrid } from "../components/PlanMonthGrid";

/** 组织生活年度计划: an organization's plan of meetings for a year, month by month, pre-filled from the required frequencies. */
export function MeetingPlansPage() {
  const { message } = App.useApp();
  const today = dayjs();
  const thisYear = today.year();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get("year")) || thisYear;
  const roots = useApiQuery((signal) => findRootOrgs(signal), []);
  const orgId = searchParams.get("orgId") || roots.data?.[0]?.id;
  const query = useApiQuery(async (signal) => (orgId ? getMeetingPlan(orgId, year, signal) : undefined), [orgId, year]);
  const plan = query.data && query.data.org.id === orgId && query.data.year === year ? query.data : undefined;
  const [editing, setEditing] = useState<PlanItem>();
  const [cancelling, setCancelling] = useState<PlanItem>();
  const [isFilling, setIsFilling] = useState(false);

  const setChoice = (change: { orgId?: string; year?: number }) => {
    const next = { orgId, year, ...change };
    setSearchParams({ ...(next.orgId ? { orgId: next.orgId } : {}), year: String(next.year) });
  };

  const handlePrefill = async () => {
    if (!orgId) return;
    setIsFilling(true);
    try {
      const result = await prefillMeetingPlan(orgId, year);
      message.success(result.added > 0 ? `已按规定频次补充 ${result.added} 项计划` : "计划已满足规定频次，无需补充");
      query.reload();
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsFilling(false);
    }
  };

  const afterChange = () => {
    setEditing(undefined);
    setCancelling(undefined);
    query.reload();
  };

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Flex vertical gap={16}>
      <Card
        title="组织生活年度计划"
        extra={orgId && <Link to={compliancePageLink(orgId, year)}>查看落实情况</Link>}
      >
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>组织</span>
            <div style={{ width: 360, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId} valueLabel={plan?.org.name ?? roots.data?.find((o) => o.id === orgId)?.name} onChange={(next) => setChoice({ orgId: next })} />
            </div>
            <span>年度</span>
            <Select aria-label="年度" value={year} options={yearOptions(thisYear)} onChange={(next) => setChoice({ year: next })} style={{ width: 110 }} />
            {plan?.canPlan && (
              <Button type="primary" icon={<ThunderboltOutlined />} loading={isFilling} onClick={handlePrefill}>
                按规定频次生成计划
              </Button>
            )}
          </Flex>
          <Typography.Text type="secondary">
            按《中国共产党支部工作条例（试行）》规定的频次（“三会一课”、主题党日、组织生活会、谈心谈话）生成本年度尚未结束的各期间缺少的计划事项；重复生成不会重复添加。
          </Typography.Text>
        </Flex>
      </Card>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!orgId && !roots.isLoading && (
        <Card>
          <Empty description="请选择组织查看年度计划" />
        </Card>
      )}
      {orgId && !plan && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {plan && (
        <Spin spinning={query.isLoading}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Flex wrap gap={32} align="center">
                <Statistic title="计划中" value={plan.counts.planned} />
                <Statistic title="已召开" value={plan.counts.held} />
                <Statistic title="已取消" value={plan.counts.cancelled} />
                <Flex vertical gap={4} style={{ flex: 1, minWidth: 280 }}>
                  <Typography.Text strong>
                    {plan.org.name}（{ORG_KIND_LABELS[plan.org.kind]}）应开展的组织生活
                  </Typography.Text>
                  {plan.requirements.length === 0 ? (
                    <Typography.Text type="secondary">该组织没有规定频次的组织生活。</Typography.Text>
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {plan.requirements.map((r) => (
                        <Tag key={r.rule} color={MEETING_TYPE_COLORS[r.type]}>
                          {meetingTypeLabel(r.type, plan.org.kind)} {PERIOD_UNIT_LABELS[r.unit]} {r.count} 次
                        </Tag>
                      ))}
                    </Space>
                  )}
                </Flex>
              </Flex>
              {plan.requirements.length > 0 && (
                <Collapse
                  ghost
                  size="small"
                  items={[
                    {
                      key: "rules",
                      label: "规定依据",
                      children: (
                        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                          {plan.requirements.map((r) => (
                            <li key={r.rule}>
                              <Typography.Text type="secondary">
                                {r.rule}：{r.article}
                              </Typography.Text>
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
              )}
            </Card>
            {plan.counts.planned + plan.counts.held + plan.counts.cancelled === 0 && (
              <Alert
                type="info"
                showIcon
                title={`${year}年度尚无计划事项`}
                description={plan.canPlan ? "点击“按规定频次生成计划”，按规定频次生成本年度尚未结束期间的计划，再逐项确定日期和主题。" : "由组织的工作人员制定。"}
              />
            )}
            <PlanMonthGrid plan={plan} currentMonth={year === thisYear ? today.month() + 1 : null} onEdit={setEditing} onCancel={setCancelling} />
          </Flex>
        </Spin>
      )}
      {editing && <PlanItemModal item={editing} onClose={() => setEditing(undefined)} onSaved={afterChange} />}
      {cancelling && <CancelPlanItemModal item={cancelling} onClose={() => setCancelling(undefined)} onSaved={afterChange} />}
    </Flex>
  );
}
