import { DatePicker, Form, Input, InputNumber, Radio, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { HONOURS, HONOUR_LABELS, type Honour } from "../../../../shared/care";
import type { HonourItem } from "../../../../shared/contracts/recognition.contract";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { recordHonour, revokeHonour } from "../api";
import { isPersonHonour } from "../recognition-form";
import { NomineeMemberSelect } from "./NomineeMemberSelect";

interface RecordValues {
  honour: Honour;
  year: number;
  memberId?: string;
  orgId?: string;
  conferredBy: string;
  conferredOn: Dayjs;
}

/**
 * HON-13: an honour conferred elsewhere (the county committee, the government), entered from the paper
 * record for a member or organization of the caller's committee.
 */
export function RecordHonourModal({ scopeOrgId, onClose, onDone }: { scopeOrgId: string; onClose: () => void; onDone: (honour: HonourItem) => void }) {
  const [form] = Form.useForm<RecordValues>();
  const honour = Form.useWatch("honour", form);
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (v: RecordValues) =>
      recordHonour({
        honour: v.honour,
        year: v.year,
        memberId: isPersonHonour(v.honour) ? (v.memberId ?? null) : null,
        orgId: isPersonHonour(v.honour) ? null : (v.orgId ?? null),
        conferredBy: v.conferredBy,
        conferredOn: v.conferredOn.format("YYYY-MM-DD"),
      }),
    { success: "已登记荣誉", onDone },
  );
  return (
    <FormModal title="登记荣誉" form={form} isSaving={isSaving} onClose={onClose} okText="登记" width={600}>
      <Typography.Paragraph type="secondary">登记上级党委或其他机关授予的荣誉（本级表彰发布后自动记入，无需登记）。</Typography.Paragraph>
      <Form<RecordValues> form={form} layout="vertical" onFinish={handleFinish} initialValues={{ honour: "excellent_member", year: dayjs().year() - 1, conferredOn: dayjs() }}>
        <Form.Item label="荣誉" name="honour" rules={[{ required: true, message: "请选择荣誉" }]}>
          <Radio.Group optionType="button" options={HONOURS.map((h) => ({ value: h, label: HONOUR_LABELS[h] }))} />
        </Form.Item>
        {isPersonHonour(honour) ? (
          <Form.Item label="获得荣誉的党员" name="memberId" rules={[{ required: true, message: "请选择党员" }]}>
            <NomineeMemberSelect orgId={scopeOrgId} />
          </Form.Item>
        ) : (
          <Form.Item label="获得荣誉的党组织" name="orgId" rules={[{ required: true, message: "请选择党组织" }]}>
            <OrgTreeSelect isSelectable={(org) => org.kind !== "group"} />
          </Form.Item>
        )}
        <Form.Item label="荣誉年度" name="year" rules={[{ required: true, message: "请填写年度" }]}>
          <InputNumber min={2000} max={dayjs().year()} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="授予机关" name="conferredBy" rules={[{ required: true, whitespace: true, message: "请填写授予机关" }]}>
          <Input maxLength={60} placeholder="如：中共安吉县委" />
        </Form.Item>
        <Form.Item label="授予日期" name="conferredOn" rules={[{ required: true, message: "请选择授予日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} allowClear={false} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** HON-14: revoked with the reason, never deleted. */
export function RevokeHonourModal({ honour, onClose, onDone }: { honour: HonourItem; onClose: () => void; onDone: (honour: HonourItem) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { isSaving, handleFinish } = useFormSubmit(form, (v: { reason: string }) => revokeHonour(honour.id, v), { success: "已撤销荣誉", onDone });
  return (
    <FormModal title="撤销荣誉" form={form} isSaving={isSaving} onClose={onClose} okText="撤销" okButtonProps={{ danger: true }} width={520}>
      <Typography.Paragraph>
        {honour.memberName ?? honour.orgName}：{honour.year} 年度{HONOUR_LABELS[honour.honour]}（{honour.conferredBy}）
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item label="撤销理由" name="reason" rules={[{ required: true, whitespace: true, message: "请写明撤销理由" }, { min: 5, message: "撤销理由至少 5 字" }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
