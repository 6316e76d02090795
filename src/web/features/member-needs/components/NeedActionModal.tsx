import { Form, Input, Typography } from "antd";
import type { NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { actOnNeed } from "../api";
import { NOTE_ACTIONS, type NoteAction } from "../need-actions";

interface NeedActionModalProps {
  need: NeedDetail;
  action: NoteAction;
  onClose: () => void;
  onDone: (need: NeedDetail) => void;
}

/** One step on a need with its note (受理、进展、提交上级党委、办结、重新办理、撤回); the server's refusal shows under the note. */
export function NeedActionModal({ need, action, onClose, onDone }: NeedActionModalProps) {
  const [form] = Form.useForm<{ note?: string }>();
  const text = NOTE_ACTIONS[action];
  const { isSaving, handleFinish } = useFormSubmit(form, (values: { note?: string }) => actOnNeed(need.id, { action, note: values.note?.trim() ?? "" }), {
    success: text.success,
    onDone,
  });
  const rules = [
    ...(text.minLength > 0 ? [{ required: true, whitespace: true, message: `请填写${text.noteLabel}` }] : []),
    ...(text.minLength > 1 ? [{ min: text.minLength, message: `${text.noteLabel}至少 ${text.minLength} 字` }] : []),
  ];

  return (
    <FormModal title={`${text.title}：${need.title}`} form={form} isSaving={isSaving} onClose={onClose} okText={text.button} okButtonProps={{ danger: action === "withdraw" }} width={600}>
      <Form form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item name="note" label={text.noteLabel} rules={rules}>
          <Input.TextArea rows={5} maxLength={text.maxLength} showCount placeholder={text.placeholder} />
        </Form.Item>
        {text.hint && <Typography.Text type="secondary">{text.hint}</Typography.Text>}
      </Form>
    </FormModal>
  );
}
