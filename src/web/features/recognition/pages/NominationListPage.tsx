import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Typography } from "antd";
import { useCallback, useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { NominationListItem } from "../../../../shared/contracts/recognition.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findNominations } from "../api";
import { NOMINATION_COLUMNS } from "../components/nomination-columns";
import { NominationFilterBar } from "../components/NominationFilterBar";
import { RecognitionTabs } from "../components/RecognitionTabs";
import { type NominationListFilters, type NominationListView, nominationView } from "../recognition-filters";

/** 表彰推荐: the own organization's nominations and its subtree's; the committee's review queue (待我审核); a member's publicity notices. */
export function NominationListPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => nominationView.parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<NominationListView>) => setSearchParams(nominationView.toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const params = nominationView.toFindParams(view);
  const query = useApiQuery((signal) => findNominations(params, signal), [JSON.stringify(params)]);
  const isMember = user?.role === "member";

  return (
    <Card
      title="创先争优"
      extra={
        user &&
        can(user, "recognition.nominate") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/care/recognition/new")}>
            推荐表彰对象
          </Button>
        )
      }
    >
      <RecognitionTabs active="nominations" />
      <Typography.Paragraph type="secondary">
        {isMember
          ? "本组织正在公示和已发布的表彰推荐。对公示对象有意见的，请在公示期内向上级党委反映。"
          : "党组织推荐本组织及下级组织的优秀共产党员、优秀党务工作者和先进基层党组织，由上级党委审核、公示（公示期间受理反映并核实），公示期满后作出表彰决定并发布，发布后记入党员或党组织的荣誉记录。"}
      </Typography.Paragraph>
      <NominationFilterBar
        filters={view.filters}
        onChange={(filters: NominationListFilters) => setView({ filters, page: 1 })}
        onReset={() => setSearchParams(nominationView.toSearchParams(nominationView.defaultView))}
        hasOrgFilter={!isMember}
        canReview={!!user && can(user, "recognition.review")}
      />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <PagedTable<NominationListItem>
        columns={NOMINATION_COLUMNS}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="项推荐"
      />
    </Card>
  );
}
