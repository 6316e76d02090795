import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card } from "antd";
import { useNavigate } from "react-router";
import type { MeetingListItem } from "../../../../shared/contracts/meetings.contract";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findMeetings } from "../api";
import { buildMeetingColumns } from "../components/meeting-columns";
import { MeetingFilterBar } from "../components/MeetingFilterBar";
import { useMeetingListView } from "../hooks/use-meeting-list-view";
import { toFindParams } from "../meeting-filters";

/** 会议记录: the meetings of the caller's organizations, filtered from the address bar (seam 1 drill-down). */
export function MeetingListPage() {
  const navigate = useNavigate();
  const { view, setView, setFilters, reset } = useMeetingListView();
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findMeetings(params, signal), [JSON.stringify(params)]);
  const columns = buildMeetingColumns((tag) => setFilters({ ...view.filters, tag }));
  const newLink = view.filters.orgId ? `/org-life/meetings/new?orgId=${view.filters.orgId}` : "/org-life/meetings/new";

  return (
    <Card
      title="会议记录"
      extra={
        query.data?.abilities.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(newLink)}>
            记录会议
          </Button>
        )
      }
    >
      <MeetingFilterBar filters={view.filters} onChange={setFilters} onReset={reset} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<MeetingListItem>
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        locale={{ emptyText: "暂无会议记录" }}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="次会议"
      />
    </Card>
  );
}
