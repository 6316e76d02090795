import { SendOutlined } from "@ant-design/icons";
import { Button, Descriptions, Flex, Form, Input, Typography } from "antd";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { advanceCampaign } from "../api";
import { describeCounts } from "../evaluation-options";

interface ReportPanelProps {
  detail: EvaluationCampaignDetail;
  onReported: (detail: EvaluationCampaignDetail) => void;
}

/** 报上级党委: the notes of the report, then the campaign is closed (§3.1 procedure 4). */
export function ReportPanel({ detail, onReported }: ReportPanelProps) {
  const [form] = Form.useForm<{ reportNotes: string }>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: { reportNotes: string }) => advanceCampaign(detail.id, { to: "reported", reportNotes: values.reportNotes }), {
    success: "已上报上级党委",
    onDone: onReported,
  });
  if (detail.phase === "reported" || !detail.abilities.canManage) {
    return (
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "on", label: "上报日期", children: detail.reportedOn ?? "尚未上报" },
          { key: "notes", label: "上报情况", children: <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{detail.reportNotes ?? "—"}</Typography.Paragraph> },
        ]}
      />
    );
  }
  const initial = detail.reportNotes ?? (detail.results ? `${detail.year}年度民主评议党员已完成，参加评议 ${detail.counts.participants} 人，评定结果：${describeCounts(detail.results)}。` : "");
  return (
    <Form form={form} layout="vertical" initialValues={{ reportNotes: initial }} onFinish={handleFinish}>
      <Form.Item name="reportNotes" label="向上级党委报告的情况" rules={[{ required: true, whitespace: true, message: "请填写上报情况（EVAL-09）" }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={isSaving}>
          上报上级党委
        </Button>
      </Flex>
    </Form>
  );
}
