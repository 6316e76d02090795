import { Alert, Form, Select } from "antd";
import type { UpdateUser, User } from "../../../../shared/contracts/users.contract";
import type { Role } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
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
  const [form] = Form.useForm<UserEditValues>();
  const { isSaving, handleFinish: saveChanges } = useFormSubmit(form, (changes: UpdateUser) => updateUser(user.id, changes), {
    success: "已保存，该用户需重新登录",
    onDone: onUpdated,
  });

  const handleFinish = (values: UserEditValues) => {
    // Send only what changed, so an unchanged role does not end the user's sessions for nothing.
    const changes = {
      ...(values.role !== user.role ? { role: values.role } : {}),
      ...(values.orgId !== user.orgId ? { orgId: values.orgId } : {}),
    };
    if (Object.keys(changes).length === 0) return onClose();
    return saveChanges(changes);
  };

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`修改角色/所属组织 · ${user.displayName}`} okText="保存">
      <Alert type="warning" showIcon title="保存后，该用户的所有登录会话将立即结束，需要重新登录。" style={{ marginBottom: 16 }} />
      <Form form={form} name="user-edit" layout="vertical" initialValues={{ role: user.role, orgId: user.orgId }} onFinish={handleFinish}>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item label="所属组织" name="orgId" rules={[{ required: true, message: "请选择所属组织" }]}>
          <OrgTreeSelect valueLabel={user.orgName} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
