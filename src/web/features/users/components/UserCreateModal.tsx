import { Form, Input, Select } from "antd";
import type { CreateUser, User } from "../../../../shared/contracts/users.contract";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createUser } from "../api";
import { ROLE_OPTIONS } from "./role-options";

interface UserCreateModalProps {
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** The password is typed by the administrator and handed over in person; there is no default password. */
export function UserCreateModal({ onClose, onCreated }: UserCreateModalProps) {
  const [form] = Form.useForm<CreateUser>();
  const { isSaving, handleFinish } = useFormSubmit(form, createUser, {
    success: (created) => `已新建用户“${created.displayName}”`,
    onDone: onCreated,
  });

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="新建用户" okText="创建">
      <Form form={form} name="user-create" layout="vertical" onFinish={handleFinish} autoComplete="off">
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
          extra="3–32 位小写字母、数字、点、下划线或连字符"
        >
          <Input maxLength={32} autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          rules={[{ required: true, message: "请输入初始密码" }]}
          extra="至少 10 位，须同时包含字母和数字"
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select options={ROLE_OPTIONS} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="所属组织" name="orgId" rules={[{ required: true, message: "请选择所属组织" }]}>
          <OrgTreeSelect />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
