import { Alert, Form } from "antd";
import type { MoveOrg, OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { moveOrg } from "../api";

interface OrgMoveModalProps {
  org: OrgDetail;
  onClose: () => void;
  onMoved: (org: OrgDetail, previousParentId: string | null) => void;
}

/** 移动: the organization goes with all its groups and branches; the server checks the kinds and cycles. */
export function OrgMoveModal({ org, onClose, onMoved }: OrgMoveModalProps) {
  const [form] = Form.useForm<MoveOrg>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: MoveOrg) => moveOrg(org.id, values), {
    success: (moved) => `已将“${moved.name}”移至“${moved.parentName}”下`,
    onDone: (moved) => onMoved(moved, org.parentId),
  });

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`移动组织 · ${org.name}`} okText="移动">
      {org.subtreeOrgCount > 1 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`连同其下 ${org.subtreeOrgCount - 1} 个组织、${org.subtreeMemberCount} 名党员一起移动`}
        />
      )}
      <Form<MoveOrg> form={form} name="org-move" layout="vertical" initialValues={{ parentId: undefined }} onFinish={handleFinish}>
        <Form.Item label="当前上级组织">{org.parentName ?? "（顶层组织）"}</Form.Item>
        <Form.Item label="新的上级组织" name="parentId" rules={[{ required: true, message: "请选择新的上级组织" }]}>
          <OrgTreeSelect placeholder="请选择新的上级组织" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
