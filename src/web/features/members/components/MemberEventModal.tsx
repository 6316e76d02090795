import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Flex, Form, Input, Select, type UploadFile } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { MAX_EVENT_DOCUMENTS, type MemberDetail, type MemberEvent } from "../../../../shared/contracts/members.contract";
import { MEMBER_EVENT_LABELS, type MemberEventType } from "../../../../shared/domain";
import { FormModal } from "../../../components/FormModal";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createMemberEvent } from "../api";
import { availableEventTypes, buildEventInput, EVENT_FIELDS, type EventFieldSpec, type EventFormValues } from "../member-events";
import { EXIT_KIND_OPTIONS } from "../member-options";
import { EventFileUpload, isAnyFileUploading, uploadedFileIds } from "./EventFileUpload";
import { TransferTargetInput } from "./TransferTargetInput";

type FormValues = Omit<EventFormValues, "occurredOn" | "documentIds"> & { occurredOn?: Dayjs; files?: UploadFile[] };

interface MemberEventModalProps {
  member: MemberDetail;
  onClose: () => void;
  onRecorded: (event: MemberEvent) => void;
}

function EventField({ spec }: { spec: EventFieldSpec }) {
  const required = spec.isRequired ? [{ required: true, whitespace: true, message: `请填写${spec.label}` }] : [];
  switch (spec.name) {
    case "toOrgId":
      return (
        <Form.Item
          label={spec.label}
          name="toOrgId"
          rules={[{ required: true, message: "请选择接收组织，或按组织编码查找" }]}
        >
          <TransferTargetInput />
        </Form.Item>
      );
    case "exitKind":
      return (
        <Form.Item label={spec.label} name="exitKind" rules={[{ required: true, message: "请选择出党方式" }]}>
          <Select options={EXIT_KIND_OPTIONS} placeholder="请选择" />
        </Form.Item>
      );
    default:
      return (
        <Form.Item label={spec.label} name={spec.name} rules={required}>
          <Input maxLength={spec.name === "destination" ? 100 : 50} />
        </Form.Item>
      );
  }
}

/** 党籍变动: one form whose fields follow the event type, as CreateMemberEventSchema's variants do. */
export function MemberEventModal({ member, onClose, onRecorded }: MemberEventModalProps) {
  const [form] = Form.useForm<FormValues>();
  const type = Form.useWatch("type", form);
  const types = availableEventTypes(member);
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    ({ occurredOn, files, ...values }: FormValues) =>
      createMemberEvent(member.id, buildEventInput({ ...values, occurredOn: occurredOn!.format("YYYY-MM-DD"), documentIds: uploadedFileIds(files) })),
    { success: (_recorded, values) => `已记录“${MEMBER_EVENT_LABELS[values.type]}”`, onDone: onRecorded },
  );

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={`党籍变动 · ${member.name}`}
      okText="记录"
      width={640}
      okButtonProps={{ disabled: types.length === 0 }}
    >
      {types.length === 0 ? (
        <Alert type="info" showIcon title="该党员当前的党籍状态下没有可记录的变动。" />
      ) : (
        <Form form={form} name="member-event" layout="vertical" initialValues={{ occurredOn: dayjs() }} onFinish={handleFinish}>
          <Form.Item label="变动类型" name="type" rules={[{ required: true, message: "请选择变动类型" }]}>
            <Select<MemberEventType>
              placeholder="请选择"
              options={types.map((value) => ({ value, label: MEMBER_EVENT_LABELS[value] }))}
            />
          </Form.Item>
          <Form.Item label="发生日期" name="occurredOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
          </Form.Item>
          {type && EVENT_FIELDS[type].map((spec) => <EventField key={`${type}.${spec.name}`} spec={spec} />)}
          <Form.Item label="原因或说明" name="reason">
            <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item
            label="文书文件"
            name="files"
            extra={`介绍信、证明、决定等的扫描件或电子文件，随本次变动保存；${DOCUMENT_HINT}`}
            rules={[{ validator: (_, files?: UploadFile[]) => (isAnyFileUploading(files) ? Promise.reject(new Error("请等待文件上传完成")) : Promise.resolve()) }]}
          >
            <EventFileUpload memberId={member.id} />
          </Form.Item>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <Form.Item label="相关文书" extra="没有电子文件的文书，填写名称和文号">
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, "name"]} rules={[{ required: true, whitespace: true, message: "请填写文书名称" }]} style={{ flex: 2 }}>
                      <Input placeholder="文书名称" maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[field.name, "number"]} style={{ flex: 1 }}>
                      <Input placeholder="文号（可选）" maxLength={100} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除文书" onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                {fields.length < MAX_EVENT_DOCUMENTS && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                    添加文书
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        </Form>
      )}
    </FormModal>
  );
}
