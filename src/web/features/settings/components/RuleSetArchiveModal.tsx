import { Alert, Form, Input } from "antd";
import type { RuleSetSettings } from "../../../../shared/contracts/development.contract";
import { RULE_SET_LABELS } from "../../../../shared/development-steps";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { archiveRuleSetPeriod } from "../api";

type Period = RuleSetSettings["periods"][number];

interface RuleSetArchiveModalProps {
  period: Period;
  onClose: () => void;
  onArchived: () => void;
}

/** 撤销生效期: a period entered by mistake is retracted, not deleted; the reason goes to the audit log. */
export function RuleSetArchiveModal({ period, onClose, onArchived }: RuleSetArchiveModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: { reason: string }) => archiveRuleSetPeriod(period.id, { reason: values.reason.trim() }), {
    success: "已撤销该生效期",
    onDone: onArchived,
  });
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="撤销生效期" okText="确认撤销" okButtonProps={{ danger: true }}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`撤销自 ${period.effectiveFrom} 起适用${RULE_SET_LABELS[period.ruleSet]}的设置`}
        description="已登记的步骤仍保留其登记时校验所用的规则版本；撤销只影响此后登记的步骤。"
      />
      <Form<{ reason: string }> form={form} name="rule-set-archive" layout="vertical" onFinish={handleFinish}>
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true, whitespace: true, message: "请说明撤销原因" }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：生效日期登记错误" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
