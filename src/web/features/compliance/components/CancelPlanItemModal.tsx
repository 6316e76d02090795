import { Form, Input } from "antd";
import type { PlanItem } from "../../../../shared/contracts/compliance.contract";
import { MEETING_TYPE_LABELS } from "../../../../shared/org-life";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { cancelPlanItem } from "../api";

/** 取消计划事项: kept with its reason, never deleted. */
export function CancelPlanItemModal({ item, onClose, onSaved }: { item: PlanItem; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { isSaving, handleFinish } = useFormSubmit<{ reason: string }, PlanItem>(form, (values) => cancelPlanItem(item.id, { reason: values.reason.trim() }), {
    success: "计划事项已取消",
    onDone: onSaved,
  });
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`取消计划：${item.year}年${item.month}月 ${MEETING_TYPE_LABELS[item.type]}`} okText="确认取消" okButtonProps={{ danger: true }}>
      <Form form={form} name="plan-cancel" layout="vertical" onFinish={handleFinish}>
        <Form.Item name="reason" label="取消原因" rules={[{ required: true, whitespace: true, min: 2, message: "请填写取消原因（至少 2 个字）" }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：与换届选举大会合并召开" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
