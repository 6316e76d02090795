import { CheckCircleOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Tooltip } from "antd";
import { useState } from "react";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { signOffMeeting } from "../api";

export const SIGN_OFF_WARNING = "签发后记录锁定，之后的修改将作为更正记录保存";

interface SignOffPanelProps {
  meeting: MeetingDetail;
  /** Unsaved edits in the form or the attendance grid: they must be saved first. */
  hasUnsavedChanges: boolean;
  onSignedOff: (meeting: MeetingDetail) => void;
}

/** What still stops the sign-off (the server's reading), and the 签发 button with its confirmation. */
export function SignOffPanel({ meeting, hasUnsavedChanges, onSignedOff }: SignOffPanelProps) {
  const { modal, message } = App.useApp();
  const [isSigning, setIsSigning] = useState(false);
  const issues = meeting.signOffIssues;
  const blocked = hasUnsavedChanges || issues.length > 0;

  const confirm = () =>
    modal.confirm({
      title: "签发会议记录",
      content: SIGN_OFF_WARNING,
      okText: "签发",
      cancelText: "取消",
      onOk: async () => {
        setIsSigning(true);
        try {
          const signed = await signOffMeeting(meeting.id);
          message.success("会议记录已签发");
          onSignedOff(signed);
        } catch (error) {
          message.error(getErrorMessage(error));
        } finally {
          setIsSigning(false);
        }
      },
    });

  return (
    <Flex vertical gap={8}>
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="签发前还需处理："
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {issues.map((issue, i) => (
                <li key={`${issue.field}-${i}`}>{issue.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {meeting.abilities.canSignOff && (
        <Flex justify="end">
          <Tooltip title={hasUnsavedChanges ? "请先保存修改" : issues.length > 0 ? "请先处理上述问题" : SIGN_OFF_WARNING}>
            <Button type="primary" size="large" icon={<CheckCircleOutlined />} disabled={blocked} loading={isSigning} onClick={confirm}>
              签发会议记录
            </Button>
          </Tooltip>
        </Flex>
      )}
    </Flex>
  );
}
