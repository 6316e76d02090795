import { Alert, Divider, Form, Input } from "antd";
import { useMemo, useState } from "react";
import type { AttendanceRow, MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { summarizeAttendance } from "../../../../shared/meeting-attendance";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { amendMeeting } from "../api";
import { changedAttendance, changedRecordFields, type RecordFormValues, toFormValues } from "../meeting-form";
import { AttendanceGrid } from "./AttendanceGrid";
import { QuorumReading } from "./QuorumReading";
import { RecordFields } from "./RecordFields";

interface AmendModalProps {
  meeting: MeetingDetail;
  onClose: () => void;
  onAmended: (meeting: MeetingDetail) => void;
}

type AmendFormValues = RecordFormValues & { reason: string };

/**
 * 更正记录: corrects a signed-off record with a reason (MTG-10). Only what differs from the record is
 * sent; the server keeps it as before → after, recounts the attendance and checks the quorum again.
 */
export function AmendModal({ meeting, onClose, onAmended }: AmendModalProps) {
  const [form] = Form.useForm<AmendFormValues>();
  const [rows, setRows] = useState<AttendanceRow[]>(meeting.attendance);
  const summary = useMemo(() => summarizeAttendance(meeting.type, rows), [meeting.type, rows]);
  const [noChange, setNoChange] = useState(false);

  const { isSaving, handleFinish } = useFormSubmit<AmendFormValues, MeetingDetail | null>(
    form,
    async ({ reason, ...values }) => {
      const changes = { ...changedRecordFields(meeting, values), ...(changedAttendance(meeting.attendance, rows).length ? { attendance: changedAttendance(meeting.attendance, rows) } : {}) };
      if (Object.keys(changes).length === 0) {
        setNoChange(true);
        return null;
      }
      return amendMeeting(meeting.id, { reason, changes });
    },
    {
      success: (result) => (result ? "更正已保存" : "没有需要更正的内容"),
      onDone: (result) => result && onAmended(result),
    },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="更正会议记录" okText="保存更正" width={1000}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="已签发的记录不直接修改：更正的内容、原因和更正人将作为更正记录保存，并记入审计日志。" />
      {noChange && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="更正内容与原记录相同" />}
      <Form form={form} layout="vertical" name="meeting-amend" initialValues={{ ...toFormValues(meeting), reason: "" }} onFinish={handleFinish} onValuesChange={() => setNoChange(false)}>
        <Form.Item label="更正原因" name="reason" rules={[{ required: true, whitespace: true, min: 2, message: "请填写更正原因（至少 2 个字）" }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} placeholder="如：记录人笔误，某某实际请假" />
        </Form.Item>
        <Divider titlePlacement="start">会议记录</Divider>
        <RecordFields type={meeting.type} summary={summary} />
        <Divider titlePlacement="start">出席情况</Divider>
        <QuorumReading summary={summary} />
        <AttendanceGrid rows={rows} onChange={(next) => (setRows(next), setNoChange(false))} />
      </Form>
    </FormModal>
  );
}
