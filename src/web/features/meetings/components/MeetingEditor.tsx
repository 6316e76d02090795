import { SaveOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Form } from "antd";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import type { AttendanceRow, MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { summarizeAttendance } from "../../../../shared/meeting-attendance";
import { getErrorMessage } from "../../../lib/api-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { saveAttendance, updateMeeting } from "../api";
import { changedAttendance, type RecordFormValues, toFormValues, toRecordInput } from "../meeting-form";
import { AttendanceGrid } from "./AttendanceGrid";
import { QuorumReading } from "./QuorumReading";
import { RecordFields } from "./RecordFields";
import { SignOffPanel } from "./SignOffPanel";

interface MeetingEditorProps {
  meeting: MeetingDetail;
  onChanged: (meeting: MeetingDetail) => void;
  /** Shown between the attendance and the sign-off (the photos and files). */
  children?: ReactNode;
}

/**
 * A draft being recorded: the record's fields, the attendance grid with its live quorum reading, and
 * the sign-off. Each part saves on its own; the sign-off waits until both are saved.
 */
export function MeetingEditor({ meeting, onChanged, children }: MeetingEditorProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordFormValues>();
  const [rows, setRows] = useState<AttendanceRow[]>(meeting.attendance);
  const [isFormDirty, setIsFormDirty] = useState(false);
  const [isSavingAttendance, setIsSavingAttendance] = useState(false);

  // A new version of the record (saved here or elsewhere) resets both parts.
  useEffect(() => {
    setRows(meeting.attendance);
    form.setFieldsValue(toFormValues(meeting));
    setIsFormDirty(false);
  }, [meeting, form]);

  const summary = useMemo(() => summarizeAttendance(meeting.type, rows), [meeting.type, rows]);
  const attendanceChanges = changedAttendance(meeting.attendance, rows);

  const { isSaving, handleFinish } = useFormSubmit<RecordFormValues, MeetingDetail>(form, (values) => updateMeeting(meeting.id, toRecordInput(values, meeting.type)), {
    success: "会议记录已保存",
    onDone: onChanged,
  });

  const handleSaveAttendance = async () => {
    setIsSavingAttendance(true);
    try {
      const saved = await saveAttendance(meeting.id, { attendance: attendanceChanges });
      message.success("出席情况已保存");
      onChanged(saved);
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsSavingAttendance(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title="会议记录" size="small">
        <Form form={form} layout="vertical" name="meeting-record" initialValues={toFormValues(meeting)} onFinish={handleFinish} onValuesChange={() => setIsFormDirty(true)}>
          <RecordFields type={meeting.type} summary={summary} />
          <Flex justify="end">
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={isSaving} disabled={!isFormDirty}>
              保存会议记录
            </Button>
          </Flex>
        </Form>
      </Card>
      <Card
        title={`出席情况（共 ${meeting.attendance.length} 人）`}
        size="small"
        extra={
          <Button type="primary" icon={<SaveOutlined />} loading={isSavingAttendance} disabled={attendanceChanges.length === 0} onClick={handleSaveAttendance}>
            保存出席情况
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <QuorumReading summary={summary} />
          <AttendanceGrid rows={rows} onChange={setRows} />
        </Flex>
      </Card>
      {children}
      <SignOffPanel meeting={meeting} hasUnsavedChanges={isFormDirty || attendanceChanges.length > 0} onSignedOff={onChanged} />
    </Flex>
  );
}
