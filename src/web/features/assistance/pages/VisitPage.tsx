import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { useApiQuery } from "../../../lib/use-api-query";
import { archiveVisit, getVisit, visitFilesPath, visitFileUrl } from "../api";
import { EMPTY } from "../assistance-display";
import { VisitKindTag } from "../components/KindTags";
import { ReasonModal } from "../components/ReasonModal";
import { VisitFormModal } from "../components/VisitFormModal";
import { yuanLabel } from "../money";

/** One visit: who, when, by whom, what was given (yuan, from exact fen), the notes and the files (sealed: served by this module). */
export function VisitPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getVisit(id, signal), [id]);
  const [modal, setModal] = useState<"edit" | "archive">();
  const visit = query.data;

  if (query.error?.status === 404) return <Result status="404" title="走访记录不存在或无权访问" extra={<Link to="/care/assistance/visits">返回走访记录</Link>} />;
  if (query.error) return <Alert type="error" showIcon title={query.error.message} />;
  if (!visit) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={8}>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
            走访记录 · {visit.personName} · {visit.visitedOn}
          </Flex>
        }
        extra={
          visit.canEdit && (
            <Flex gap={8}>
              <Button onClick={() => setModal("edit")}>修改</Button>
              <Button danger onClick={() => setModal("archive")}>
                作废
              </Button>
            </Flex>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="走访对象">
            {visit.recipientId ? <Link to={`/care/assistance/recipients/${visit.recipientId}`}>{visit.personName}</Link> : visit.personName}
          </Descriptions.Item>
          <Descriptions.Item label="所在组织">{visit.orgName}</Descriptions.Item>
          <Descriptions.Item label="走访日期">{visit.visitedOn}</Descriptions.Item>
          <Descriptions.Item label="走访人">{visit.visitors.join("、")}</Descriptions.Item>
          <Descriptions.Item label="方式">
            <VisitKindTag kind={visit.kind} />
          </Descriptions.Item>
          <Descriptions.Item label="金额">{yuanLabel(visit.amountFen)}</Descriptions.Item>
          <Descriptions.Item label="走访慰问计划">
            {visit.campaignId ? <Link to={`/care/assistance/campaigns/${visit.campaignId}`}>{visit.campaignTitle}</Link> : EMPTY}
          </Descriptions.Item>
          <Descriptions.Item label="记录人">{visit.recordedByName ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="走访情况" span={2}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{visit.notes || EMPTY}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title="材料（照片、签收单等）"
        extra={visit.canEdit && <DocumentUploadButton action={visitFilesPath(visit.id)} label="上传材料" multiple onUploaded={query.reload} />}
      >
        <FileTable files={visit.files} emptyText={`暂无材料（${DOCUMENT_HINT}）`} urlOf={(f) => visitFileUrl(visit.id, f.id)} />
      </Card>
      {modal === "edit" && (
        <VisitFormModal
          visit={visit}
          onClose={() => setModal(undefined)}
          onSaved={() => {
            setModal(undefined);
            query.reload();
          }}
        />
      )}
      {modal === "archive" && (
        <ReasonModal
          title="作废走访记录"
          reasonLabel="作废原因"
          okText="作废"
          onSubmit={({ reason }) => archiveVisit(visit.id, reason)}
          onClose={() => setModal(undefined)}
          onDone={() => navigate("/care/assistance/visits", { replace: true })}
        />
      )}
    </Flex>
  );
}
