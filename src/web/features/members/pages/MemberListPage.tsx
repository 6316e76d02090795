import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, type TablePaginationConfig } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { MemberDetail, MemberListItem } from "../../../../shared/contracts/members.contract";
import { MAX_PAGE_SIZE } from "../../../../shared/contracts/common.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { findMembers } from "../api";
import { ExportButton } from "../components/ExportButton";
import { IncomingTransfersPanel } from "../components/IncomingTransfersPanel";
import { buildMemberColumns } from "../components/member-columns";
import { MemberFilterBar } from "../components/MemberFilterBar";
import { MemberFormModal } from "../components/MemberFormModal";
import { useMemberListView } from "../hooks/use-member-list-view";
import { type SortableColumn, sortFromColumn, toFindParams } from "../member-filters";

/** 党员名册: the roster of the caller's organizations, filtered and sorted from the URL. */
export function MemberListPage() {
  const navigate = useNavigate();
  const { view, lookup, setView, setFilters, reset } = useMemberListView();
  const [isCreating, setIsCreating] = useState(false);
  const params = toFindParams(view, lookup);
  const query = useApiQuery((signal) => findMembers(params, signal), [JSON.stringify(params)]);
  const abilities = query.data?.abilities;

  const handleTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<MemberListItem> | SorterResult<MemberListItem>[],
  ) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = sortFromColumn(single?.columnKey as SortableColumn | undefined, single?.order ?? null);
    const isSortChanged = sort.sort !== view.sort || sort.order !== view.order;
    setView({
      ...sort,
      page: isSortChanged ? 1 : (pagination.current ?? 1),
      pageSize: pagination.pageSize ?? view.pageSize,
    });
  };

  const handleCreated = (member: MemberDetail) => {
    setIsCreating(false);
    navigate(`/members/${member.id}`);
  };

  return (
    <Card
      title="党员名册"
      extra={
        // Only what the server would allow (the list's abilities); nothing until the first page says so.
        <Space wrap>
          {abilities?.canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              新增党员
            </Button>
          )}
          {abilities?.canImport && (
            <Button icon={<UploadOutlined />} onClick={() => navigate("/members/import")}>
              导入
            </Button>
          )}
          {abilities?.canExport && <ExportButton params={params} canExportPii={abilities.canExportPii} />}
        </Space>
      }
    >
      <IncomingTransfersPanel onAccepted={query.reload} />
      <MemberFilterBar filters={view.filters} lookup={lookup} onChange={setFilters} onReset={reset} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<MemberListItem>
        rowKey="id"
        size="small"
        columns={buildMemberColumns(view)}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        scroll={{ x: 1130 }}
        onChange={handleTableChange}
        pagination={{
          current: view.page,
          pageSize: view.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100, MAX_PAGE_SIZE],
          showTotal: (total) => `共 ${total} 名党员`,
        }}
      />
      {isCreating && <MemberFormModal onClose={() => setIsCreating(false)} onSaved={handleCreated} />}
    </Card>
  );
}
