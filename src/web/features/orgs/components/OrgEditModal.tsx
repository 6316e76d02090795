import { DatePicker, Divider, Form, Input, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { OrgDetail } from "../../../../shared/contracts/orgs.contract";
import type { OrgDomain } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { updateOrg } from "../api";
import { DATE_FORMAT, emptyToNull } from "./org-options";
import { OrgUnitFields } from "./OrgUnitFields";

interface OrgEditModalProps {
  org: OrgDetail;
  onClose: () => void;
  onUpdated: (org: OrgDetail) => void;
}

interface OrgEditValues {
  name: string;
  domain?: OrgDomain;
  unitName?: string;
  unitNature?: string;
  establishedOn?: Dayjs | null;
  termStartedOn?: Dayjs | null;
  termYears?: number | null;
}

/** Code, kind and parent stay as created (moving has its own action); the term is recorded here (TERM-01..03). */
export function OrgEditModal({ org, onClose, onUpdated }: OrgEditModalProps) {
  const [form] = Form.useForm<OrgEditValues>();
  // A party group is not elected for a term, so it has no term fields.
  const hasTerm = org.defaultTermYears !== null;
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: OrgEditValues) =>
      updateOrg(org.id, {
        name: values.name,
        domain: values.domain ?? null,
        unitName: emptyToNull(values.unitName),
        unitNature: emptyToNull(values.unitNature),
        establishedOn: values.establishedOn?.format(DATE_FORMAT) ?? null,
        ...(hasTerm ? { termStartedOn: values.termStartedOn?.format(DATE_FORMAT) ?? null, termYears: values.termYears ?? null } : {}),
      }),
    { success: "已保存", onDone: onUpdated },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`编辑组织 · ${org.name}`} okText="保存">
      <Form<OrgEditValues>
        form={form}
        name="org-edit"
        layout="vertical"
        initialValues={{
          name: org.name,
          domain: org.domain ?? undefined,
          unitName: org.unitName ?? "",
          unitNature: org.unitNature ?? "",
          establishedOn: org.establishedOn ? dayjs(org.establishedOn) : null,
          termStartedOn: org.termStartedOn ? dayjs(org.termStartedOn) : null,
          termYears: org.termYears,
        }}
        onFinish={handleFinish}
      >
        <Form.Item label="组织名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入组织名称" }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <OrgUnitFields />
        {hasTerm && (
          <>
            <Divider titlePlacement="start" plain>
              本届任期
            </Divider>
            <Form.Item label="任期开始（选举）日期" name="termStartedOn" extra="换届后填写新一届的选举日期">
              <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
            </Form.Item>
            <Form.Item
              label="任期年限"
              name="termYears"
              extra={`不填则按《关于党的基层组织任期的意见》取 ${org.defaultTermYears} 年（TERM-02）`}
            >
              <InputNumber min={1} max={10} precision={0} suffix="年" placeholder={String(org.defaultTermYears)} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormModal>
  );
}
