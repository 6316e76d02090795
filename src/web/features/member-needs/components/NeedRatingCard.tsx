import { Button, Card, Form, Input, Radio, Typography } from "antd";
import type { NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import type { NeedRating } from "../../../../shared/care";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { actOnNeed } from "../api";
import { RATING_OPTIONS } from "../need-display";

interface Values {
  rating?: NeedRating;
  note?: string;
}

/** The member's rating at closure (NEED-07): 满意 / 基本满意 / 不满意, a comment required for 不满意. */
export function NeedRatingCard({ need, onDone }: { need: NeedDetail; onDone: (need: NeedDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const rating = Form.useWatch("rating", form);
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: Values) => actOnNeed(need.id, { action: "rate", rating: values.rating!, note: values.note?.trim() ?? "" }),
    { success: "感谢您的评价", onDone },
  );

  return (
    <Card title="评价办理结果" size="small">
      <Typography.Paragraph type="secondary">诉求已办结，请对办理结果进行评价。评价为“不满意”的，可以申请重新办理一次。</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} style={{ maxWidth: 640 }}>
        <Form.Item name="rating" label="评价" rules={[{ required: true, message: "请选择评价结果" }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={RATING_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="note"
          label="评价意见"
          required={rating === "not_satisfied"}
          dependencies={["rating"]}
          rules={[
            ({ getFieldValue }) => ({
              // Read at validation time, so a rating picked just before submitting counts (NEED-07).
              validator: (_, note?: string) =>
                getFieldValue("rating") === "not_satisfied" && !note?.trim() ? Promise.reject(new Error("评价为不满意的，请写明原因")) : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={rating === "not_satisfied" ? "请写明不满意的原因" : "选填"} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          提交评价
        </Button>
      </Form>
    </Card>
  );
}
