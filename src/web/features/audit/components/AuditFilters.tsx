import { Button, DatePicker, Flex, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { AUDIT_ACTION_LABELS } from "../../../../shared/contracts/audit.contract";
import type { FindAuditParams } from "../api";

export type AuditFilterValues = Pick<FindAuditParams, "action" | "actorUsername" | "from" | "to">;

interface FormValues {
  action?: string;
  actorUsername?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const DATE_FORMAT = "YYYY-MM-DD";

/** The filters apply on 查询, not on every keystroke, so the log is not re-read while typing. */
export function AuditFilters({ onChange }: { onChange: (filters: AuditFilterValues) => void }) {
  const [form] = Form.useForm<FormValues>();

  const handleFinish = ({ action, actorUsername, range }: FormValues) => {
    onChange({
      action: action || undefined,
      actorUsername: actorUsername?.trim() || undefined,
      from: range?.[0]?.format(DATE_FORMAT),
      to: range?.[1]?.format(DATE_FORMAT),
    });
  };

  const handleReset = () => {
    form.resetFields();
    onChange({});
  };

  return (
    <Form form={form} name="audit-filters" layout="inline" onFinish={handleFinish} style={{ marginBottom: 16, rowGap: 12 }}>
      <Form.Item label="操作" name="action">
        <Select options={ACTION_OPTIONS} allowClear showSearch={{ optionFilterProp: "label" }} placeholder="全部" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item label="操作人" name="actorUsername">
        <Input placeholder="用户名" allowClear maxLength={64} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="日期" name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button onClick={handleReset}>重置</Button>
      </Flex>
    </Form>
  );
}
