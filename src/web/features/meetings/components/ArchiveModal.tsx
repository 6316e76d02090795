import { Form, Input } from "antd";
import type { ArchiveMeeting, MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { archiveMeeting } from "../api";

/** 作废草稿: a draft withdrawn with its reason; kept, never deleted (a signed-off record cannot be withdrawn). */
export function ArchiveModal({ meeting, onClose, onArchived }: { meeting: MeetingDetail; onClose: () => void; onArchived: (m: MeetingDetail) => void }) {
  const [form] = Form.useForm<ArchiveMeeting>();
  const { isSaving, handleFinish } = useFormSubmit<ArchiveMeeting, MeetingDetail>(form, (values) => archiveMeeting(meeting.id, values), {
    success: "草稿已作废",
    onDone: onArchived,
  });
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="作废会议记录草稿" okText="作废" okButtonProps={{ danger: true }}>
      <Form form={form} layout="vertical" name="meeting-archive" onFinish={handleFinish}>
        <Form.Item label="作废原因" name="reason" rules={[{ required: true, whitespace: true, min: 2, message: "请填写作废原因（至少 2 个字）" }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} placeholder="如：重复录入" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
