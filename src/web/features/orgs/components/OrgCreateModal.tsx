import { Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import type { CreateOrg, OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createOrg } from "../api";
import { DATE_FORMAT, emptyToNull, ORG_KIND_OPTIONS, suggestChildKind } from "./org-options";
import { OrgUnitFields } from "./OrgUnitFields";

type CreateOrgValues = Omit<CreateOrg, "parentId" | "establishedOn"> & { establishedOn?: Dayjs | null };

interface OrgCreateModalProps {
  parent: OrgDetail;
  onClose: () => void;
  onCreated: (org: OrgDetail) => void;
}

/** Rendered only while open, so each opening starts from the current parent's defaults. */
export function OrgCreateModal({ parent, onClose, onCreated }: OrgCreateModalProps) {
  const [form] = Form.useForm<CreateOrgValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: CreateOrgValues) =>
      createOrg({
        ...values,
        parentId: parent.id,
        domain: values.domain ?? null,
        unitName: emptyToNull(values.unitName),
        unitNature: emptyToNull(values.unitNature),
        establishedOn: values.establishedOn?.format(DATE_FORMAT) ?? null,
      }),
    { success: (created) => `已新建“${created.name}”`, onDone: onCreated },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`新建下级组织 · ${parent.name}`} okText="创建">
      <Form
        form={form}
        name="org-create"
        layout="vertical"
        initialValues={{ kind: suggestChildKind(parent.kind), domain: parent.domain ?? undefined, unitName: parent.unitName ?? "", unitNature: parent.unitNature ?? "" }}
        onFinish={handleFinish}
      >
        <Form.Item label="组织编码" name="code" rules={[{ required: true, message: "请输入组织编码" }]} extra="2–32 位字母、数字、下划线或连字符，创建后不可修改">
          <Input maxLength={32} autoFocus />
        </Form.Item>
        <Form.Item label="组织名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入组织名称" }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="组织类型" name="kind" rules={[{ required: true, message: "请选择组织类型" }]}>
          <Select options={ORG_KIND_OPTIONS} />
        </Form.Item>
        <OrgUnitFields />
      </Form>
    </FormModal>
  );
}
