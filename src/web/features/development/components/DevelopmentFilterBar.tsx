import { SearchOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Form, Input, Row, Select } from "antd";
import { useEffect, useRef } from "react";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { DEFAULT_STATUS, type DevelopmentListFilters } from "../development-filters";
import { DUE_OPTIONS, STAGE_OPTIONS, STATUS_OPTIONS } from "../development-options";

interface DevelopmentFilterBarProps {
  filters: DevelopmentListFilters;
  onChange: (filters: DevelopmentListFilters) => void;
  onReset: () => void;
}

const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const wide = { xs: 24, sm: 12, lg: 8, xxl: 5 };
const narrow = { xs: 24, sm: 12, lg: 8, xxl: 3 };
// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (filters: DevelopmentListFilters): DevelopmentListFilters => ({
  orgId: filters.orgId,
  q: filters.q,
  stage: filters.stage,
  status: filters.status ?? DEFAULT_STATUS,
  due: filters.due,
});

/** Organization, name, stage, status and due date; the name applies on Enter, the others at once. */
export function DevelopmentFilterBar({ filters, onChange, onReset }: DevelopmentFilterBarProps) {
  const [form] = Form.useForm<DevelopmentListFilters>();
  const values = toFormValues(filters);
  const valuesKey = JSON.stringify(values);
  const appliedKey = useRef(valuesKey);
  const latestValues = useRef(values);
  latestValues.current = values;

  // The URL is the source of truth: back, forward, a pasted link or a stage tile refill the bar.
  useEffect(() => {
    if (valuesKey === appliedKey.current) return;
    appliedKey.current = valuesKey;
    form.setFieldsValue(latestValues.current);
  }, [form, valuesKey]);

  const handleFinish = ({ q, ...choices }: DevelopmentListFilters) => onChange({ ...choices, q: q?.trim() || undefined });
  const handleValuesChange = (changed: DevelopmentListFilters) => {
    if (Object.keys(changed).some((key) => key !== "q")) form.submit();
  };

  return (
    <Form
      form={form}
      name="development-filters"
      onFinish={handleFinish}
      onValuesChange={handleValuesChange}
      initialValues={values}
      labelCol={{ flex: "48px" }}
      style={{ marginBottom: 8 }}
    >
      <Row gutter={16}>
        <Col {...wide}>
          <Form.Item label="组织" name="orgId">
            <OrgTreeSelect placeholder="全部（本级及下级）" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="姓名" name="q">
            <Input placeholder="输入姓名后回车" allowClear maxLength={30} onPressEnter={() => form.submit()} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="阶段" name="stage">
            <Select options={STAGE_OPTIONS} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="状态" name="status">
            <Select options={STATUS_OPTIONS} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="期限" name="due">
            <Select options={[...DUE_OPTIONS]} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
        <Col {...narrow}>
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
