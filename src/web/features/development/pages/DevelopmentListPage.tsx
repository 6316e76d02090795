import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { DevelopmentPersonDetail, DevelopmentPersonListItem } from "../../../../shared/contracts/development.contract";
import { PagedTable } from "../../../components/PagedTable";
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
      <PagedTable<DevelopmentPersonListItem>
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="人"
      />
      {isCreating && <DevelopmentPersonFormModal onClose={() => setIsCreating(false)} onSaved={handleCreated} />}
    </Card>
  );
}
