import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { CARE_RECIPIENT_KIND_LABELS } from "../../../../shared/care";
import type { VisitListItem } from "../../../../shared/contracts/assistance.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { PagedTable } from "../../../components/PagedTable";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { useApiQuery } from "../../../lib/use-api-query";
import { endRecipient, findVisits, getRecipient, recipientFilesPath, recipientFileUrl } from "../api";
import { EMPTY, RECIPIENT_KIND_COLORS, visitsFilterOf } from "../assistance-display";
import { VisitKindTag } from "../components/KindTags";
import { ReasonModal } from "../components/ReasonModal";
import { RecipientFormModal } from "../components/RecipientFormModal";
import { VisitFormModal } from "../components/VisitFormModal";
import { yuanLabel } from "../money";

/** The full view of a recorded person (audited by the server): hardship, address, consent, files, and their visits. */
export function RecipientPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getRecipient(id, signal), [id]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [modal, setModal] = useState<"edit" | "end" | "visit">();
  const r = query.data;
  const filter = r ? visitsFilterOf({ kinds: [r.kind], memberId: r.memberId, recipientId: r.id }) : undefined;
  const visits = useApiQuery((signal) => (filter ? findVisits({ ...filter, ...paging }, signal) : Promise.resolve(undefined)), [JSON.stringify(filter), paging.page, paging.pageSize]);

  if (query.error?.status === 404) return <Result status="404" title="帮扶对象不存在或无权访问" extra={<Link to="/care/assistance">返回帮扶对象</Link>} />;
  if (query.error) return <Alert type="error" showIcon title={query.error.message} />;
  if (!r) return <Skeleton active />;
  const columns = [
    { title: "走访日期", dataIndex: "visitedOn", width: 110, render: (d: string, v: VisitListItem) => <Link to={`/care/assistance/visits/${v.id}`}>{d}</Link> },
    { title: "走访人", dataIndex: "visitors", render: (v: string[]) => v.join("、") },
    { title: "方式", dataIndex: "kind", width: 100, render: (k: VisitListItem["kind"]) => <VisitKindTag kind={k} /> },
    { title: "金额", dataIndex: "amountFen", width: 120, align: "right" as const, render: yuanLabel },
    { title: "计划", dataIndex: "campaignTitle", width: 180, render: (t: string | null) => t ?? EMPTY },
  ];
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={8}>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
            {r.personName}
            <Tag color={RECIPIENT_KIND_COLORS[r.kind]}>{CARE_RECIPIENT_KIND_LABELS[r.kind]}</Tag>
            {r.endedOn && <Tag>已于 {r.endedOn} 结束帮扶</Tag>}
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {!r.endedOn && <Button type="primary" onClick={() => setModal("visit")}>记录走访</Button>}
            {r.canEdit && <Button onClick={() => setModal("edit")}>修改</Button>}
            {r.canEdit && (
              <Button danger onClick={() => setModal("end")}>
                结束帮扶
              </Button>
            )}
          </Flex>
        }
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="本页含个人信息（困难情况、住址等），每次查看均记入审计日志，请勿截屏外传。" />
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="姓名">{r.memberId && r.kind !== "deceased_member_family" ? <Link to={`/members/${r.memberId}`}>{r.personName}</Link> : r.personName}</Descriptions.Item>
          <Descriptions.Item label="负责帮扶的党组织">{r.orgName}</Descriptions.Item>
          {r.kind === "deceased_member_family" && <Descriptions.Item label="与去世党员的关系">{r.relation ?? EMPTY}</Descriptions.Item>}
          {r.kind === "deceased_member_family" && <Descriptions.Item label="去世党员">{r.memberName ?? "未关联在册党员"}</Descriptions.Item>}
          <Descriptions.Item label="住址">{r.address ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="开始帮扶日期">{r.startedOn}</Descriptions.Item>
          {r.kind === "masses" && <Descriptions.Item label="同意登记">{r.consentOn ? `${r.consentOn}，${r.consentNote ?? ""}` : EMPTY}</Descriptions.Item>}
          {r.endedOn && <Descriptions.Item label="结束帮扶">{`${r.endedOn}，${r.endReason ?? ""}`}</Descriptions.Item>}
          <Descriptions.Item label="困难情况" span={2}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{r.difficulty || EMPTY}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="材料（同意书、证明等）" extra={r.canEdit && <DocumentUploadButton action={recipientFilesPath(r.id)} label="上传材料" multiple onUploaded={query.reload} />}>
        <FileTable files={r.files} emptyText={`暂无材料（${DOCUMENT_HINT}）`} urlOf={(f) => recipientFileUrl(r.id, f.id)} />
      </Card>
      <Card size="small" title="走访慰问记录">
        <PagedTable<VisitListItem> columns={columns} data={visits.data} loading={visits.isLoading} page={paging.page} pageSize={paging.pageSize} onPage={(page, pageSize) => setPaging({ page, pageSize })} unit="次走访" scroll={{ x: 700 }} />
      </Card>
      {modal === "edit" && (
        <RecipientFormModal
          recipient={r}
          onClose={() => setModal(undefined)}
          onSaved={() => {
            setModal(undefined);
            query.reload();
          }}
        />
      )}
      {modal === "end" && (
        <ReasonModal
          title={`结束帮扶 · ${r.personName}`}
          reasonLabel="结束原因"
          dateLabel="结束帮扶日期"
          okText="结束帮扶"
          onSubmit={({ reason, date }) => endRecipient(r.id, { reason, endedOn: date! })}
          onClose={() => setModal(undefined)}
          onDone={() => {
            setModal(undefined);
            query.reload();
          }}
        />
      )}
      {modal === "visit" && (
        <VisitFormModal
          person={{ key: filter && "memberId" in filter ? `member:${filter.memberId}` : `recipient:${r.id}`, name: r.personName }}
          onClose={() => setModal(undefined)}
          onSaved={() => {
            setModal(undefined);
            visits.reload();
          }}
        />
      )}
    </Flex>
  );
}
