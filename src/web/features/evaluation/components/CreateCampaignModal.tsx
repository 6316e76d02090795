import { Alert, Form, Input, InputNumber } from "antd";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { useAuth } from "../../../app/auth-context";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createCampaign } from "../api";

interface Values {
  year: number;
  title?: string;
}

interface CreateCampaignModalProps {
  onClose: () => void;
  onCreated: (campaign: EvaluationCampaignDetail) => void;
}

/**
 * 新建年度民主评议: for the officer's own branch (the branch runs its evaluation, §3.1). Every active
 * member of the branch and its party groups takes part; probationary members are not graded.
 */
export function CreateCampaignModal({ onClose, onCreated }: CreateCampaignModalProps) {
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  const thisYear = new Date().getFullYear();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: Values) => createCampaign({ orgId: user!.org.id, year: values.year, title: values.title?.trim() || undefined }),
    { success: "已建立民主评议", onDone: onCreated },
  );

  return (
    <FormModal title="新建年度民主评议" form={form} isSaving={isSaving} onClose={onClose} okText="建立">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`由${user?.org.name ?? "本党支部"}组织开展。本支部及所属党小组的在册党员均参加评议，预备党员参加评议但不评定等次。`}
      />
      <Form form={form} layout="vertical" initialValues={{ year: thisYear }} onFinish={handleFinish}>
        <Form.Item label="党组织">
          <Input value={user?.org.name} disabled />
        </Form.Item>
        <Form.Item name="year" label="评议年度" rules={[{ required: true, message: "请填写评议年度" }]}>
          <InputNumber min={2000} max={thisYear} precision={0} style={{ width: "100%" }} suffix="年度" />
        </Form.Item>
        <Form.Item name="title" label="标题" extra="不填则为“某年度民主评议党员”">
          <Input maxLength={60} placeholder={`${thisYear}年度民主评议党员`} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
