import { Alert, DatePicker, Form, Input, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { recordOutcome } from "../api";
import type { OutcomeAction } from "../development-options";

interface OutcomeFormValues {
  occurredOn?: Dayjs;
  reason?: string;
  deferredToYear?: number | null;
}

interface OutcomeModalProps {
  person: Pick<DevelopmentPersonDetail, "id" | "name">;
  action: OutcomeAction;
  onClose: () => void;
  onRecorded: (person: DevelopmentPersonDetail) => void;
}

const NOTICES: Record<OutcomeAction["outcome"], string> = {
  withdrawn: "本人撤回入党申请后，本次发展程序终止，已有记录全部保留。",
  rejected: "党组织决定不再将其列为培养对象，本次发展程序终止，已有记录全部保留。",
  deferred: "本年度暂缓发展：程序暂停，到期后可“恢复”继续。",
  resumed: "恢复发展程序，从暂缓前的步骤继续。",
};

/** 撤回申请 / 不再培养 / 暂缓发展 / 恢复: outcomes outside the 25 steps (rules.md §1.6), with the reason. */
export function OutcomeModal({ person, action, onClose, onRecorded }: OutcomeModalProps) {
  const [form] = Form.useForm<OutcomeFormValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: OutcomeFormValues) =>
      recordOutcome(person.id, {
        outcome: action.outcome,
        occurredOn: values.occurredOn!.format("YYYY-MM-DD"),
        reason: values.reason!.trim(),
        deferredToYear: action.outcome === "deferred" ? (values.deferredToYear ?? null) : null,
      }),
    { success: `已记录“${action.label}”`, onDone: onRecorded },
  );
  const isClosing = action.outcome === "withdrawn" || action.outcome === "rejected";

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={`${action.button} · ${person.name}`}
      okText="确定"
      okButtonProps={{ danger: isClosing }}
      destroyOnHidden
    >
      <Alert type={isClosing ? "warning" : "info"} showIcon title={NOTICES[action.outcome]} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        name={`development-outcome-${action.outcome}`}
        layout="vertical"
        initialValues={{ occurredOn: dayjs(), deferredToYear: dayjs().year() + 1 }}
        onFinish={handleFinish}
      >
        <Form.Item label="日期" name="occurredOn" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
        </Form.Item>
        {action.outcome === "deferred" && (
          <Form.Item label="暂缓至（年度）" name="deferredToYear" rules={[{ required: true, message: "请填写恢复发展的年度" }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: "请说明原因" }]}>
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
