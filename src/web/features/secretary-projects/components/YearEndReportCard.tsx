import { Alert, Button, Card, Form, Input, Typography } from "antd";
import dayjs from "dayjs";
import type { ProjectEvaluation, YearEndReport } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { submitYearEndReport } from "../api-evaluation";

/** 述职: the secretary's year-end report — the form for the secretary's side once it opens (PROJ-11), the text once submitted. */
export function YearEndReportCard({ evaluation, onDone }: { evaluation: ProjectEvaluation; onDone: (next: ProjectEvaluation) => void }) {
  const [form] = Form.useForm<YearEndReport>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: YearEndReport) => submitYearEndReport(evaluation.projectId, values), {
    success: "述职报告已提交，等待上级党委评价",
    onDone,
  });
  const isSecretary = evaluation.sides.includes("secretary");

  if (evaluation.yearEndReport) {
    return (
      <Card size="small" title="年终述职报告" extra={evaluation.reportedAt && <Typography.Text type="secondary">{dayjs(evaluation.reportedAt).format("YYYY-MM-DD HH:mm")} 提交</Typography.Text>}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }} data-testid="year-end-report">
          {evaluation.yearEndReport}
        </Typography.Paragraph>
      </Card>
    );
  }
  if (!isSecretary) {
    return (
      <Card size="small" title="年终述职报告">
        <Typography.Text type="secondary">书记尚未提交述职报告（{evaluation.reportOpensOn} 起可提交）。</Typography.Text>
      </Card>
    );
  }
  if (!evaluation.abilities.canReport) {
    return (
      <Card size="small" title="年终述职报告">
        <Alert type="info" showIcon title={`${evaluation.year} 年度述职报告自 ${evaluation.reportOpensOn} 起提交`} description="提交后项目进入“已述职”，由上级党委组织测评和评价；提交后不能修改。" />
      </Card>
    );
  }
  return (
    <Card size="small" title="提交年终述职报告">
      <Form<YearEndReport> form={form} name="year-end-report" layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="report"
          label="述职报告"
          extra="围绕项目目标和指标完成情况、采取的措施、取得的成效、存在的不足和下一步打算撰写；提交后不能修改。"
          rules={[
            { required: true, message: "请填写述职报告" },
            { min: 20, message: "述职报告至少 20 字" },
          ]}
        >
          <Input.TextArea rows={8} maxLength={10000} showCount placeholder="书记抓项目的主要做法、成效和体会" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          提交述职报告
        </Button>
      </Form>
    </Card>
  );
}
