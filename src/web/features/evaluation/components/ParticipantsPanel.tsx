import dayjs from "dayjs";
import { Button, Flex, Progress, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import type { EvaluationCampaignDetail, EvaluationEntry } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS } from "../../../../shared/org-life";
import { EMPTY } from "../evaluation-options";
import { EntryDrawer, type EntryEditMode } from "./EntryDrawer";

interface ParticipantsPanelProps {
  detail: EvaluationCampaignDetail;
  /** Self-evaluation (progress of the 党性分析) or peer evaluation (the comments). */
  mode: "self" | "peer";
  onSaved: () => void;
}

/** The participants with the progress of their self-evaluations, or of the peer comments. */
export function ParticipantsPanel({ detail, mode, onSaved }: ParticipantsPanelProps) {
  const [open, setOpen] = useState<{ entryId: string; edit: EntryEditMode } | null>(null);
  const canTranscribe = detail.abilities.canManage && detail.phase === "self_evaluation";
  const canComment = detail.abilities.canManage && detail.phase === "peer_evaluation";
  const done = mode === "self" ? detail.counts.submitted : detail.counts.peerCommented;
  const total = detail.counts.participants;

  const columns: TableColumnsType<EvaluationEntry> = [
    { title: "姓名", dataIndex: "memberName", width: 120 },
    { title: "所在组织", dataIndex: "orgName", width: 180 },
    { title: "评定等次", dataIndex: "isGraded", width: 130, render: (isGraded: boolean) => (isGraded ? "参加" : <Tag>预备党员不评定</Tag>) },
    mode === "self"
      ? { title: "自评等次", dataIndex: "selfGrade", width: 100, render: (g: EvaluationEntry["selfGrade"]) => (g ? EVALUATION_GRADE_LABELS[g] : EMPTY) }
      : { title: "互评意见", dataIndex: "hasPeerComments", width: 100, render: (has: boolean) => (has ? <Tag color="green">已填写</Tag> : <Tag>未填写</Tag>) },
    {
      title: "党性分析",
      dataIndex: "submittedAt",
      width: 150,
      render: (at: string | null) => (at ? <Tag color="green">已提交 {dayjs(at).format("YYYY-MM-DD")}</Tag> : <Tag>未提交</Tag>),
    },
    {
      title: "操作",
      key: "actions",
      width: 180,
      render: (_, entry) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => setOpen({ entryId: entry.id, edit: null })}>
            查看
          </Button>
          {canTranscribe && (
            <Button size="small" type="link" onClick={() => setOpen({ entryId: entry.id, edit: "transcribe" })}>
              代录纸质自评
            </Button>
          )}
          {canComment && (
            <Button size="small" type="link" onClick={() => setOpen({ entryId: entry.id, edit: "peer" })} aria-label={`填写${entry.memberName}的互评意见`}>
              填写互评意见
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16}>
        <Typography.Text>{mode === "self" ? "党性分析提交进度" : "互评意见填写进度"}</Typography.Text>
        <Progress percent={total ? Math.round((done / total) * 100) : 0} format={() => `${done} / ${total}`} style={{ maxWidth: 360 }} />
      </Flex>
      {mode === "self" && detail.phase === "self_evaluation" && (
        <Typography.Text type="secondary">党员登录后在“我的评议”中填写个人自评和党性分析；交纸质材料的，由支部代录。</Typography.Text>
      )}
      <Table<EvaluationEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.entries}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 人` }}
      />
      {open && (
        <EntryDrawer
          campaignId={detail.id}
          entryId={open.entryId}
          mode={open.edit}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            onSaved();
          }}
        />
      )}
    </Flex>
  );
}
