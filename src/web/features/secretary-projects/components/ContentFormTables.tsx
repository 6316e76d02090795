import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import type { ReactNode } from "react";

/** The indicator and milestone rows as the form holds them (a due date as a Dayjs). */
export interface IndicatorRowValues {
  id?: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
}
export interface MilestoneRowValues {
  id?: string;
  title: string;
  dueOn: Dayjs;
  ownerName: string;
  ownerMemberId?: string | null;
  /** Read only: shown on a kept milestone in a change. */
  completedOn?: string | null;
}

function HeaderRow({ cells }: { cells: [number, ReactNode][] }) {
  return (
    <Row gutter={8} style={{ marginBottom: 4 }}>
      {cells.map(([span, label], i) => (
        <Col key={i} span={span}>
          <Typography.Text type="secondary">{label}</Typography.Text>
        </Col>
      ))}
    </Row>
  );
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/**
 * 目标指标: one editable row per measurable goal (PROJ-04: a unit, and a target other than the
 * baseline). Server refusals land on the row's field (indicators.0.unit).
 */
export function IndicatorRows() {
  return (
    <Form.List
      name="indicators"
      rules={[{ validator: async (_, rows?: unknown[]) => (rows && rows.length > 0 ? undefined : Promise.reject(new Error("请至少填写一项目标指标（PROJ-04）"))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <HeaderRow cells={[[9, "指标名称"], [4, "计量单位"], [4, "基数"], [5, "目标值"], [2, ""]]} />
          {fields.map(({ key, name }) => (
            <Row key={key} gutter={8} align="top">
              <Form.Item name={[name, "id"]} hidden>
                <Input />
              </Form.Item>
              <Col span={9}>
                <Form.Item name={[name, "name"]} rules={required("请填写指标名称")}>
                  <Input maxLength={60} placeholder="如：党员志愿服务参与率" aria-label={`第${name + 1}项指标名称`} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[name, "unit"]} rules={required("请填写计量单位")}>
                  <Input maxLength={10} placeholder="%、件、户" aria-label={`第${name + 1}项指标计量单位`} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[name, "baseline"]} rules={[{ required: true, message: "请填写基数" }]}>
                  <InputNumber style={{ width: "100%" }} aria-label={`第${name + 1}项指标基数`} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item
                  name={[name, "target"]}
                  dependencies={[["indicators", name, "baseline"]]}
                  rules={[
                    { required: true, message: "请填写目标值" },
                    ({ getFieldValue }) => ({
                      validator: async (_, target?: number) => {
                        if (target !== undefined && target !== null && target === getFieldValue(["indicators", name, "baseline"])) throw new Error("目标值不能与基数相同");
                      },
                    }),
                  ]}
                >
                  <InputNumber style={{ width: "100%" }} aria-label={`第${name + 1}项指标目标值`} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除指标" onClick={() => remove(name)} />
              </Col>
            </Row>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= 10} onClick={() => add({ unit: "" })}>
              添加指标
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}

/** 节点安排: one editable row per milestone (PROJ-05: within the project's year, with an owner). */
export function MilestoneRows({ year }: { year: number | undefined }) {
  const form = Form.useFormInstance();
  const outsideYear = (date: Dayjs) => year !== undefined && date.year() !== year;
  return (
    <Form.List
      name="milestones"
      rules={[{ validator: async (_, rows?: unknown[]) => (rows && rows.length > 0 ? undefined : Promise.reject(new Error("请至少安排一个节点任务（PROJ-05）"))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <HeaderRow cells={[[11, "节点任务"], [6, `完成时限${year ? `（${year} 年内）` : ""}`], [5, "责任人"], [2, ""]]} />
          {fields.map(({ key, name }) => (
            <Row key={key} gutter={8} align="top">
              <Form.Item name={[name, "id"]} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[name, "ownerMemberId"]} hidden>
                <Input />
              </Form.Item>
              <Col span={11}>
                <Form.Item name={[name, "title"]} rules={required("请填写节点任务")}>
                  <Input
                    maxLength={100}
                    placeholder="如：制定方案，划分党员责任区"
                    aria-label={`第${name + 1}个节点任务`}
                    suffix={form.getFieldValue(["milestones", name, "completedOn"]) ? <Tag color="success">已完成</Tag> : undefined}
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[name, "dueOn"]} rules={[{ required: true, message: "请选择完成时限" }]}>
                  <DatePicker style={{ width: "100%" }} disabledDate={outsideYear} aria-label={`第${name + 1}个节点完成时限`} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[name, "ownerName"]} rules={required("请填写责任人")}>
                  <Input maxLength={40} placeholder="姓名或职务" aria-label={`第${name + 1}个节点责任人`} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除节点" onClick={() => remove(name)} />
              </Col>
            </Row>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= 24} onClick={() => add()}>
              添加节点
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
