import { Alert, Button, Card, Col, Empty, Flex, List, Result, Row, Select, Skeleton, Statistic, Table, Tabs, Tag, Typography } from "antd";
import { Suspense, lazy, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { chinaToday } from "../../../../shared/dates";
import type { BoardProject, RankingItem } from "../../../../shared/contracts/secretary-project-board.contract";
import { can } from "../../../../shared/permissions";
import { PROJECT_CATEGORY_LABELS, PROJECT_GRADE_LABELS } from "../../../../shared/secretary-projects";
import { useAuth } from "../../../app/auth-context";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { getProjectBoard, getProjectRanking } from "../api-evaluation";
import { ProjectExportButton } from "../components/ProjectExportButton";
import { ProjectStatusTag } from "../components/ProjectStatusTag";
import { SecretaryRecordDrawer } from "../components/SecretaryRecordDrawer";
import { EMPTY, RATING_COLORS, ratingLabel } from "../project-display";
import { GRADE_COLORS } from "../year-end";

// ECharts is the heaviest part of the page: the numbers and tables show while it loads.
const BoardCharts = lazy(async () => ({ default: (await import("../components/BoardCharts")).BoardCharts }));

const yearOptions = (thisYear: number) => [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: `${y} 年度` }));

type Secretary = { memberId: string; name: string };

function SecretaryLink({ memberId, name, onOpen }: Secretary & { onOpen: (s: Secretary) => void }) {
  return (
    <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={() => onOpen({ memberId, name })}>
      {name}
    </Button>
  );
}

