import { Alert, App, Flex, Skeleton, Steps } from "antd";
import { useState } from "react";
import type { ProjectEvaluation } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { getProjectEvaluation, publishProjectEvaluation } from "../api-evaluation";
import { EvaluationResultCard } from "./EvaluationResultCard";
import { ProjectVotingPanel } from "./ProjectVotingPanel";
import { ScoringForm } from "./ScoringForm";
import { VoteCard } from "./VoteCard";
import { YearEndReportCard } from "./YearEndReportCard";

const STEP_OF: Record<string, number> = { approved: 0, reported: 1, evaluated: 3, published: 4 };

/** Where the year end stands: 述职 → 测评 → 评价 → 公布. */
function YearEndSteps({ evaluation }: { evaluation: ProjectEvaluation }) {
  const step = evaluation.status === "reported" && evaluation.voting.state === "closed" ? 2 : (STEP_OF[evaluation.status] ?? 0);
  return (
    <Steps
      size="small"
      current={step}
      status={step === 4 ? "finish" : "process"}
      items={[
        { title: "书记述职", content: evaluation.reportedAt ? "已提交" : `${evaluation.reportOpensOn} 起` },
        { title: "党员测评", content: "可选" },
        { title: "上级党委评价" },
        { title: "公布结果" },
      ]}
    />
  );
}

/**
 * The project page's 述职评价 tab (PROJ-11…14): the secretary's report; for the committee the vote,
 * the paper counts, the scoring by rubric and publication; for a member a voting card while the vote
 * is open; the result once the caller may see it.
 */
export function YearEndTab({ project, onChanged }: { project: ProjectDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const query = useApiQuery((signal) => getProjectEvaluation(project.id, signal), [project.id, project.status]);
  const [isRescoring, setIsRescoring] = useState(false);
  const evaluation = query.data?.projectId === project.id ? query.data : undefined;

  if (query.error && !evaluation) return <Alert type="error" showIcon title={query.error.message} />;
  if (!evaluation) return <Skeleton active paragraph={{ rows: 6 }} />;

  const isCommittee = evaluation.sides.includes("committee");
  const handleDone = () => {
    setIsRescoring(false);
    query.reload();
    onChanged();
  };
  const handlePublish = async () => {
    try {
      await publishProjectEvaluation(project.id);
      message.success("评价结果已公布");
      handleDone();
    } catch (error) {
      message.error(getErrorMessage(error));
    }
  };
  const showsScoring = evaluation.abilities.canEvaluate && (!evaluation.result || isRescoring);

  return (
    <Flex vertical gap={16}>
      <YearEndSteps evaluation={evaluation} />
      <YearEndReportCard evaluation={evaluation} onDone={handleDone} />
      {(evaluation.voting.canVote || evaluation.voting.hasVoted) && <VoteCard evaluation={evaluation} onDone={handleDone} />}
      {evaluation.voting.state === "open" && !evaluation.voting.canVote && !evaluation.voting.hasVoted && !isCommittee && (
        <Alert type="info" showIcon title="网上测评进行中" description="本组织及所属党小组的在册党员可在此投票（书记本人除外）。" />
      )}
      {isCommittee && evaluation.status !== "approved" && <ProjectVotingPanel evaluation={evaluation} onDone={handleDone} />}
      {showsScoring && <ScoringForm evaluation={evaluation} onDone={handleDone} onCancel={isRescoring ? () => setIsRescoring(false) : undefined} />}
      {evaluation.result && !showsScoring && (
        <EvaluationResultCard
          result={evaluation.result}
          onRescore={evaluation.abilities.canEvaluate ? () => setIsRescoring(true) : undefined}
          onPublish={evaluation.abilities.canPublish ? handlePublish : undefined}
        />
      )}
      {!evaluation.result && evaluation.status === "evaluated" && <Alert type="info" showIcon title="上级党委已完成评价，结果公布后可见" />}
    </Flex>
  );
}
