import { App, DatePicker, Form, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { OrgOfficer } from "../../../../shared/contracts/orgs.contract";
import { OFFICER_POST_LABELS } from "../../../../shared/domain";
import { getErrorMessage } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { endOrgOfficer } from "../api";
import { DATE_FORMAT } from "./org-options";

interface OfficerEndModalProps {
  orgId: string;
  officer: OrgOfficer;
  onClose: () => void;
  onEnded: () => void;
}

/** 离任: the post ends on a day between its start and today; the record stays in the history. */
export function OfficerEndModal({ orgId, officer, onClose, onEnded }: OfficerEndModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const [isSaving, setIsSaving] = useState(false);

  const handleFinish = async (values: { endedOn: Dayjs }) => {
    setIsSaving(true);
    try {
      await endOrgOfficer(orgId, officer.id, { endedOn: values.endedOn.format(DATE_FORMAT) });
      message.success(`${officer.name}已离任`);
      onEnded();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`离任 · ${OFFICER_POST_LABELS[officer.post]} ${officer.name}`}
      okText="确认离任"
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form form={form} name="officer-end" layout="vertical" initialValues={{ endedOn: dayjs() }} onFinish={handleFinish}>
        <Form.Item label="离任日期" name="endedOn" rules={[{ required: true, message: "请选择离任日期" }]} extra={`任职日期：${officer.startedOn}`}>
          <DatePicker
            style={{ width: "100%" }}
            disabledDate={(day) => day.isAfter(dayjs(), "day") || day.isBefore(dayjs(officer.startedOn), "day")}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
