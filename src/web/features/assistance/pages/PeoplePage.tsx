import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Flex, Form, Input, Segmented, Select, Switch, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { CarePerson } from "../../../../shared/contracts/assistance.contract";
import { chinaToday } from "../../../../shared/dates";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { FilterForm, OrgFilterField, useFilterForm } from "../../../components/FilterBar";
import { PagedTable } from "../../../components/PagedTable";
import type { ListView } from "../../../lib/list-view";
import { useApiQuery } from "../../../lib/use-api-query";
import { findPeople, getVisitTotals } from "../api";
import { EMPTY, kindOptions, lastVisitLabel, visitsFilterOf } from "../assistance-display";
import { peopleView } from "../assistance-filters";
import { KindTags } from "../components/KindTags";
import { RecipientFormModal } from "../components/RecipientFormModal";
import { VisitFormModal } from "../components/VisitFormModal";
import { YearTotalsCards } from "../components/YearTotalsCards";

type Filters = typeof peopleView.defaultView.filters;
const EMPTY_FILTERS = { kind: undefined, orgId: undefined, q: undefined, notVisitedThisYear: undefined };

/** 帮扶对象: struggling and senior members from the roster and the people recorded, with last visit and this year's visits. */
export function PeoplePage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => peopleView.parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<ListView<Filters>>) => setSearchParams(peopleView.toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const params = peopleView.toFindParams(view);
  const query = useApiQuery((signal) => findPeople(params, signal), [JSON.stringify(params)]);
  const today = chinaToday(new Date());
  const year = Number(today.slice(0, 4));
  const totals = useApiQuery((signal) => getVisitTotals({ year, orgId: view.filters.orgId }, signal), [year, view.filters.orgId]);
  const form = useFilterForm({ ...EMPTY_FILTERS, ...view.filters });
  const [modal, setModal] = useState<{ kind: "recipient" } | { kind: "visit"; person?: CarePerson }>();
  const canRecord = !!user && can(user, "care.record");
  const isEnded = view.filters.status === "ended";

  const detailLink = (p: CarePerson) => {
    const id = p.recipientId ?? p.recipients[0]?.id;
    return id ? <Link to={`/care/assistance/recipients/${id}`}>{p.name}</Link> : p.memberId ? <Link to={`/members/${p.memberId}`}>{p.name}</Link> : p.name;
  };
  const columns = [
    { title: "姓名", key: "name", width: 110, render: (_: unknown, p: CarePerson) => detailLink(p) },
    { title: "类别", key: "kinds", width: 200, render: (_: unknown, p: CarePerson) => <KindTags kinds={p.kinds} /> },
    { title: "所在组织", dataIndex: "orgName", width: 200, ellipsis: true },
    { title: "年龄 / 关系", key: "age", width: 160, ellipsis: true, render: (_: unknown, p: CarePerson) => (p.age !== null ? `${p.age} 岁` : (p.relation ?? EMPTY)) },
    { title: "最近走访", dataIndex: "lastVisitOn", width: 190, render: (d: string | null) => (d ? lastVisitLabel(d, today) : <Typography.Text type="warning">从未走访</Typography.Text>) },
    {
      title: "本年走访",
      dataIndex: "visitsThisYear",
      width: 100,
      render: (n: number, p: CarePerson) => (n > 0 ? <Link to={`/care/assistance/visits?${new URLSearchParams({ ...visitsFilterOf(p), year: String(year) })}`}>{n} 次</Link> : <Typography.Text type="danger">未走访</Typography.Text>),
    },
    ...(isEnded ? [{ title: "结束日期", dataIndex: "endedOn", width: 110 }] : []),
    ...(canRecord && !isEnded
      ? [{ title: "操作", key: "actions", width: 100, fixed: "right" as const, render: (_: unknown, p: CarePerson) => <Button size="small" onClick={() => setModal({ kind: "visit", person: p })}>记录走访</Button> }]
      : []),
  ];

  return (
    <>
      <YearTotalsCards totals={totals.data} />
      <FilterForm
        form={form}
        name="care-people-filters"
        initialValues={{ ...EMPTY_FILTERS, ...view.filters }}
        onFinish={(values) => setView({ filters: { ...(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "" && v !== false)) as Filters), status: view.filters.status }, page: 1 })}
        textFields={["q"]}
        labelWidth={72}
      >
        <Col xs={24} md={8} xl={6}>
          <Form.Item label="类别" name="kind">
            <Select allowClear placeholder="全部类别" options={kindOptions} />
          </Form.Item>
        </Col>
        <OrgFilterField col={{ xs: 24, md: 8, xl: 6 }} />
        <Col xs={24} md={8} xl={5}>
          <Form.Item label="姓名" name="q">
            <Input allowClear placeholder="回车查询" maxLength={30} onPressEnter={() => form.submit()} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item label="本年未走访" name="notVisitedThisYear" valuePropName="checked" labelCol={{ flex: "84px" }}>
            <Switch />
          </Form.Item>
        </Col>
      </FilterForm>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} wrap gap={8}>
        <Segmented
          options={[{ value: "active", label: "帮扶中" }, { value: "ended", label: "已结束帮扶" }]}
          value={view.filters.status ?? "active"}
          onChange={(v) => setView({ filters: { ...view.filters, status: v === "ended" ? "ended" : undefined }, page: 1 })}
        />
        <Typography.Text type="secondary" style={{ flex: 1, minWidth: 240 }}>困难党员、老党员（年满 70 岁或党龄满 50 年）由党员信息自动列出；长期患病党员、去世党员家属和困难群众须登记。列表只显示类别，困难情况在详情中查看（记入审计）。</Typography.Text>
        {canRecord && (
          <Flex gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => setModal({ kind: "recipient" })}>
              登记帮扶对象
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: "visit" })}>
              记录走访
            </Button>
          </Flex>
        )}
      </Flex>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      <PagedTable<CarePerson>
        rowKey="key"
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="人"
      />
      {modal?.kind === "recipient" && (
        <RecipientFormModal onClose={() => setModal(undefined)} onSaved={(r) => navigate(`/care/assistance/recipients/${r.id}`)} />
      )}
      {modal?.kind === "visit" && (
        <VisitFormModal
          person={modal.person ? { key: modal.person.key, name: modal.person.name } : undefined}
          onClose={() => setModal(undefined)}
          onSaved={(v) => navigate(`/care/assistance/visits/${v.id}`)}
        />
      )}
    </>
  );
}
