import { Alert, App, Button, Flex, Form, Input, Modal, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import type { EvaluationCampaignDetail, EvaluationEntry, GradeCounts } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, type EvaluationGrade } from "../../../../shared/org-life";
import { getErrorMessage } from "../../../lib/api-client";
import { setFeedback, setGrades } from "../api";
import { changedGrades, countExcellent, draftOf, EMPTY, GRADE_OPTIONS, type GradeDraft, leadingGrade } from "../evaluation-options";

interface GradingPanelProps {
  detail: EvaluationCampaignDetail;
  onSaved: (detail: EvaluationCampaignDetail) => void;
}

const votesText = (v: GradeCounts | null) => (v ? `优${v.excellent} 合${v.qualified} 基${v.basically_qualified} 不${v.unqualified}` : EMPTY);
const DEFAULT_FEEDBACK = "已由党支部书记当面反馈评议结果，肯定成绩，指出不足，提出改进要求。";

/** EVAL-01's live counter: 优秀 x / 上限 y, red when over. */
function CapCounter({ label, count, cap }: { label: string; count: number; cap: number }) {
  return (
    <Tag color={count > cap ? "red" : "default"} data-testid={`cap-${label}`}>
      {label}优秀 {count} / 上限 {cap}
    </Tag>
  );
}

/**
 * 评定等次: the branch committee's proposal from the vote and everyday conduct, the final grade, the
 * reason, and the feedback to each member (§3.1 procedure 3–4). Editable in the grading phase.
 */
