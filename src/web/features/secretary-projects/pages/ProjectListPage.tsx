import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Typography } from "antd";
import { useCallback, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { ProjectListItem } from "../../../../shared/contracts/secretary-projects.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findProjects, getProposalOptions } from "../api";
import { PROJECT_COLUMNS } from "../components/project-columns";
import { ProjectFilterBar } from "../components/ProjectFilterBar";
import { DEFAULT_VIEW, type ProjectListFilters, type ProjectListView, parseListView, toFindParams, toSearchParams } from "../project-filters";

/** 书记项目: the own organization's projects, and those its subtree submitted; a committee's review queue (待我审核). */
export function ProjectListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<ProjectListView>) => setSearchParams(toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const setFilters = (filters: ProjectListFilters) => setView({ filters, page: 1 });
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findProjects(params, signal), [JSON.stringify(params)]);
  const canManage = !!user && can(user, "project.manage");
  const options = useApiQuery((signal) => (canManage ? getProposalOptions(signal) : Promise.resolve(undefined)), [canManage]);
  const openYears = options.data ? options.data.years.filter((y) => !options.data!.takenYears.includes(y)) : [];

  return (
    <Card
      title="书记项目"
      extra={
        options.data?.orgId && (
          <Button type="primary" icon={<PlusOutlined />} disabled={openYears.length === 0} title={openYears.length === 0 ? "可申报的年度都已有项目" : undefined} onClick={() => navigate("/secretary-projects/new")}>
            申报书记项目
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        “书记抓、抓书记”：每个党组织每年由书记牵头确定一个书记项目，报上级党委审核立项，年中报告进展、接受点评和季度督查，年终述职评价。草稿只在本组织可见，提交后上级党委可见，立项后在本组织范围内公开。
      </Typography.Paragraph>
      <ProjectFilterBar
        filters={view.filters}
        onChange={setFilters}
        onReset={() => setSearchParams(toSearchParams(DEFAULT_VIEW))}
        hasOrgFilter={user?.role !== "member"}
        canReview={!!user && can(user, "project.review")}
      />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<ProjectListItem>
        columns={PROJECT_COLUMNS}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="个项目"
      />
    </Card>
  );
}
