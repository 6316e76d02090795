import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Typography } from "antd";
import { useCallback, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { NeedListItem } from "../../../../shared/contracts/member-needs.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findNeeds } from "../api";
import { MEMBER_NEED_COLUMNS, OFFICER_NEED_COLUMNS } from "../components/need-columns";
import { NeedFilterBar } from "../components/NeedFilterBar";
import { DEFAULT_VIEW, type NeedListFilters, type NeedListView, parseListView, toFindParams, toSearchParams } from "../need-filters";

/** 党员诉求: officers work the needs of their scope (private ones only the secretary and the committee see); a member follows their own. */
export function NeedListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<NeedListView>) => setSearchParams(toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const setFilters = (filters: NeedListFilters) => setView({ filters, page: 1 });
  const params = toFindParams(view);
  const query = useApiQuery((signal) => findNeeds(params, signal), [JSON.stringify(params)]);
  const isOfficer = !!user && can(user, "need.handle");
  const canFile = !!user && can(user, "need.file");

  return (
    <Card
      title={isOfficer ? "党员诉求" : "我的诉求"}
      extra={
        canFile && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/care/needs/new")}>
            {isOfficer ? "代党员提出诉求" : "提出诉求"}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {isOfficer
          ? "党员在工作、学习、生活等方面的合理诉求，由所在党支部受理、办理和答复；超出支部能力的可提交上级党委办理。办结后由党员评价，不满意的可重新办理一次。"
          : "您可以向党组织反映工作、学习、生活等方面的诉求和对组织的意见建议。党支部受理后办理并答复，您可以随时查看进展，办结后请对办理结果进行评价。"}
      </Typography.Paragraph>
      <NeedFilterBar filters={view.filters} onChange={setFilters} onReset={() => setSearchParams(toSearchParams(DEFAULT_VIEW))} isOfficer={isOfficer} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<NeedListItem>
        columns={isOfficer ? OFFICER_NEED_COLUMNS : MEMBER_NEED_COLUMNS}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="件诉求"
        scroll={{ x: isOfficer ? 1100 : 800 }}
        locale={{ emptyText: isOfficer || Object.keys(view.filters).length > 0 ? "没有符合条件的诉求" : "您还没有提出过诉求" }}
      />
    </Card>
  );
}
