import { Alert, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { FormModal } from "../../../components/FormModal";
import { getErrorMessage } from "../../../lib/api-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { dissolveOrg } from "../api";
import { DATE_FORMAT } from "./org-options";

interface OrgDissolveModalProps {
  org: OrgDetail;
  onClose: () => void;
  onDissolved: (org: OrgDetail) => void;
}

interface DissolveValues {
  reason: string;
  dissolvedOn: Dayjs;
}

/**
 * 撤销 asks for the reason and the day. The server refuses while members, child organizations or
 * accounts remain, and says which: that message is shown as it comes, since it names what to do first.
 */
export function OrgDissolveModal({ org, onClose, onDissolved }: OrgDissolveModalProps) {
  const [form] = Form.useForm<DissolveValues>();
  const [refusal, setRefusal] = useState<string>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: DissolveValues) => {
      setRefusal(undefined);
      return dissolveOrg(org.id, { reason: values.reason, dissolvedOn: values.dissolvedOn.format(DATE_FORMAT) });
    },
    {
      success: (dissolved) => `已撤销“${dissolved.name}”`,
      onDone: onDissolved,
      onError: (error) => setRefusal(getErrorMessage(error)),
    },
  );

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={`撤销组织 · ${org.name}`}
      okText="确认撤销"
      okButtonProps={{ danger: true }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="撤销后组织只保留为历史记录，不能再修改；须先转出全部党员、撤销或移走下级组织。"
      />
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={refusal} />}
      <Form<DissolveValues> form={form} name="org-dissolve" layout="vertical" initialValues={{ dissolvedOn: dayjs() }} onFinish={handleFinish}>
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true, whitespace: true, message: "请填写撤销原因" }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：所在单位撤并，党员已全部转出" />
        </Form.Item>
        <Form.Item label="撤销日期" name="dissolvedOn" rules={[{ required: true, message: "请选择撤销日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
