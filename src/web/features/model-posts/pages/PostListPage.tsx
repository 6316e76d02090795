import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Tag, Typography } from "antd";
import { useCallback, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { PostListItem } from "../../../../shared/contracts/model-posts.contract";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findPosts, getPostSummary } from "../api";
import { POST_COLUMNS } from "../components/post-columns";
import { PostFilterBar } from "../components/PostFilterBar";
import { PostSummaryChartLazy } from "../components/PostSummaryChartLazy";
import { thisYear } from "../post-display";
import { DEFAULT_VIEW, type PostListFilters, type PostListView, drillDown, parseListView, toFindParams, toSearchParams } from "../post-filters";

/** 党员示范岗、责任区: the year's chart by kind and safety kind, and the list with its filters. */
export function PostListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);
  const setView = useCallback((next: PostListView) => setSearchParams(toSearchParams(next)), [setSearchParams]);
  const setFilters = (filters: PostListFilters) => setView({ ...view, filters, page: 1 });
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findPosts(params, signal), [JSON.stringify(params)]);
  const chartYear = view.filters.year ?? thisYear();
  const summary = useApiQuery((signal) => getPostSummary({ year: chartYear, orgId: view.filters.orgId }, signal), [chartYear, view.filters.orgId]);
  const isMember = user?.role === "member";

  return (
    <Card
      title="党员示范岗、责任区"
      extra={
        query.data?.abilities.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/care/posts/new")}>
            设立示范岗（责任区）
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {isMember
          ? "本组织设立的党员示范岗、党员责任区和安全责任区，以及党员的公开承诺和履诺记录。"
          : "党员立足岗位创先争优：设立党员示范岗、党员责任区，围绕生产安全、经济安全、政治安全设立安全责任区，党员公开承诺，党组织记录全年履诺情况。"}
      </Typography.Paragraph>
      {view.filters.memberId && (
        <Flex style={{ marginBottom: 12 }}>
          <Tag closable onClose={() => setFilters({ ...view.filters, memberId: undefined })}>
            只看该党员担任的岗位
          </Tag>
        </Flex>
      )}
      <PostFilterBar filters={view.filters} onChange={setFilters} onReset={() => setSearchParams(toSearchParams(DEFAULT_VIEW))} hasOrgFilter={!isMember} />
      {summary.data && (
        <div style={{ marginBottom: 16 }}>
          <PostSummaryChartLazy summary={summary.data} onSelect={(bar) => setView(drillDown(view, bar, chartYear))} />
        </div>
      )}
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<PostListItem>
        columns={POST_COLUMNS}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ ...view, page, pageSize })}
        unit="个岗位（责任区）"
      />
    </Card>
  );
}
