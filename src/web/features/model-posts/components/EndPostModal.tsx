import { Alert, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { PostDetail } from "../../../../shared/contracts/model-posts.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { endPost } from "../api";

interface EndPostValues {
  endedOn?: Dayjs;
  reason?: string;
}

interface EndPostModalProps {
  post: PostDetail;
  onClose: () => void;
  onEnded: (post: PostDetail) => void;
}

/** 撤销: the day and the reason (POST-08); the post and its record stay. */
export function EndPostModal({ post, onClose, onEnded }: EndPostModalProps) {
  const [form] = Form.useForm<EndPostValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: EndPostValues) => endPost(post.id, { endedOn: values.endedOn!.format("YYYY-MM-DD"), reason: values.reason!.trim() }),
    { success: "已撤销该岗位", onDone: onEnded },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`撤销 · ${post.name}`} okText="撤销" okButtonProps={{ danger: true }} width={560} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="撤销后岗位和履诺记录保留备查，不再修改、记录或上传材料（POST-07）。" />
      <Form form={form} name="post-end" layout="vertical" initialValues={{ endedOn: dayjs() }} onFinish={handleFinish}>
        <Form.Item label="撤销日期" name="endedOn" rules={[{ required: true, message: "请选择撤销日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true, whitespace: true, message: "请填写撤销原因" }]}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：党员工作调动，责任区另行安排" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
