import dayjs from "dayjs";
import { Alert, Button, Flex, Form, Input, Radio } from "antd";
import type { MyEvaluation } from "../../../../shared/contracts/evaluation.contract";
import type { EvaluationGrade } from "../../../../shared/org-life";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { saveMyEntry } from "../api";
import { GRADE_OPTIONS } from "../evaluation-options";

interface Values {
  selfGrade?: EvaluationGrade | null;
  selfEvaluation: string;
  partySpiritAnalysis: string;
}

/** 个人自评 and 党性分析: the member checks themselves against the member standards and the oath (§3.1). */
export function SelfEvaluationForm({ item, onSaved }: { item: MyEvaluation; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: Values) => saveMyEntry(item.campaign.id, { ...values, selfGrade: values.selfGrade ?? null }), {
    success: "已提交个人自评和党性分析",
    onDone: onSaved,
  });
  const { entry } = item;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ selfGrade: entry.selfGrade, selfEvaluation: entry.selfEvaluation ?? "", partySpiritAnalysis: entry.partySpiritAnalysis ?? "" }}
      onFinish={handleFinish}
    >
      {entry.submittedAt && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`已于 ${dayjs(entry.submittedAt).format("YYYY-MM-DD")} 提交，本阶段结束前仍可修改。`} />}
      {entry.isGraded ? (
        <Form.Item name="selfGrade" label="自评等次">
          <Radio.Group options={GRADE_OPTIONS} />
        </Form.Item>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="预备党员参加民主评议，但不评定等次。" />
      )}
      <Form.Item name="selfEvaluation" label="个人自评" rules={[{ required: true, whitespace: true, message: "请填写个人自评" }]} extra="一年来的学习、工作和作用发挥情况">
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item
        name="partySpiritAnalysis"
        label="党性分析"
        rules={[{ required: true, whitespace: true, message: "请填写党性分析" }]}
        extra="对照党章规定的党员标准、对照入党誓词，查找差距，明确努力方向"
      >
        <Input.TextArea rows={8} maxLength={10000} showCount />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {entry.submittedAt ? "保存修改" : "提交"}
        </Button>
      </Flex>
    </Form>
  );
}
