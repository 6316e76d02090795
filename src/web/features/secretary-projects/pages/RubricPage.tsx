import { DeleteOutlined, PlusOutlined, UndoOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Result, Select, Skeleton, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useSearchParams } from "react-router";
import { chinaToday } from "../../../../shared/dates";
import type { Rubric, UpdateRubric } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { DEFAULT_RUBRIC } from "../../../../shared/secretary-projects";
import { useAuth } from "../../../app/auth-context";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { getRubric, updateRubric } from "../api-evaluation";
import { nextCriterionKey, weightSum } from "../year-end";

type RubricValues = Pick<UpdateRubric, "criteria" | "voteWeight">;

const yearOptions = (thisYear: number) => [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y} 年度` }));

/** The sum of the weights as the user types: it must come to 100 (PROJ-12). */
function WeightSum() {
  const criteria = (Form.useWatch("criteria") as RubricValues["criteria"] | undefined) ?? [];
  const sum = weightSum(criteria);
  return (
    <Typography.Text data-testid="weight-sum" type={sum === 100 ? "success" : "danger"} strong>
      权重合计 {sum} / 100{sum === 100 ? "" : `（${sum < 100 ? "还差" : "多出"} ${Math.abs(100 - sum)}）`}
    </Typography.Text>
  );
}

function RubricForm({ rubric, onSaved }: { rubric: Rubric; onSaved: () => void }) {
  const [form] = Form.useForm<RubricValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: RubricValues) => updateRubric({ orgId: rubric.orgId, year: rubric.year, criteria: values.criteria, voteWeight: values.voteWeight }),
    { success: "评价标准已保存", onDone: onSaved },
  );
  const isReadOnly = !rubric.canEdit;
  const handleRestoreDefault = () => form.setFieldsValue({ criteria: DEFAULT_RUBRIC.map((c) => ({ ...c })) });

  return (
    <Form<RubricValues>
      form={form}
      name="rubric"
      layout="vertical"
      disabled={isReadOnly}
      initialValues={{ criteria: rubric.criteria, voteWeight: rubric.voteWeight }}
      onFinish={handleFinish}
    >
      <Form.List
        name="criteria"
        rules={[
          {
            validator: async (_, criteria: RubricValues["criteria"] | undefined) => {
              const sum = weightSum(criteria ?? []);
              if (sum !== 100) throw new Error(`各评价项目的权重合计须为 100，现为 ${sum}`);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            <Flex gap={8} style={{ fontWeight: 500, paddingInline: 4 }}>
              <span style={{ width: 180 }}>评价项目</span>
              <span style={{ flex: 1 }}>评价要点</span>
              <span style={{ width: 110 }}>权重（%）</span>
              <span style={{ width: 32 }} />
            </Flex>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" data-testid="criterion-row">
                <Form.Item name={[field.name, "key"]} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, "label"]} rules={[{ required: true, message: "请填写评价项目" }]} style={{ width: 180, marginBottom: 0 }}>
                  <Input aria-label="评价项目" maxLength={20} placeholder="如：目标完成" />
                </Form.Item>
                <Form.Item name={[field.name, "description"]} style={{ flex: 1, marginBottom: 0 }}>
                  <Input aria-label="评价要点" maxLength={200} placeholder="打分时参照的要点" />
                </Form.Item>
                <Form.Item name={[field.name, "weight"]} rules={[{ required: true, message: "请填写权重" }]} style={{ width: 110, marginBottom: 0 }}>
                  <InputNumber aria-label="权重" min={1} max={100} precision={0} style={{ width: "100%" }} />
                </Form.Item>
                <Button type="text" aria-label="删除评价项目" icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={isReadOnly || fields.length <= 1} />
              </Flex>
            ))}
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space>
                <Button
                  icon={<PlusOutlined />}
                  disabled={isReadOnly || fields.length >= 10}
                  onClick={() => {
                    const keys = ((form.getFieldValue("criteria") as RubricValues["criteria"] | undefined) ?? []).map((c) => c?.key).filter(Boolean) as string[];
                    add({ key: nextCriterionKey(keys), label: "", description: "", weight: null });
                  }}
                >
                  添加评价项目
                </Button>
                <Button icon={<UndoOutlined />} onClick={handleRestoreDefault}>
                  恢复默认标准
                </Button>
              </Space>
              <WeightSum />
            </Flex>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
      <Form.Item
        name="voteWeight"
        label="党员测评权重（%）"
        extra="有测评票时，最终得分 = 评价标准得分 ×（100 − 测评权重）% + 测评得分 × 测评权重%；测评得分按 好 100、较好 80、一般 60、差 40 折算。没有测评票时只按评价标准计分。"
        rules={[{ required: true, message: "请填写测评权重" }]}
        style={{ marginTop: 24, maxWidth: 640 }}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      {!isReadOnly && (
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存评价标准
        </Button>
      )}
    </Form>
  );
}

/** 评价标准: a committee's rubric for a year's secretary projects (PROJ-12) — criteria and weights, the sum shown, locked once evaluated. */
export function RubricPage() {
  const { user } = useAuth();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || thisYear;
  const orgId = params.get("orgId") ?? undefined;
  const query = useApiQuery((signal) => getRubric({ year, orgId }, signal), [year, orgId]);
  const rubric = query.data;
  const setChoice = (change: { year?: number; orgId?: string }) => {
    const next = { year: String(change.year ?? year), ...(change.orgId ?? orgId ? { orgId: (change.orgId ?? orgId)! } : {}) };
    setParams(next);
  };

  if (query.error?.status === 403) return <Result status="403" title="无权访问" subTitle={query.error.message} />;

  return (
    <Card
      title="书记项目评价标准"
      extra={
        <Space wrap>
          {user?.role === "admin" && (
            <div style={{ width: 280 }}>
              <OrgTreeSelect value={rubric?.orgId ?? orgId} valueLabel={rubric?.orgName} onChange={(next) => next && setChoice({ orgId: next })} isSelectable={(o) => o.kind === "committee"} placeholder="选择党委" />
            </div>
          )}
          <Select aria-label="年度" value={year} options={yearOptions(thisYear)} onChange={(next) => setChoice({ year: next })} style={{ width: 120 }} />
        </Space>
      }
    >
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      {!rubric && !query.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {rubric && (
        <Flex vertical gap={16}>
          <Flex wrap gap={8} align="center">
            <Typography.Text strong>
              {rubric.orgName} {rubric.year} 年度
            </Typography.Text>
            {rubric.isDefault ? <Tag>默认标准（尚未制定）</Tag> : <Tag color="blue">已制定</Tag>}
            {rubric.isLocked && <Tag color="red">已锁定</Tag>}
            {rubric.updatedAt && (
              <Typography.Text type="secondary">
                {rubric.updatedByName ?? ""} 于 {dayjs(rubric.updatedAt).format("YYYY-MM-DD HH:mm")} 修改
              </Typography.Text>
            )}
          </Flex>
          {rubric.isLocked && <Alert type="warning" showIcon title="本年度已有项目按此标准完成评价，评价标准不能再修改（PROJ-12）" />}
          {!rubric.isLocked && !rubric.canEdit && <Alert type="info" showIcon title="评价标准由负责评价的上级党委制定，此处仅供查看" />}
          <Typography.Text type="secondary">各评价项目按 0–100 分打分，按权重加权得到评价标准得分；权重为整数，合计须为 100。</Typography.Text>
          <RubricForm key={`${rubric.orgId}|${rubric.year}|${rubric.updatedAt ?? "default"}|${rubric.isLocked}`} rubric={rubric} onSaved={query.reload} />
        </Flex>
      )}
    </Card>
  );
}
