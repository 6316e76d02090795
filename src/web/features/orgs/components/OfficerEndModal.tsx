import { DatePicker, Form } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { OrgOfficer } from "../../../../shared/contracts/orgs.contract";
import { OFFICER_POST_LABELS } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
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
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: { endedOn: Dayjs }) => endOrgOfficer(orgId, officer.id, { endedOn: values.endedOn.format(DATE_FORMAT) }),
    { success: `${officer.name}已离任`, onDone: () => onEnded() },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`离任 · ${OFFICER_POST_LABELS[officer.post]} ${officer.name}`} okText="确认离任">
      <Form form={form} name="officer-end" layout="vertical" initialValues={{ endedOn: dayjs() }} onFinish={handleFinish}>
        <Form.Item label="离任日期" name="endedOn" rules={[{ required: true, message: "请选择离任日期" }]} extra={`任职日期：${officer.startedOn}`}>
          <DatePicker
            style={{ width: "100%" }}
            disabledDate={(day) => day.isAfter(dayjs(), "day") || day.isBefore(dayjs(officer.startedOn), "day")}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
