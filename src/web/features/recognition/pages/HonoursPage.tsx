import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Row, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { HonourItem } from "../../../../shared/contracts/recognition.contract";
import { useAuth } from "../../../app/auth-context";
import { PagedTable } from "../../../components/PagedTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { findHonours } from "../api";
import { HonourChartLazy } from "../components/HonourChartLazy";
import { HonourFilterBar } from "../components/HonourFilterBar";
import { RecordHonourModal, RevokeHonourModal } from "../components/HonourModals";
import { honourColumns } from "../components/honour-columns";
import { RecognitionTabs } from "../components/RecognitionTabs";
import { type HonourListView, honourView } from "../recognition-filters";

/** 荣誉榜: the honours in the caller's reach with a chart by honour; the committee records honours conferred elsewhere and revokes. */
export function HonoursPage() {
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => honourView.parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<HonourListView>) => setSearchParams(honourView.toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  const params = honourView.toFindParams(view);
  const query = useApiQuery((signal) => findHonours(params, signal), [JSON.stringify(params)]);
  const [isRecording, setIsRecording] = useState(false);
  const [revoking, setRevoking] = useState<HonourItem>();
  const isOfficer = !!user && user.role !== "member";
  const memberName = view.filters.memberId ? query.data?.items.find((h) => h.memberId === view.filters.memberId)?.memberName : undefined;
  const handleDone = () => {
    setIsRecording(false);
    setRevoking(undefined);
    query.reload();
  };

  return (
    <Card
      title="创先争优"
      extra={
        query.data?.canRecord &&
        user && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>
            登记荣誉
          </Button>
        )
      }
    >
      <RecognitionTabs active="honours" />
      <Typography.Paragraph type="secondary">
        {isOfficer ? "本级及下级党组织和党员获得的荣誉：本级表彰发布后自动记入，上级或其他机关授予的荣誉由党委登记。荣誉只能撤销并写明理由，不能删除。" : "本人和本组织获得的荣誉。"}
      </Typography.Paragraph>
      {view.filters.memberId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`只显示${memberName ?? "该党员"}的荣誉`}
          action={<Link to="/care/recognition/honours">显示全部</Link>}
        />
      )}
      <HonourFilterBar
        filters={view.filters}
        onChange={(filters) => setView({ filters, page: 1 })}
        onReset={() => setSearchParams(honourView.toSearchParams(honourView.defaultView))}
        isOfficer={isOfficer}
      />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12} xxl={8}>
          {query.data && <HonourChartLazy byHonour={query.data.byHonour} title="荣誉统计（按当前筛选）" />}
        </Col>
      </Row>
      <PagedTable<HonourItem>
        columns={honourColumns(query.data?.canRecord ? setRevoking : undefined)}
        data={query.data}
        loading={query.isLoading}
        page={view.page}
        pageSize={view.pageSize}
        onPage={(page, pageSize) => setView({ page, pageSize })}
        unit="项荣誉"
      />
      {isRecording && user && <RecordHonourModal scopeOrgId={user.org.id} onClose={() => setIsRecording(false)} onDone={handleDone} />}
      {revoking && <RevokeHonourModal honour={revoking} onClose={() => setRevoking(undefined)} onDone={handleDone} />}
    </Card>
  );
}
