import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { PlanItem } from "../../../../shared/contracts/compliance.contract";
import { MEETING_TAGS, MEETING_TAG_LABELS, MEETING_TYPE_LABELS, type MeetingTag } from "../../../../shared/org-life";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { updatePlanItem } from "../api";

interface Values {
  plannedOn: Dayjs | null;
  topic: string | null;
  tags: MeetingTag[];
}

const TAG_OPTIONS = MEETING_TAGS.map((tag) => ({ value: tag, label: MEETING_TAG_LABELS[tag] }));

/** 编辑计划事项: the planned day (inside the plan's year; the item moves to its month), topic and tags. */
export function PlanItemModal({ item, onClose, onSaved }: { item: PlanItem; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { isSaving, handleFinish } = useFormSubmit<Values, PlanItem>(
    form,
    (values) => updatePlanItem(item.id, { plannedOn: values.plannedOn ? values.plannedOn.format("YYYY-MM-DD") : null, topic: values.topic?.trim() || null, tags: values.tags }),
    { success: "计划已更新", onDone: onSaved },
  );
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`编辑计划：${item.year}年${item.month}月 ${MEETING_TYPE_LABELS[item.type]}`} okText="保存">
      <Form<Values>
        form={form}
        name="plan-item"
        layout="vertical"
        initialValues={{ plannedOn: item.plannedOn ? dayjs(item.plannedOn) : null, topic: item.topic, tags: item.tags }}
        onFinish={handleFinish}
      >
        <Form.Item name="plannedOn" label="计划日期" extra="须在本年度内；改到其他月份时，事项随之移到该月">
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.year() !== item.year} defaultPickerValue={dayjs(`${item.year}-${String(item.month).padStart(2, "0")}-01`)} />
        </Form.Item>
        <Form.Item name="topic" label="主题">
          <Input maxLength={200} showCount placeholder="例如：学习贯彻全会精神" />
        </Form.Item>
        <Form.Item name="tags" label="主题标签">
          <Select mode="multiple" options={TAG_OPTIONS} placeholder="选择主题标签" allowClear />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
