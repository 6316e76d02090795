import { DeleteOutlined, PlusOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Space, Typography } from "antd";
import { useMemo } from "react";
import { PLAN_TARGET_KEYS, PLAN_TARGET_LABELS, type PlanProgress } from "../../../../shared/contracts/development.contract";
import { ORG_KIND_LABELS } from "../../../../shared/domain";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { findQuotaOrgs, savePlan } from "../api";
import { type PlanFormValues, type QuotaValue, initialPlanValues, missingQuotaOrgs, toSavePlan } from "../plan-form";

interface PlanFormProps {
  orgId: string;
  year: number;
  progress: PlanProgress;
  onSaved: (progress: PlanProgress) => void;
}

/**
 * 编制年度发展计划: the structure targets, notes, and the quota of each organization below. The
 * server's refusals land under the field they name (e.g. quotas.3.orgId).
 */
export function PlanForm({ orgId, year, progress, onSaved }: PlanFormProps) {
  const [form] = Form.useForm<PlanFormValues>();
  const quotaOrgs = useApiQuery(() => findQuotaOrgs(orgId), [orgId]);
  const { isSaving, handleFinish } = useFormSubmit(form, (values: PlanFormValues) => savePlan(toSavePlan(orgId, year, values)), {
    success: `已保存${year}年度发展计划`,
    onDone: onSaved,
  });

  // The organizations of the saved lines are offered even before (or without) the tree's answer.
  const orgOptions = useMemo(() => {
    const options = new Map(progress.rows.map((row) => [row.orgId, { value: row.orgId, label: row.orgName }]));
    for (const org of quotaOrgs.data ?? []) options.set(org.id, { value: org.id, label: `${org.name}（${ORG_KIND_LABELS[org.kind]}）` });
    return [...options.values()];
  }, [progress.rows, quotaOrgs.data]);

  const handleListAll = () => {
    const lines = (form.getFieldValue("quotas") as QuotaValue[]).filter((line) => line.orgId);
    const listed = new Set(lines.map((line) => line.orgId!));
    const missing = missingQuotaOrgs(orgId, quotaOrgs.data ?? [], listed).map((org) => ({ orgId: org.id, quota: 0 }));
    form.setFieldValue("quotas", [...lines, ...missing]);
  };

  return (
    <Form<PlanFormValues> form={form} name="development-plan" layout="vertical" initialValues={initialPlanValues(progress)} onFinish={handleFinish}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        结构指标（计划发展人数）
      </Typography.Title>
      <Row gutter={16}>
        {PLAN_TARGET_KEYS.map((key) => (
          <Col key={key} xs={12} md={6}>
            <Form.Item label={PLAN_TARGET_LABELS[key]} name={["targets", key]}>
              <InputNumber min={0} precision={0} style={{ width: "100%" }} placeholder="不设定" />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item label="计划说明" name="notes">
        <Input.TextArea rows={2} maxLength={1000} showCount placeholder="如：重点在青年农民和生产一线中发展，控制总量、优化结构" />
      </Form.Item>

      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        下达名额
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        名额分配给本组织下属的党委、党总支或党支部；一个组织的名额已包含其全部下级，不能再给其下级重复分配，党小组不单列名额。
      </Typography.Paragraph>
      {quotaOrgs.error && <Alert type="warning" showIcon title={`无法读取下级组织：${quotaOrgs.error.message}`} style={{ marginBottom: 12 }} />}
      <Form.List name="quotas">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, "orgId"]}
                  style={{ flex: 1, minWidth: 0 }}
                  rules={[
                    { required: true, message: "请选择组织" },
                    {
                      validator: async (_, value: string | undefined) => {
                        const lines = (form.getFieldValue("quotas") as QuotaValue[]).filter((line) => line.orgId === value);
                        if (value && lines.length > 1) throw new Error("该组织已在名额表中");
                      },
                    },
                  ]}
                >
                  <Select showSearch={{ optionFilterProp: "label" }} options={orgOptions} loading={quotaOrgs.isLoading} placeholder="选择下级组织" aria-label="组织" />
                </Form.Item>
                <Form.Item name={[field.name, "quota"]} rules={[{ required: true, message: "请填写名额" }]} style={{ width: 140 }}>
                  <InputNumber min={0} precision={0} suffix="名" style={{ width: "100%" }} aria-label="名额" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label="移除" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => add({ quota: 0 })}>
                添加组织
              </Button>
              <Button icon={<UnorderedListOutlined />} onClick={handleListAll} disabled={!quotaOrgs.data?.length}>
                列出全部直属组织
              </Button>
            </Space>
          </Flex>
        )}
      </Form.List>
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存计划
        </Button>
      </Flex>
    </Form>
  );
}
