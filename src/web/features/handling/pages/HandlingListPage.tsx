import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { HandlingCaseDetail, HandlingCaseListItem } from "../../../../shared/contracts/handling.contract";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findHandlingCases } from "../api";
import { CreateCaseModal } from "../components/CreateCaseModal";
import { buildHandlingColumns } from "../components/handling-columns";
import { HandlingCounters } from "../components/HandlingCounters";
import { HandlingFilterBar } from "../components/HandlingFilterBar";
import { toFindParams } from "../handling-filters";
import { useHandlingListView } from "../hooks/use-handling-list-view";

const columns = buildHandlingColumns();

/** 不合格党员处置: every case of the caller's organizations, open and overdue ones first, until closed. */
export function HandlingListPage() {
  const navigate = useNavigate();
  const { view, setView, setFilters, reset } = useHandlingListView();
  const [isCreating, setIsCreating] = useState(false);
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findHandlingCases(params, signal), [JSON.stringify(params)]);

  const handleCreated = (created: HandlingCaseDetail) => {
    setIsCreating(false);
    navigate(`/org-life/handling/${created.id}`);
  };

  return (
    <Card
      title="不合格党员组织处置"
      extra={
        query.data?.abilities.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            新建处置
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        民主评议被评为不合格的党员，先教育帮助，再按《不合格党员组织处置办法》限期改正、劝其退党或除名；处置中的记录在结案前始终列出，限期改正到期未结论或超过 90 天无进展的标为“逾期”。
      </Typography.Paragraph>
      <HandlingCounters counts={query.data?.counts} filters={view.filters} onPick={setFilters} />
      <HandlingFilterBar filters={view.filters} onChange={setFilters} onReset={reset} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<HandlingCaseListItem>
        columns={columns}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="件"
      />
      {isCreating && <CreateCaseModal onClose={() => setIsCreating(false)} onCreated={handleCreated} />}
    </Card>
  );
}