/** 督查看板 ("抓书记"): a committee's secretaries' projects side by side — by status, rating and indicators, the ranking, each secretary's record. */
export function ProjectBoardPage() {
  const { user } = useAuth();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || thisYear;
  const orgId = params.get("orgId") ?? undefined;
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [secretary, setSecretary] = useState<Secretary>();
  const boardQuery = useApiQuery((signal) => getProjectBoard({ year, orgId }, signal), [year, orgId]);
  const rankingQuery = useApiQuery((signal) => getProjectRanking({ year, orgId, ...paging }, signal), [year, orgId, paging.page, paging.pageSize]);
  const board = boardQuery.data;
  const ranking = rankingQuery.data;
  const setChoice = (change: { year?: number; orgId?: string | null }) => {
    const nextOrg = change.orgId === undefined ? orgId : (change.orgId ?? undefined);
    setPaging((p) => ({ ...p, page: 1 }));
    setParams({ year: String(change.year ?? year), ...(nextOrg ? { orgId: nextOrg } : {}) });
  };

  if (boardQuery.error?.status === 403) return <Result status="403" title="无权访问" subTitle={boardQuery.error.message} />;

  const projectColumns = [
    { title: "党组织", dataIndex: "orgName", width: 180 },
    { title: "项目", dataIndex: "title", render: (title: string, p: BoardProject) => <Link to={`/secretary-projects/${p.projectId}`}>{title}</Link> },
    { title: "书记", key: "secretary", width: 100, render: (_: unknown, p: BoardProject) => <SecretaryLink memberId={p.secretaryMemberId} name={p.secretaryName} onOpen={setSecretary} /> },
    { title: "状态", key: "status", width: 130, render: (_: unknown, p: BoardProject) => <ProjectStatusTag status={p.status} /> },
    {
      title: "节点",
      key: "milestones",
      width: 110,
      render: (_: unknown, p: BoardProject) => (
        <>
          {p.milestonesDone}/{p.milestones}
          {p.overdueMilestones > 0 && <Tag color="error" style={{ marginInlineStart: 6 }}>逾期 {p.overdueMilestones}</Tag>}
        </>
      ),
    },
    { title: "指标达成", key: "indicators", width: 90, render: (_: unknown, p: BoardProject) => `${p.indicatorsAchieved}/${p.indicators}` },
    { title: "最近督查", key: "rating", width: 110, render: (_: unknown, p: BoardProject) => (p.latestRating ? <Tag color={RATING_COLORS[p.latestRating]}>{ratingLabel(p.latestRating)}</Tag> : EMPTY) },
  ];

  const rankingColumns = [
    { title: "名次", dataIndex: "rank", width: 64 },
    { title: "党组织", dataIndex: "orgName", width: 180 },
    { title: "项目", dataIndex: "title", render: (title: string, r: RankingItem) => <Link to={`/secretary-projects/${r.projectId}`}>{title}</Link> },
    { title: "书记", key: "secretary", width: 100, render: (_: unknown, r: RankingItem) => <SecretaryLink memberId={r.secretaryMemberId} name={r.secretaryName} onOpen={setSecretary} /> },
    { title: "评价标准得分", dataIndex: "rubricScore", width: 110, render: (v: number | null) => (v === null ? EMPTY : v.toFixed(1)) },
    { title: "测评得分", dataIndex: "voteScore", width: 90, render: (v: number | null) => (v === null ? "无测评" : v.toFixed(1)) },
    { title: "最终得分", dataIndex: "finalScore", width: 90, render: (v: number) => <Typography.Text strong>{v.toFixed(1)}</Typography.Text> },
    { title: "等次", dataIndex: "grade", width: 70, render: (_: unknown, r: RankingItem) => <Tag color={GRADE_COLORS[r.grade]}>{PROJECT_GRADE_LABELS[r.grade]}</Tag> },
    { title: "状态", key: "status", width: 120, render: (_: unknown, r: RankingItem) => <ProjectStatusTag status={r.status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Card title="书记项目督查看板" extra={user && can(user, "project.export") && <ProjectExportButton orgId={orgId} year={year} />}>
        <Flex vertical gap={8}>
          <Flex wrap align="center" gap={8}>
            <span>统计范围</span>
            <div style={{ width: 340, maxWidth: "100%" }}>
              <OrgTreeSelect value={orgId ?? board?.org?.id} valueLabel={board?.org?.name} placeholder="本级及全部下级组织" onChange={(next) => setChoice({ orgId: next ?? null })} />
            </div>
            <span>年度</span>
            <Select aria-label="年度" value={year} options={yearOptions(thisYear)} onChange={(next) => setChoice({ year: next })} style={{ width: 120 }} />
          </Flex>
          <Typography.Text type="secondary">
            书记抓、抓书记：所选组织及其下级组织本年度书记项目的推进、督查和评价情况。得分和等次在结果公布前仅上级党委可见。
          </Typography.Text>
        </Flex>
      </Card>
      {boardQuery.error && <Alert type="error" showIcon title={boardQuery.error.message} />}
      {!board && !boardQuery.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {board && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="实施中及已完成项目" value={board.live} suffix="个" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="目标指标达成" value={board.indicators.achieved} suffix={`/ ${board.indicators.total} 项`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="逾期节点" value={board.overdue.total} suffix="个" styles={{ content: { color: board.overdue.total > 0 ? "#cf1322" : undefined } }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="尚未申报或未提交的组织" value={board.missing.total} suffix="个" />
              </Card>
            </Col>
          </Row>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <BoardCharts board={board} ranking={ranking?.items ?? []} />
          </Suspense>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            <Tabs
              items={[
                {
                  key: "ranking",
                  label: `评价排名（${ranking?.total ?? 0}）`,
                  children: (
                    <PagedTable<RankingItem>
                      rowKey="projectId"
                      data={ranking}
                      loading={rankingQuery.isLoading}
                      page={paging.page}
                      pageSize={paging.pageSize}
                      onPage={(page, pageSize) => setPaging({ page, pageSize })}
                      unit="个项目"
                      columns={rankingColumns}
                      locale={{ emptyText: <Empty description="暂无已评价的项目" /> }}
                    />
                  ),
                },
                {
                  key: "projects",
                  label: `项目一览（${board.live}）`,
                  children: (
                    <Table<BoardProject>
                      rowKey="projectId"
                      size="small"
                      scroll={{ x: 1000 }}
                      dataSource={board.projects}
                      columns={projectColumns}
                      pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个项目${board.live > board.projects.length ? `（仅列出前 ${board.projects.length} 个）` : ""}` }}
                    />
                  ),
                },
                {
                  key: "overdue",
                  label: `逾期节点（${board.overdue.total}）`,
                  children: (
                    <List
                      size="small"
                      dataSource={board.overdue.items}
                      locale={{ emptyText: "没有逾期节点" }}
                      footer={board.overdue.total > board.overdue.items.length ? `仅列出逾期最久的 ${board.overdue.items.length} 个` : undefined}
                      renderItem={(m) => (
                        <List.Item extra={<Tag color="error">逾期 {m.daysOverdue} 天</Tag>}>
                          <List.Item.Meta
                            title={<Link to={`/secretary-projects/${m.projectId}?tab=progress`}>{m.title}</Link>}
                            description={`${m.orgName} · ${m.projectTitle} · 完成时限 ${m.dueOn} · 责任人 ${m.ownerName}`}
                          />
                        </List.Item>
                      )}
                    />
                  ),
                },
                {
                  key: "missing",
                  label: `未申报（${board.missing.total}）`,
                  children: (
                    <List
                      size="small"
                      dataSource={board.missing.items}
                      locale={{ emptyText: "各组织均已申报" }}
                      footer={board.missing.total > board.missing.items.length ? `仅列出前 ${board.missing.items.length} 个` : undefined}
                      renderItem={(o) => <List.Item>{o.orgName}</List.Item>}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Typography.Text type="secondary">
            类别分布：{board.byCategory.filter((c) => c.count > 0).map((c) => `${PROJECT_CATEGORY_LABELS[c.key]} ${c.count}`).join("；") || "—"}
          </Typography.Text>
        </>
      )}
      {secretary && <SecretaryRecordDrawer memberId={secretary.memberId} name={secretary.name} onClose={() => setSecretary(undefined)} />}
    </Flex>
  );
}
