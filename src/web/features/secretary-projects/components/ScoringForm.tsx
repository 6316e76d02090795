import { Alert, Button, Card, Flex, Form, Input, InputNumber, Space, Statistic, Table, Typography } from "antd";
import type { EvaluateProject, ProjectEvaluation, RubricCriterion } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { evaluateProject } from "../api-evaluation";
import { previewRubricScore } from "../year-end";

interface ScoringValues {
  scores: { score: number | null; comment?: string }[];
  comment?: string;
}

/**
 * The committee's scoring by the rubric in force (PROJ-12): a score of 0–100 and a remark per
 * criterion, with the weighted total as it is typed; the server adds the votes and grades it.
 */
export function ScoringForm({ evaluation, onDone, onCancel }: { evaluation: ProjectEvaluation; onDone: (next: ProjectEvaluation) => void; onCancel?: () => void }) {
  const [form] = Form.useForm<ScoringValues>();
  const criteria = evaluation.rubric.criteria;
  const submit = (values: ScoringValues) =>
    evaluateProject(evaluation.projectId, {
      scores: criteria.map((c, i) => ({ key: c.key, score: values.scores[i]?.score ?? Number.NaN, comment: values.scores[i]?.comment ?? "" })),
      comment: values.comment ?? "",
    } satisfies EvaluateProject);
  const { isSaving, handleFinish } = useFormSubmit(form, submit, { success: "评价已保存，公布前仅上级党委可见", onDone });
  const watched = Form.useWatch("scores", form) as ScoringValues["scores"] | undefined;
  const preview = previewRubricScore(
    criteria,
    Object.fromEntries(criteria.map((c, i) => [c.key, watched?.[i]?.score ?? null])),
  );
  const previous = new Map(evaluation.result?.scores.map((s) => [s.key, s]) ?? []);
  const initialValues: ScoringValues = {
    scores: criteria.map((c) => ({ score: previous.get(c.key)?.score ?? null, comment: previous.get(c.key)?.comment ?? "" })),
    comment: evaluation.result?.comment ?? "",
  };
  const voteWeight = evaluation.rubric.voteWeight;
  const hasVotes = (evaluation.voting.ballots ?? 0) > 0 || (evaluation.paperVotes ? Object.values(evaluation.paperVotes).some((n) => n > 0) : false);

  return (
    <Card size="small" title={evaluation.result ? "修改评价打分" : "评价打分"} extra={<Typography.Text type="secondary">{evaluation.rubric.orgName} {evaluation.year} 年度评价标准</Typography.Text>}>
      <Form<ScoringValues> form={form} name="project-scoring" layout="vertical" initialValues={initialValues} onFinish={handleFinish}>
        <Table<RubricCriterion>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={criteria}
          columns={[
            {
              title: "评价项目",
              dataIndex: "label",
              width: 220,
              render: (label: string, c) => (
                <Flex vertical>
                  <Typography.Text strong>{label}</Typography.Text>
                  {c.description && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.description}</Typography.Text>}
                </Flex>
              ),
            },
            { title: "权重", dataIndex: "weight", width: 70, render: (w: number) => `${w}%` },
            {
              title: "得分（0–100）",
              key: "score",
              width: 140,
              render: (_, c, i) => (
                <Form.Item name={["scores", i, "score"]} rules={[{ required: true, message: `请为“${c.label}”打分` }]} style={{ margin: 0 }}>
                  <InputNumber aria-label={`${c.label}得分`} min={0} max={100} precision={1} style={{ width: 110 }} />
                </Form.Item>
              ),
            },
            {
              title: "评语",
              key: "comment",
              render: (_, c, i) => (
                <Form.Item name={["scores", i, "comment"]} style={{ margin: 0 }}>
                  <Input aria-label={`${c.label}评语`} maxLength={500} placeholder="可选" />
                </Form.Item>
              ),
            },
          ]}
        />
        <Flex wrap gap={24} align="center" style={{ marginBlock: 16 }}>
          <Statistic title="评价标准加权得分" value={preview.total} precision={1} suffix="分" data-testid="live-total" />
          <Typography.Text type="secondary">
            已打分 {preview.scored} / {criteria.length} 项。
            {hasVotes ? `有测评票：最终得分 = 加权得分 × ${100 - voteWeight}% + 测评得分 × ${voteWeight}%。` : "暂无测评票：最终得分即加权得分。"}
          </Typography.Text>
        </Flex>
        <Form.Item name="comment" label="综合评价">
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="对项目的总体评价和改进意见（可选）" />
        </Form.Item>
        {evaluation.voting.state === "open" && <Alert type="warning" showIcon title="网上测评正在进行，请先结束测评再评价打分" style={{ marginBottom: 12 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={isSaving} disabled={evaluation.voting.state === "open"}>
            保存评价
          </Button>
          {onCancel && <Button onClick={onCancel}>取消</Button>}
        </Space>
      </Form>
    </Card>
  );
}
