import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Table } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MAX_PAGE_SIZE } from "../../../../shared/contracts/common.contract";
import type { DevelopmentPersonDetail, DevelopmentPersonListItem } from "../../../../shared/contracts/development.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { findDevelopmentPeople, getPipeline } from "../api";
import { buildDevelopmentColumns } from "../components/development-columns";
import { DevelopmentFilterBar } from "../components/DevelopmentFilterBar";
import { DevelopmentPersonFormModal } from "../components/DevelopmentPersonFormModal";
import { StageTiles } from "../components/StageTiles";
import { toFindParams } from "../development-filters";
import { useDevelopmentListView } from "../hooks/use-development-list-view";

const columns = buildDevelopmentColumns();

/** 发展党员: the cases of the caller's organizations by stage, with what is due next. */
export function DevelopmentListPage() {
  const navigate = useNavigate();
  const { view, setView, setFilters, reset } = useDevelopmentListView();
  const [isCreating, setIsCreating] = useState(false);
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findDevelopmentPeople(params, signal), [JSON.stringify(params)]);
  // The tiles count the chosen organization's open cases whatever the other filters say.
  const pipeline = useApiQuery((signal) => getPipeline(view.filters.orgId, signal), [view.filters.orgId]);

  const handleCreated = (person: DevelopmentPersonDetail) => {
    setIsCreating(false);
    navigate(`/development/${person.id}`);
  };

  return (
    <Card
      title="发展党员"
      extra={
        query.data?.abilities.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            登记入党申请
          </Button>
        )
      }
    >
      <DevelopmentFilterBar filters={view.filters} onChange={setFilters} onReset={reset} />
      <StageTiles pipeline={pipeline.data} filters={view.filters} onPick={(change) => setFilters({ ...view.filters, ...change })} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<DevelopmentPersonListItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        scroll={{ x: 1100 }}
        onChange={(pagination) => setView({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? view.pageSize })}
        pagination={{
          current: view.page,
          pageSize: view.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100, MAX_PAGE_SIZE],
          showTotal: (total) => `共 ${total} 人`,
        }}
      />
      {isCreating && <DevelopmentPersonFormModal onClose={() => setIsCreating(false)} onSaved={handleCreated} />}
    </Card>
  );
}
