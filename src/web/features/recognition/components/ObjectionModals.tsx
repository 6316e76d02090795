import { DatePicker, Form, Input, Radio, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { NominationDetail, Objection } from "../../../../shared/contracts/recognition.contract";
import { OBJECTION_FINDINGS, OBJECTION_FINDING_LABELS, type ObjectionFinding } from "../../../../shared/care";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { findObjection, recordObjection } from "../api";

interface ModalProps {
  nomination: NominationDetail;
  onClose: () => void;
  onDone: (nomination: NominationDetail) => void;
}

/** HON-08: an objection received during publicity (who raised it is not recorded). */
export function RecordObjectionModal({ nomination, onClose, onDone }: ModalProps) {
  const [form] = Form.useForm<{ receivedOn: Dayjs; content: string }>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: { receivedOn: Dayjs; content: string }) => recordObjection(nomination.id, { receivedOn: values.receivedOn.format("YYYY-MM-DD"), content: values.content }),
    { success: "已登记反映，请及时核实", onDone },
  );
  const p = nomination.publicity;
  return (
    <FormModal title="登记公示期间的反映" form={form} isSaving={isSaving} onClose={onClose} okText="登记" width={560}>
      <Form form={form} layout="vertical" onFinish={handleFinish} initialValues={{ receivedOn: dayjs() }}>
        <Typography.Paragraph type="secondary">只登记公示期间（{p ? `${p.startsOn} 至 ${p.endsOn}` : "—"}）收到的反映；为保护反映人，不登记反映人信息。</Typography.Paragraph>
        <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true, message: "请选择收到日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} allowClear={false} />
        </Form.Item>
        <Form.Item label="反映内容" name="content" rules={[{ required: true, whitespace: true, message: "请填写反映内容" }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** HON-09: the finding on one objection, once, with what the check found. */
export function FindObjectionModal({ nomination, objection, onClose, onDone }: ModalProps & { objection: Objection }) {
  const [form] = Form.useForm<{ finding: ObjectionFinding; note: string }>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: { finding: ObjectionFinding; note: string }) => findObjection(nomination.id, objection.id, values), {
    success: "已记录核实结论",
    onDone,
  });
  return (
    <FormModal title="核实反映" form={form} isSaving={isSaving} onClose={onClose} okText="记录核实结论" width={560}>
      <Typography.Paragraph>
        {objection.receivedOn} 收到：{objection.content}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item label="核实结论" name="finding" rules={[{ required: true, message: "请选择核实结论" }]} extra="反映属实的，不予表彰；结论只作一次。">
          <Radio.Group options={OBJECTION_FINDINGS.map((f) => ({ value: f, label: OBJECTION_FINDING_LABELS[f] }))} />
        </Form.Item>
        <Form.Item label="核实情况" name="note" rules={[{ required: true, whitespace: true, message: "请写明核实情况" }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
