import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Flex, Form, Input, Select, Tag, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { VisitKind } from "../../../../shared/care";
import type { VisitListItem } from "../../../../shared/contracts/assistance.contract";
import { chinaToday } from "../../../../shared/dates";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { FilterForm, OrgFilterField, useFilterForm } from "../../../components/FilterBar";
import { PagedTable } from "../../../components/PagedTable";
import type { ListView } from "../../../lib/list-view";
import { useApiQuery } from "../../../lib/use-api-query";
import { findCampaignsOfYear, findVisits, getVisitTotals } from "../api";
import { EMPTY, visitKindOptions } from "../assistance-display";
import { visitView } from "../assistance-filters";
import { VisitKindTag } from "../components/KindTags";
import { VisitFormModal } from "../components/VisitFormModal";
import { YearTotalsCards } from "../components/YearTotalsCards";
import { yuanLabel } from "../money";

type Filters = typeof visitView.defaultView.filters;

/** 走访记录: the visits in reach, the latest first, with the year's totals in yuan (from exact fen). */
export function VisitListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => visitView.parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<ListView<Filters>>) => setSearchParams(visitView.toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const year = view.filters.year ?? thisYear;
  const params = visitView.toFindParams({ ...view, filters: { ...view.filters, year } });
  const query = useApiQuery((signal) => findVisits(params, signal), [JSON.stringify(params)]);
  const totals = useApiQuery((signal) => getVisitTotals({ year, orgId: view.filters.orgId }, signal), [year, view.filters.orgId]);
  const campaigns = useApiQuery((signal) => findCampaignsOfYear(year, signal), [year]);
  const empty = { year, orgId: undefined, kind: undefined, campaignId: undefined, q: undefined };
  const form = useFilterForm({ ...empty, ...view.filters });
  const [isRecording, setIsRecording] = useState(false);
  const person = view.filters.memberId ?? view.filters.recipientId;

  const columns = [
    { title: "走访日期", dataIndex: "visitedOn", width: 110, render: (d: string, v: VisitListItem) => <Link to={`/care/assistance/visits/${v.id}`}>{d}</Link> },
    { title: "走访对象", dataIndex: "personName", width: 110 },
    { title: "所在组织", dataIndex: "orgName", width: 190, ellipsis: true },
    { title: "走访人", dataIndex: "visitors", width: 170, ellipsis: true, render: (v: string[]) => v.join("、") },
    { title: "方式", dataIndex: "kind", width: 100, render: (k: VisitKind) => <VisitKindTag kind={k} /> },
    { title: "金额", dataIndex: "amountFen", width: 120, align: "right" as const, render: (fen: number | null) => yuanLabel(fen) },
    { title: "走访慰问计划", dataIndex: "campaignTitle", width: 190, ellipsis: true, render: (t: string | null, v: VisitListItem) => (t ? <Link to={`/care/assistance/campaigns/${v.campaignId}`}>{t}</Link> : EMPTY) },
    { title: "记录人", dataIndex: "recordedByName", width: 110, render: (n: string | null) => n ?? EMPTY },
  ];

  return (
    <>
      <YearTotalsCards totals={totals.data} />
      <FilterForm
        form={form}
        name="care-visit-filters"
        initialValues={{ ...empty, ...view.filters }}
        onFinish={(values) => setView({ filters: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "")) as Filters, page: 1 })}
        textFields={["q"]}
        labelWidth={72}
      >
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="年度" name="year">
            <Select options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y} 年` }))} />
          </Form.Item>
        </Col>
        <OrgFilterField col={{ xs: 24, md: 9, xl: 6 }} />
        <Col xs={12} md={9} xl={4}>
          <Form.Item label="方式" name="kind">
            <Select allowClear placeholder="全部" options={visitKindOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item label="计划" name="campaignId">
            <Select allowClear placeholder="全部" options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item label="走访对象" name="q">
            <Input allowClear placeholder="姓名，回车查询" maxLength={30} onPressEnter={() => form.submit()} />
          </Form.Item>
        </Col>
      </FilterForm>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} gap={8} wrap>
        <Typography.Text type="secondary">
          {person && (
            <Tag closable onClose={() => setView({ filters: { ...view.filters, memberId: undefined, recipientId: undefined }, page: 1 })}>
              仅一名走访对象
            </Tag>
          )}
          金额以元显示，按分精确记录和合计；走访情况正文只在详情中显示。
        </Typography.Text>
        {user && can(user, "care.record") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>
            记录走访
          </Button>
        )}
      </Flex>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      <PagedTable<VisitListItem>
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="次走访"
      />
      {isRecording && <VisitFormModal onClose={() => setIsRecording(false)} onSaved={(v) => navigate(`/care/assistance/visits/${v.id}`)} />}
    </>
  );
}
