import { Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { CriterionScore, EvaluationResult } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { PROJECT_GRADE_LABELS, PROJECT_VOTE_CHOICE_LABELS, PROJECT_VOTE_CHOICES } from "../../../../shared/secretary-projects";
import { GRADE_COLORS } from "../year-end";
import { EvaluationChartLazy } from "./EvaluationChartLazy";

interface EvaluationResultCardProps {
  result: EvaluationResult;
  /** The committee's buttons before publication: score again, publish. */
  onRescore?: () => void;
  onPublish?: () => Promise<void>;
}

/** The evaluation as scored: final score and grade, its parts, each criterion, the votes, a small chart. */
export function EvaluationResultCard({ result, onRescore, onPublish }: EvaluationResultCardProps) {
  const votes = result.votes;
  return (
    <Card
      size="small"
      title={
        <Space>
          评价结果
          {result.publishedOn ? <Tag color="magenta">{result.publishedOn} 公布</Tag> : <Tag>未公布（仅上级党委可见）</Tag>}
        </Space>
      }
      extra={
        (onRescore || onPublish) && (
          <Space>
            {onRescore && <Button onClick={onRescore}>修改评分</Button>}
            {onPublish && (
              <Popconfirm title="公布评价结果？" description="公布后项目所在组织和党员可以看到得分和等次，评分不能再修改。" okText="公布" cancelText="取消" onConfirm={onPublish}>
                <Button type="primary">公布结果</Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title="最终得分" value={result.finalScore} precision={1} suffix="分" data-testid="final-score" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="评价等次" valueRender={() => <Tag color={GRADE_COLORS[result.grade]} style={{ fontSize: 20, padding: "4px 12px" }}>{PROJECT_GRADE_LABELS[result.grade]}</Tag>} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={`评价标准得分（${100 - result.voteWeightApplied}%）`} value={result.rubricScore} precision={1} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={`测评得分（${result.voteWeightApplied}%）`} value={result.voteScore ?? "无测评"} precision={result.voteScore === null ? undefined : 1} />
          </Col>
        </Row>
        <Table<CriterionScore>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={result.scores}
          columns={[
            { title: "评价项目", dataIndex: "label", width: 160 },
            { title: "权重", dataIndex: "weight", width: 70, render: (w: number) => `${w}%` },
            { title: "得分", dataIndex: "score", width: 80 },
            { title: "评语", dataIndex: "comment", render: (c: string) => c || <Typography.Text type="secondary">—</Typography.Text> },
          ]}
        />
        <Descriptions
          size="small"
          column={1}
          items={[
            ...(result.comment ? [{ key: "comment", label: "综合评价", children: <span style={{ whiteSpace: "pre-wrap" }}>{result.comment}</span> }] : []),
            {
              key: "votes",
              label: "测评票",
              children:
                votes.total === 0
                  ? "无"
                  : `共 ${votes.total} 票：${PROJECT_VOTE_CHOICES.map((c) => `${PROJECT_VOTE_CHOICE_LABELS[c]} ${votes.online[c] + votes.paper[c]}`).join("，")}（网上 ${votes.total - PROJECT_VOTE_CHOICES.reduce((s, c) => s + votes.paper[c], 0)}，纸质 ${PROJECT_VOTE_CHOICES.reduce((s, c) => s + votes.paper[c], 0)}）`,
            },
            { key: "by", label: "评价", children: `${result.evaluatedByName ?? "上级党委"}，${dayjs(result.evaluatedAt).format("YYYY-MM-DD")}` },
          ]}
        />
        <EvaluationChartLazy result={result} />
      </Flex>
    </Card>
  );
}
