import { Alert, App, Form, Modal, Select } from "antd";
import { useState } from "react";
import type { User } from "../../../../shared/contracts/users.contract";
import type { Role } from "../../../../shared/domain";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { getErrorMessage } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { updateUser } from "../api";
import { ROLE_OPTIONS } from "./role-options";

interface UserEditValues {
  role: Role;
  orgId: string;
}

interface UserEditModalProps {
  user: User;
  onClose: () => void;
  onUpdated: (user: User) => void;
}

export function UserEditModal({ user, onClose, onUpdated }: UserEditModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UserEditValues>();
  const [isSaving, setIsSaving] = useState(false);

  const handleFinish = async (values: UserEditValues) => {
    // Send only what changed, so an unchanged role does not end the user's sessions for nothing.
    const changes = {
      ...(values.role !== user.role ? { role: values.role } : {}),
      ...(values.orgId !== user.orgId ? { orgId: values.orgId } : {}),
    };
    if (Object.keys(changes).length === 0) return onClose();
    setIsSaving(true);
    try {
      const updated = await updateUser(user.id, changes);
      message.success("已保存，该用户需重新登录");
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
      title={`修改角色/所属组织 · ${user.displayName}`}
      okText="保存"
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title="保存后，该用户的所有登录会话将立即结束，需要重新登录。" style={{ marginBottom: 16 }} />
      <Form form={form} name="user-edit" layout="vertical" initialValues={{ role: user.role, orgId: user.orgId }} onFinish={handleFinish}>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item label="所属组织" name="orgId" rules={[{ required: true, message: "请选择所属组织" }]}>
          <OrgTreeSelect valueLabel={user.orgName} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
