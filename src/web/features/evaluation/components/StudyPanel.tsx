import { Button, Descriptions, Flex, Form, Input, Select, Typography } from "antd";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import type { MeetingPage } from "../../../../shared/contracts/meetings.contract";
import { api } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { updateCampaign } from "../api";
import { EMPTY } from "../evaluation-options";

interface Values {
  studyNotes?: string;
  meetingId?: string | null;
}

interface StudyPanelProps {
  detail: EvaluationCampaignDetail;
  onSaved: (detail: EvaluationCampaignDetail) => void;
}

const findGeneralMeetings = (orgId: string, signal: AbortSignal) =>
  api.get<MeetingPage>("/api/meetings", { orgId, type: "general_meeting", pageSize: 50 }, signal);

/** 学习教育: what was studied, and the general meeting that holds the evaluation. */
export function StudyPanel({ detail, onSaved }: StudyPanelProps) {
  const [form] = Form.useForm<Values>();
  const editable = detail.abilities.canManage && !["published", "reported"].includes(detail.phase);
  const meetings = useApiQuery((signal) => (editable ? findGeneralMeetings(detail.orgId, signal) : Promise.resolve(undefined)), [detail.orgId, editable]);
  const { isSaving, handleFinish } = useFormSubmit(form, (values: Values) => updateCampaign(detail.id, { studyNotes: values.studyNotes ?? null, meetingId: values.meetingId ?? null }), {
    success: "已保存学习教育情况",
    onDone: onSaved,
  });

  if (!editable) {
    return (
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "notes", label: "学习教育情况", children: <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{detail.studyNotes ?? EMPTY}</Typography.Paragraph> },
          { key: "meeting", label: "支部党员大会", children: detail.meeting ? `${detail.meeting.heldOn} ${detail.meeting.topic}` : EMPTY },
        ]}
      />
    );
  }
  const options = (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.heldOn} ${m.topic}` }));
  if (detail.meeting && !options.some((o) => o.value === detail.meeting!.id)) options.unshift({ value: detail.meeting.id, label: `${detail.meeting.heldOn} ${detail.meeting.topic}` });
  return (
    <Form form={form} layout="vertical" initialValues={{ studyNotes: detail.studyNotes ?? "", meetingId: detail.meeting?.id ?? null }} onFinish={handleFinish}>
      <Form.Item name="studyNotes" label="学习教育情况" extra="学习内容、形式和时间，如：集中学习党章和入党誓词，对照合格党员标准查找差距。进入个人自评前须填写（EVAL-03）。">
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="meetingId" label="召开评议的支部党员大会（可选）">
        <Select allowClear loading={meetings.isLoading} options={options} placeholder="选择本支部已记录的支部党员大会" notFoundContent="暂无支部党员大会记录" />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" loading={isSaving}>
          保存
        </Button>
      </Flex>
    </Form>
  );
}
