import { App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import type { OrgDetail, UpdateOrg } from "../../../../shared/contracts/orgs.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { updateOrg } from "../api";
import { emptyToNull, ORG_DOMAIN_OPTIONS } from "./org-options";

interface OrgEditModalProps {
  org: OrgDetail;
  onClose: () => void;
  onUpdated: (org: OrgDetail) => void;
}

/** The API changes only name, domain and unit name; code, kind and parent stay as created. */
export function OrgEditModal({ org, onClose, onUpdated }: OrgEditModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateOrg>();
  const [isSaving, setIsSaving] = useState(false);

  const handleFinish = async (values: UpdateOrg) => {
    setIsSaving(true);
    try {
      const updated = await updateOrg(org.id, {
        name: values.name,
        domain: values.domain ?? null,
        unitName: emptyToNull(values.unitName),
      });
      message.success("已保存");
      onUpdated(updated);
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`编辑组织 · ${org.name}`}
      okText="保存"
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name="org-edit"
        layout="vertical"
        initialValues={{ name: org.name, domain: org.domain ?? undefined, unitName: org.unitName ?? "" }}
        onFinish={handleFinish}
      >
        <Form.Item label="组织名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入组织名称" }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item label="所属领域" name="domain">
          <Select options={ORG_DOMAIN_OPTIONS} allowClear placeholder="请选择" />
        </Form.Item>
        <Form.Item label="单位名称" name="unitName">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
