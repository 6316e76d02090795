import { SearchOutlined } from "@ant-design/icons";
import { Button, Col, type ColProps, Flex, Form, type FormInstance, Input, Row, Select } from "antd";
import { type ReactNode, useEffect, useRef } from "react";
import { OrgTreeSelect } from "./OrgTreeSelect";

/**
 * The filter bar of a list page whose filters live in the URL: typed filters apply on Enter or 查询,
 * picked ones at once. `values` holds every key, even when empty, so refilling the bar also clears
 * what the new view leaves out.
 */
export function useFilterForm<T extends object>(values: T): FormInstance<T> {
  const [form] = Form.useForm<T>();
  const valuesKey = JSON.stringify(values);
  const appliedKey = useRef(valuesKey);
  const latestValues = useRef(values);
  latestValues.current = values;

  // The URL is the source of truth: back and forward, or a pasted link, refill the bar. Only a real
  // change does, so text typed in the meantime (even right after the page opens) is never wiped.
  useEffect(() => {
    if (valuesKey === appliedKey.current) return;
    appliedKey.current = valuesKey;
    form.setFieldsValue(latestValues.current as Parameters<FormInstance<T>["setFieldsValue"]>[0]);
  }, [form, valuesKey]);
  return form;
}

interface FilterFormProps<T extends object> {
  form: FormInstance<T>;
  name: string;
  initialValues: T;
  onFinish: (values: T) => void;
  /** The typed fields: they apply on Enter or 查询; a change to any other field applies at once. */
  textFields: readonly string[];
  /** The width of the labels, in pixels. */
  labelWidth: number;
  children: ReactNode;
}

export function FilterForm<T extends object>({ form, name, initialValues, onFinish, textFields, labelWidth, children }: FilterFormProps<T>) {
  const handleValuesChange = (changed: Partial<T>) => {
    if (Object.keys(changed).some((key) => !textFields.includes(key))) form.submit();
  };
  return (
    <Form
      form={form}
      name={name}
      onFinish={onFinish}
      onValuesChange={handleValuesChange}
      initialValues={initialValues as Record<string, unknown>}
      labelCol={{ flex: `${labelWidth}px` }}
      style={{ marginBottom: 8 }}
    >
      <Row gutter={16}>{children}</Row>
    </Form>
  );
}

/** 组织: the organization whose subtree to list (orgId). */
export function OrgFilterField({ col }: { col: ColProps }) {
  return (
    <Col {...col}>
      <Form.Item label="组织" name="orgId">
        <OrgTreeSelect placeholder="全部（本级及下级）" />
      </Form.Item>
    </Col>
  );
}

/** 年度: one of the list's years (year), or all of them; each list offers its own range. */
export function YearFilterField({ col, options }: { col: ColProps; options: { value: number; label: string }[] }) {
  return (
    <Col {...col}>
      <Form.Item label="年度" name="year">
        <Select options={options} allowClear placeholder="全部" />
      </Form.Item>
    </Col>
  );
}

/** 姓名: part of a name (q), applied on Enter. */
export function NameFilterField({ col }: { col: ColProps }) {
  const form = Form.useFormInstance();
  return (
    <Col {...col}>
      <Form.Item label="姓名" name="q">
        <Input placeholder="输入姓名后回车" allowClear maxLength={30} onPressEnter={() => form.submit()} />
      </Form.Item>
    </Col>
  );
}

export function FilterButtons({ onReset }: { onReset: () => void }) {
  return (
    <Flex gap={8}>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
        查询
      </Button>
      <Button onClick={onReset}>重置</Button>
    </Flex>
  );
}
