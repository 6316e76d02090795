import { SearchOutlined } from "@ant-design/icons";
import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef } from "react";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import type { MeetingListFilters } from "../meeting-filters";
import { LIST_STATUS_OPTIONS, TAG_OPTIONS, TYPE_OPTIONS } from "../meeting-options";

interface MeetingFilterBarProps {
  filters: MeetingListFilters;
  onChange: (filters: MeetingListFilters) => void;
  onReset: () => void;
}

type FormValues = Omit<MeetingListFilters, "from" | "to"> & { dates?: [Dayjs | null, Dayjs | null] | null };

const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const wide = { xs: 24, sm: 12, lg: 8, xxl: 6 };
// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (filters: MeetingListFilters): FormValues => ({
  orgId: filters.orgId,
  type: filters.type,
  tag: filters.tag,
  status: filters.status,
  q: filters.q,
  dates: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
});

/** Organization (with its subtree), type, tag, date range, status and topic; the topic applies on Enter. */
export function MeetingFilterBar({ filters, onChange, onReset }: MeetingFilterBarProps) {
  const [form] = Form.useForm<FormValues>();
  const values = toFormValues(filters);
  const valuesKey = JSON.stringify(filters);
  const appliedKey = useRef(valuesKey);
  const latestValues = useRef(values);
  latestValues.current = values;

  // The URL is the source of truth: back, forward, a drill-down link or a tag chip refill the bar.
  useEffect(() => {
    if (valuesKey === appliedKey.current) return;
    appliedKey.current = valuesKey;
    form.setFieldsValue(latestValues.current);
  }, [form, valuesKey]);

  const handleFinish = ({ q, dates, ...choices }: FormValues) =>
    onChange({
      ...choices,
      q: q?.trim() || undefined,
      from: dates?.[0]?.format("YYYY-MM-DD"),
      to: dates?.[1]?.format("YYYY-MM-DD"),
    });
  const handleValuesChange = (changed: FormValues) => {
    if (Object.keys(changed).some((key) => key !== "q")) form.submit();
  };

  return (
    <Form form={form} name="meeting-filters" onFinish={handleFinish} onValuesChange={handleValuesChange} initialValues={values} labelCol={{ flex: "48px" }} style={{ marginBottom: 8 }}>
      <Row gutter={16}>
        <Col {...wide}>
          <Form.Item label="组织" name="orgId">
            <OrgTreeSelect placeholder="全部（本级及下级）" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="类型" name="type">
            <Select options={TYPE_OPTIONS} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="标签" name="tag">
            <Select options={TAG_OPTIONS} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
        <Col {...wide}>
          <Form.Item label="日期" name="dates">
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="状态" name="status">
            <Select options={LIST_STATUS_OPTIONS} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="主题" name="q">
            <Input placeholder="输入主题后回车" allowClear maxLength={50} onPressEnter={() => form.submit()} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button onClick={onReset}>重置</Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
