import { Card, Col, Flex, Row, Statistic, Table, type TableColumnsType, Tag, theme } from "antd";
import { Link } from "react-router";
import type { EvaluationCampaignDetail, EvaluationEntry } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, EVALUATION_GRADES, type EvaluationGrade } from "../../../../shared/org-life";
import { EMPTY, GRADE_TAG_COLORS, gradeBarColors } from "../evaluation-options";

export const GradeTag = ({ grade }: { grade: EvaluationGrade | null }) => (grade ? <Tag color={GRADE_TAG_COLORS[grade]}>{EVALUATION_GRADE_LABELS[grade]}</Tag> : <>{EMPTY}</>);

const columns: TableColumnsType<EvaluationEntry> = [
  { title: "姓名", dataIndex: "memberName", width: 110 },
  { title: "所在组织", dataIndex: "orgName", width: 170 },
  { title: "评定等次", dataIndex: "finalGrade", width: 110, render: (g: EvaluationGrade | null, e) => (e.isGraded ? <GradeTag grade={g} /> : <Tag>预备党员不评定</Tag>) },
  { title: "评定理由", dataIndex: "gradeReason", render: (r: string | null) => r ?? EMPTY },
  { title: "反馈", key: "feedback", width: 260, render: (_, e) => (e.feedback ? `${e.feedbackOn ?? ""} ${e.feedback}` : EMPTY) },
  {
    title: "组织处置",
    dataIndex: "handlingCaseId",
    width: 120,
    render: (id: string | null) => (id ? <Link to={`/org-life/handling/${id}`}>查看处置记录</Link> : EMPTY),
  },
];

/** 结果公示: the distribution and each member's grade; 不合格 members link to their handling case (§3.2). */
export function ResultsPanel({ detail }: { detail: EvaluationCampaignDetail }) {
  const { token } = theme.useToken();
  const colors = gradeBarColors(token.colorPrimary);
  const results = detail.results;
  return (
    <Flex vertical gap={12}>
      {results && (
        <Row gutter={[12, 12]}>
          {EVALUATION_GRADES.map((g) => (
            <Col key={g} xs={12} md={6}>
              <Card size="small">
                <Statistic title={EVALUATION_GRADE_LABELS[g]} value={results[g]} suffix="人" styles={{ content: { color: colors[g] } }} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Table<EvaluationEntry> rowKey="id" size="small" columns={columns} dataSource={detail.entries} scroll={{ x: 1000 }} pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人` }} />
    </Flex>
  );
}
