import { CheckCircleOutlined } from "@ant-design/icons";
import { Alert, Card, Descriptions, Empty, Flex, Pagination, Result, Spin, Steps, Table, Typography } from "antd";
import { useState } from "react";
import type { MyEvaluation } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_PHASES, type EvaluationGrade } from "../../../../shared/org-life";
import { useApiQuery } from "../../../lib/use-api-query";
import { findMyEvaluations } from "../api";
import { BallotForm } from "../components/BallotForm";
import { PhaseTag } from "../components/PhaseTag";
import { GradeTag } from "../components/ResultsPanel";
import { SelfEvaluationForm } from "../components/SelfEvaluationForm";
import { EMPTY, hasReached, PHASE_STEP_TITLES, phaseIndex } from "../evaluation-options";

const PAGE_SIZE = 5;

const Text = ({ value }: { value: string | null }) => <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{value?.trim() ? value : EMPTY}</Typography.Paragraph>;

/** What the member does or sees in the campaign's phase. */
function Work({ item, onChanged }: { item: MyEvaluation; onChanged: () => void }) {
  const { campaign, entry } = item;
  if (hasReached(campaign.phase, "published")) {
    return (
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: "grade", label: "我的评定等次", children: entry.isGraded ? <GradeTag grade={entry.finalGrade} /> : "预备党员参加评议，不评定等次" },
            { key: "feedback", label: "支部反馈", children: entry.feedback ? `${entry.feedbackOn ?? ""} ${entry.feedback}` : EMPTY },
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          评议结果公示（{campaign.publishedOn}）
        </Typography.Title>
        <Table
          rowKey="memberName"
          size="small"
          dataSource={item.results}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: "党员", dataIndex: "memberName" },
            { title: "评定等次", dataIndex: "finalGrade", render: (g: EvaluationGrade) => <GradeTag grade={g} /> },
          ]}
        />
      </Flex>
    );
  }
  switch (campaign.phase) {
    case "study":
      return <Alert type="info" showIcon title="学习教育阶段：请参加支部组织的集中学习。个人自评和党性分析将在下一阶段开放填写。" />;
    case "self_evaluation":
      return <SelfEvaluationForm item={item} onSaved={onChanged} />;
    case "voting":
      return item.hasVoted ? (
        <Result status="success" icon={<CheckCircleOutlined />} title="您已完成民主测评" subTitle="测评为无记名投票，系统只记录您已投票，不记录您投了什么票。" />
      ) : (
        <BallotForm item={item} onCast={onChanged} />
      );
    default:
      return (
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={campaign.phase === "peer_evaluation" ? "党员互评阶段：请参加支部组织的互评。" : "党支部正在评定等次，结果公示后可在此查看。"} />
          <Descriptions size="small" column={1} items={[{ key: "self", label: "我的个人自评", children: <Text value={entry.selfEvaluation} /> }, { key: "analysis", label: "我的党性分析", children: <Text value={entry.partySpiritAnalysis} /> }]} />
          {item.hasVoted && <Typography.Text type="secondary">您已完成民主测评（无记名）。</Typography.Text>}
        </Flex>
      );
  }
}

/** 我的民主评议: the member's self-evaluation and 党性分析, the secret ballot, and the published result. */
export function MyEvaluationPage() {
  const [page, setPage] = useState(1);
  const query = useApiQuery((signal) => findMyEvaluations({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const items = query.data?.items ?? [];
  return (
    <Flex vertical gap={16}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!query.data && <Card><Spin style={{ display: "block", padding: 48 }} /></Card>}
      {query.data && items.length === 0 && (
        <Card title="我的民主评议">
          <Empty description="您目前没有参加的民主评议" />
        </Card>
      )}
      {items.map((item) => (
        <Card
          key={item.campaign.id}
          title={
            <Flex gap={8} align="center" wrap>
              <span>{item.campaign.title}</span>
              <PhaseTag phase={item.campaign.phase} />
            </Flex>
          }
          extra={<Typography.Text type="secondary">{item.campaign.orgName}</Typography.Text>}
        >
          <Steps
            size="small"
            current={phaseIndex(item.campaign.phase)}
            style={{ marginBottom: 24 }}
            items={EVALUATION_PHASES.map((p) => ({ title: PHASE_STEP_TITLES[p] }))}
            responsive
          />
          <Work item={item} onChanged={query.reload} />
        </Card>
      ))}
      {(query.data?.total ?? 0) > PAGE_SIZE && <Pagination align="end" current={page} pageSize={PAGE_SIZE} total={query.data?.total} onChange={setPage} />}
    </Flex>
  );
}
