import { Alert, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { RULE_SETS, RULE_SET_LABELS, type RuleSet } from "../../../../shared/development-steps";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createRuleSetPeriod } from "../api";

interface PeriodValues {
  ruleSet: RuleSet;
  effectiveFrom: Dayjs;
  note: string;
}

interface RuleSetPeriodModalProps {
  current: RuleSet;
  onClose: () => void;
  onSaved: () => void;
}

const RULE_SET_OPTIONS = RULE_SETS.map((ruleSet) => ({ value: ruleSet, label: RULE_SET_LABELS[ruleSet] }));

/**
 * 新增生效期: from a day on, new steps are judged by the chosen rule set; the note records the checked
 * official text. A day that already has a period is refused under the date field (409).
 */
export function RuleSetPeriodModal({ current, onClose, onSaved }: RuleSetPeriodModalProps) {
  const [form] = Form.useForm<PeriodValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: PeriodValues) =>
      createRuleSetPeriod({ ruleSet: values.ruleSet, effectiveFrom: values.effectiveFrom.format("YYYY-MM-DD"), note: values.note.trim() }),
    { success: "已登记规则版本生效期", onDone: onSaved },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="新增生效期" okText="登记" width={600}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="生效日期及以后登记的步骤按所选规则版本校验；请先核对正式文本，再登记。"
      />
      <Form<PeriodValues>
        form={form}
        name="rule-set-period"
        layout="vertical"
        initialValues={{ ruleSet: RULE_SETS.find((ruleSet) => ruleSet !== current) ?? current, effectiveFrom: dayjs() }}
        onFinish={handleFinish}
      >
        <Form.Item label="规则版本" name="ruleSet" rules={[{ required: true, message: "请选择规则版本" }]}>
          <Select options={RULE_SET_OPTIONS} />
        </Form.Item>
        <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: "请选择生效日期" }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item label="依据" name="note" rules={[{ required: true, whitespace: true, message: "请说明依据（已核对的正式文本）" }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="已核对的正式文本依据：文件名称、文号、发布日期及核对人" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
