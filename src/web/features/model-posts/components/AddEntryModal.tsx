import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { PostDetail, PostEntry } from "../../../../shared/contracts/model-posts.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { addPostEntry } from "../api";
import { entryDateBounds } from "../post-record";

interface AddEntryValues {
  occurredOn?: Dayjs;
  content?: string;
}

interface AddEntryModalProps {
  post: PostDetail;
  onClose: () => void;
  onAdded: (entry: PostEntry) => void;
}

/** 记录履诺情况: a dated deed within the post's period, not in the future (POST-06). */
export function AddEntryModal({ post, onClose, onAdded }: AddEntryModalProps) {
  const [form] = Form.useForm<AddEntryValues>();
  const today = dayjs();
  const bounds = entryDateBounds(post, today.format("YYYY-MM-DD"));
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: AddEntryValues) => addPostEntry(post.id, { occurredOn: values.occurredOn!.format("YYYY-MM-DD"), content: values.content!.trim() }),
    { success: "已记录履诺情况", onDone: onAdded },
  );
  const initialDay = bounds && today.format("YYYY-MM-DD") <= bounds.last ? today : bounds ? dayjs(bounds.last) : today;

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`记录履诺情况 · ${post.name}`} okText="记录" width={560} destroyOnHidden>
      <Form form={form} name="post-entry" layout="vertical" initialValues={{ occurredOn: initialDay }} onFinish={handleFinish}>
        <Form.Item label="日期" name="occurredOn" rules={[{ required: true, message: "请选择日期" }]} extra={bounds ? `设岗期间 ${bounds.first} 至 ${bounds.last}` : undefined}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => !bounds || date.format("YYYY-MM-DD") < bounds.first || date.format("YYYY-MM-DD") > bounds.last} />
        </Form.Item>
        <Form.Item label="履诺情况" name="content" rules={[{ required: true, whitespace: true, message: "请填写履诺情况" }]} extra="做了什么、服务了多少群众、解决了什么问题">
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
