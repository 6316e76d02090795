import { Alert, DatePicker, Form, Input, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { HandlingCaseDetail } from "../../../../shared/contracts/handling.contract";
import { FormModal } from "../../../components/FormModal";
import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createHandlingCase, findFullMembers } from "../api";

interface CreateCaseValues {
  memberId?: string;
  decidedOn?: Dayjs;
  grounds?: string;
  sanctionedForSameMatter?: boolean;
}

interface CreateCaseModalProps {
  onClose: () => void;
  onCreated: (handlingCase: HandlingCaseDetail) => void;
}

/** 新建处置: a member of the branch found unqualified outside a campaign; education comes first. */
export function CreateCaseModal({ onClose, onCreated }: CreateCaseModalProps) {
  const [form] = Form.useForm<CreateCaseValues>();
  const isSanctioned = Form.useWatch("sanctionedForSameMatter", form) === true;
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: CreateCaseValues) =>
      createHandlingCase({
        memberId: values.memberId!,
        decidedOn: values.decidedOn!.format("YYYY-MM-DD"),
        grounds: values.grounds!.trim(),
        sanctionedForSameMatter: values.sanctionedForSameMatter === true,
      }),
    { success: "已新建处置，请先进行教育谈话", onDone: onCreated },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title="新建处置 · 不合格党员" okText="新建" width={600} destroyOnHidden>
      <Alert
        type="info"
        showIcon
        title="对不合格党员先进行教育帮助，再由党支部决定处置方式：限期改正、劝其退党；劝而不退的除名。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} name="handling-create" layout="vertical" initialValues={{ decidedOn: dayjs(), sanctionedForSameMatter: false }} onFinish={handleFinish}>
        <Form.Item label="党员" name="memberId" rules={[{ required: true, message: "请选择党员" }]}>
          <MemberSearchSelect search={findFullMembers} placeholder="输入姓名搜索本支部正式党员" notFoundText="没有符合的正式党员" />
        </Form.Item>
        <Form.Item label="评定不合格日期" name="decidedOn" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item label="处置事由" name="grounds" rules={[{ required: true, whitespace: true, message: "请填写处置事由" }]} extra="如：理想信念动摇、长期不参加组织生活、不履行党员义务等具体表现">
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          label="是否已因同一事由受到党纪处分"
          name="sanctionedForSameMatter"
          rules={[{ required: true, message: "请选择" }]}
          tooltip="《不合格党员组织处置办法》第四条：受到党纪处分的，不再因同一事由进行组织处置"
        >
          <Radio.Group
            options={[
              { value: false, label: "否" },
              { value: true, label: "是" },
            ]}
          />
        </Form.Item>
        {isSanctioned && <Alert type="warning" showIcon title="已因同一事由受到党纪处分的，不再进行组织处置（《不合格党员组织处置办法》第四条，HANDLE-01）。" />}
      </Form>
    </FormModal>
  );
}
