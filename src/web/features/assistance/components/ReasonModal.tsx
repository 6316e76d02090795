import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { chinaToday } from "../../../../shared/dates";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";

interface ReasonModalProps {
  title: string;
  reasonLabel: string;
  /** Also ask for a day (结束帮扶日期), not after today. */
  dateLabel?: string;
  okText: string;
  onSubmit: (input: { reason: string; date?: string }) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** 结束帮扶, 作废, 移出: nothing is deleted, each says why (and, where it ends something, when). */
export function ReasonModal({ title, reasonLabel, dateLabel, okText, onSubmit, onClose, onDone }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string; date?: Dayjs }>();
  const today = dayjs(chinaToday(new Date()));
  const { isSaving, handleFinish } = useFormSubmit(form, (v: { reason: string; date?: Dayjs }) => onSubmit({ reason: v.reason, date: v.date?.format("YYYY-MM-DD") }), {
    success: `已${okText}`,
    onDone,
  });
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={title} okText={okText} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} name="care-reason" layout="vertical" onFinish={handleFinish} initialValues={{ date: today }}>
        {dateLabel && (
          <Form.Item label={dateLabel} name="date" rules={[{ required: true, message: `请选择${dateLabel}` }]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(today, "day")} />
          </Form.Item>
        )}
        <Form.Item label={reasonLabel} name="reason" rules={[{ required: true, whitespace: true, min: 2, message: `请写明${reasonLabel}（至少 2 字）` }]}>
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
