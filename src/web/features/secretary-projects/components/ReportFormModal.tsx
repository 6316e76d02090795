import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { chinaToday } from "../../../../shared/dates";
import type { ProgressReport } from "../../../../shared/contracts/secretary-project-progress.contract";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createProgressReport } from "../api-progress";

interface ReportFormValues {
  milestoneId?: string | null;
  reportedOn: Dayjs;
  body: string;
  completesMilestone?: boolean;
  /** One entry per live indicator, in the project's order; an empty value is not reported. */
  values?: { value?: number | null }[];
}

const formatNumber = (n: number | null) => (n === null ? "—" : String(n));

/**
 * 报告进展 (PROJ-08): a milestone (or the project as a whole), the date within the project's year and
 * not after today, what was done, the indicators' values measured that day, and “本节点已完成”.
 */
export function ReportFormModal({ project, onClose, onCreated }: { project: ProjectDetail; onClose: () => void; onCreated: (report: ProgressReport) => void }) {
  const [form] = Form.useForm<ReportFormValues>();
  const milestoneId = Form.useWatch("milestoneId", form);
  const today = dayjs(chinaToday(new Date()));
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: ReportFormValues) =>
      createProgressReport(project.id, {
        milestoneId: values.milestoneId ?? null,
        reportedOn: values.reportedOn.format("YYYY-MM-DD"),
        body: values.body,
        completesMilestone: Boolean(values.milestoneId && values.completesMilestone),
        values: project.indicators.flatMap((indicator, index) => {
          const value = values.values?.[index]?.value;
          return typeof value === "number" ? [{ indicatorId: indicator.id, value }] : [];
        }),
      }),
    { success: "已报告进展", onDone: onCreated },
  );
  const open = project.milestones.filter((m) => !m.completedOn);
  const thisYear = today.year() === project.year;

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`报告进展 · ${project.title}`} okText="提交报告" width={680} destroyOnHidden>
      <Form<ReportFormValues>
        form={form}
        name="progress-report"
        layout="vertical"
        initialValues={{
          milestoneId: open.find((m) => m.state === "overdue" || m.state === "due_soon")?.id ?? null,
          reportedOn: thisYear ? today : dayjs(`${project.year}-12-31`),
        }}
        onFinish={handleFinish}
      >
        <Form.Item label="所属节点" name="milestoneId" extra="不选择节点即为对项目整体进展的报告">
          <Select
            allowClear
            placeholder="项目整体"
            options={project.milestones.map((m) => ({
              value: m.id,
              label: `${m.title}（${m.completedOn ? `已于 ${m.completedOn} 完成` : `时限 ${m.dueOn}`}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="报告日期"
          name="reportedOn"
          rules={[{ required: true, message: "请选择报告日期" }]}
          extra={`须在 ${project.year} 年度之内，且不晚于今天（PROJ-08）`}
        >
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.year() !== project.year || date.isAfter(today, "day")} />
        </Form.Item>
        <Form.Item label="进展情况" name="body" rules={[{ required: true, whitespace: true, message: "请填写进展情况" }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder="本阶段做了哪些工作、取得了什么成效、存在什么问题" />
        </Form.Item>
        {project.indicators.length > 0 && (
          <Form.Item label="指标数值（本次测得的数值，可只填部分）" style={{ marginBottom: 8 }}>
            {project.indicators.map((indicator, index) => (
              <Form.Item
                key={indicator.id}
                name={["values", index, "value"]}
                label={indicator.name}
                extra={`基数 ${indicator.baseline}，目标 ${indicator.target}，最近一次 ${formatNumber(indicator.latestValue)}${indicator.latestOn ? `（${indicator.latestOn}）` : ""}`}
                style={{ marginBottom: 12 }}
              >
                <InputNumber style={{ width: 240 }} suffix={indicator.unit} placeholder="未测不填" />
              </Form.Item>
            ))}
          </Form.Item>
        )}
        <Form.Item name="completesMilestone" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox disabled={!milestoneId}>本节点已完成</Checkbox>
        </Form.Item>
        {!milestoneId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            选择节点后可标记完成，完成日期即报告日期
          </Typography.Text>
        )}
      </Form>
    </FormModal>
  );
}