export function GradingPanel({ detail, onSaved }: GradingPanelProps) {
  const { message } = App.useApp();
  const editable = detail.abilities.canManage && detail.phase === "grading";
  const [drafts, setDrafts] = useState<Record<string, GradeDraft>>({});
  const [feedbacks, setFeedbacks] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [isFeedbackOpen, setIsFeedbackOpen] = useState(false);
  /** The last refusal (EVAL-01…), kept in view: its message names the members and the rule. */
  const [refusal, setRefusal] = useState<string>();
  const graded = detail.entries.filter((e) => e.isGraded);
  const cap = detail.counts.excellentCap;

  const draft = (e: EvaluationEntry) => drafts[e.id] ?? draftOf(e);
  const patch = (e: EvaluationEntry, change: Partial<GradeDraft>) => setDrafts((d) => ({ ...d, [e.id]: { ...draft(e), ...change } }));
  const fill = (pick: (e: EvaluationEntry, d: GradeDraft) => Partial<GradeDraft> | null) =>
    setDrafts((d) => {
      const next = { ...d };
      for (const e of graded) {
        const current = d[e.id] ?? draftOf(e);
        const change = pick(e, current);
        if (change) next[e.id] = { ...current, ...change };
      }
      return next;
    });
  const feedbackOf = (e: EvaluationEntry) => feedbacks[e.id] ?? e.feedback ?? "";

  const save = async (run: () => Promise<EvaluationCampaignDetail>, done: string) => {
    setIsSaving(true);
    try {
      const updated = await run();
      message.success(done);
      setRefusal(undefined);
      onSaved(updated);
      return true;
    } catch (error) {
      setRefusal(getErrorMessage(error));
      return false;
    } finally {
      setIsSaving(false);
    }
  };
  const gradeChanges = changedGrades(detail.entries, drafts);
  const saveGrades = async () => {
    if (await save(() => setGrades(detail.id, { items: gradeChanges }), `已保存 ${gradeChanges.length} 名党员的等次`)) setDrafts({});
  };
  const feedbackChanges = detail.entries.filter((e) => feedbacks[e.id] !== undefined && feedbacks[e.id]!.trim() && feedbacks[e.id] !== e.feedback);
  /** Answers whether it was saved (the modal closes then). */
  const saveFeedback = async (items: { entryId: string; feedback: string }[]) => {
    const ok = await save(() => setFeedback(detail.id, { items }), `已记录 ${items.length} 名党员的反馈`);
    if (ok) setFeedbacks({});
    return ok;
  };

  const gradeSelect = (e: EvaluationEntry, field: "proposedGrade" | "finalGrade") =>
    editable ? (
      <Select
        size="small"
        allowClear
        style={{ width: 110 }}
        aria-label={`${e.memberName}${field === "proposedGrade" ? "建议等次" : "评定等次"}`}
        value={draft(e)[field]}
        options={GRADE_OPTIONS}
        onChange={(g?: EvaluationGrade) => patch(e, { [field]: g ?? null })}
      />
    ) : draft(e)[field] ? (
      EVALUATION_GRADE_LABELS[draft(e)[field]!]
    ) : (
      EMPTY
    );

  const columns: TableColumnsType<EvaluationEntry> = [
    { title: "姓名", dataIndex: "memberName", width: 100, fixed: "left" },
    { title: "测评票", dataIndex: "votes", width: 150, render: (v: GradeCounts | null) => votesText(v) },
    { title: "自评", dataIndex: "selfGrade", width: 80, render: (g: EvaluationGrade | null) => (g ? EVALUATION_GRADE_LABELS[g] : EMPTY) },
    { title: "建议等次", key: "proposed", width: 130, render: (_, e) => (e.isGraded ? gradeSelect(e, "proposedGrade") : <Tag>预备党员不评定</Tag>) },
    { title: "评定等次", key: "final", width: 130, render: (_, e) => (e.isGraded ? gradeSelect(e, "finalGrade") : EMPTY) },
    {
      title: "评定理由",
      key: "reason",
      width: 220,
      render: (_, e) =>
        !e.isGraded ? EMPTY : editable ? (
          <Input
            size="small"
            maxLength={500}
            aria-label={`${e.memberName}评定理由`}
            placeholder={draft(e).finalGrade === "unqualified" ? "不合格须写明理由" : "可选"}
            status={draft(e).finalGrade === "unqualified" && !draft(e).gradeReason.trim() ? "error" : undefined}
            value={draft(e).gradeReason}
            onChange={(event) => patch(e, { gradeReason: event.target.value })}
          />
        ) : (
          (e.gradeReason ?? EMPTY)
        ),
    },
    {
      title: "反馈意见",
      key: "feedback",
      width: 260,
      render: (_, e) =>
        editable ? (
          <Input size="small" maxLength={1000} aria-label={`${e.memberName}反馈意见`} value={feedbackOf(e)} placeholder="未反馈" onChange={(event) => setFeedbacks((f) => ({ ...f, [e.id]: event.target.value }))} />
        ) : (
          (e.feedback ?? EMPTY)
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <CapCounter label="建议" count={countExcellent(detail.entries, drafts, "proposedGrade")} cap={cap} />
        <CapCounter label="评定" count={countExcellent(detail.entries, drafts, "finalGrade")} cap={cap} />
        <Typography.Text type="secondary">
          参加评定等次 {graded.length} 人，优秀不超过三分之一（EVAL-01）；已评定 {detail.counts.finalGraded} 人，已反馈 {detail.counts.feedbackGiven} / {detail.counts.participants} 人
        </Typography.Text>
      </Flex>
      {editable && (
        <Flex gap={8} wrap>
          <Button onClick={() => fill((e, d) => (d.proposedGrade ? null : { proposedGrade: leadingGrade(e.votes) }))}>按测评结果填写建议等次</Button>
          <Button onClick={() => fill((_, d) => (d.finalGrade || !d.proposedGrade ? null : { finalGrade: d.proposedGrade }))}>建议等次作为评定等次</Button>
          <Button onClick={() => fill((_, d) => (d.finalGrade ? null : { proposedGrade: d.proposedGrade ?? "qualified", finalGrade: "qualified" }))}>未评定的设为合格</Button>
          <Button type="primary" disabled={gradeChanges.length === 0} loading={isSaving} onClick={saveGrades}>
            保存等次{gradeChanges.length ? `（${gradeChanges.length}）` : ""}
          </Button>
          <Space.Compact>
            <Button onClick={() => setIsFeedbackOpen(true)}>统一填写反馈</Button>
            <Button type="primary" ghost disabled={feedbackChanges.length === 0} loading={isSaving} onClick={() => saveFeedback(feedbackChanges.map((e) => ({ entryId: e.id, feedback: feedbacks[e.id]!.trim() })))}>
              保存反馈{feedbackChanges.length ? `（${feedbackChanges.length}）` : ""}
            </Button>
          </Space.Compact>
        </Flex>
      )}
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(undefined) }} title="未能保存" description={refusal} />}
      <Table<EvaluationEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.entries}
        scroll={{ x: 1080 }}
        pagination={{ pageSize: 50, showSizeChanger: true, showTotal: (n) => `共 ${n} 人` }}
      />
      {isFeedbackOpen && (
        <FeedbackModal
          count={detail.entries.filter((e) => !e.feedback).length}
          onClose={() => setIsFeedbackOpen(false)}
          onSubmit={async (text) => {
            if (await saveFeedback(detail.entries.filter((e) => !e.feedback).map((e) => ({ entryId: e.id, feedback: text })))) setIsFeedbackOpen(false);
          }}
        />
      )}
    </Flex>
  );
}

function FeedbackModal({ count, onClose, onSubmit }: { count: number; onClose: () => void; onSubmit: (text: string) => void }) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal open title="统一填写反馈" okText={`反馈给 ${count} 名党员`} okButtonProps={{ disabled: count === 0 }} onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">为尚未反馈的 {count} 名党员记录同一条反馈意见（已反馈的不变）。个别党员的反馈可在表格中单独修改。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ text: DEFAULT_FEEDBACK }} onFinish={(v) => onSubmit(v.text.trim())}>
        <Form.Item name="text" label="反馈意见" rules={[{ required: true, whitespace: true, message: "请填写反馈意见" }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
