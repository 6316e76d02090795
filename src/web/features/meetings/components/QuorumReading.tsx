import { Alert, Flex, Statistic } from "antd";
import type { AttendanceSummary } from "../../../../shared/contracts/meetings.contract";

/** 应到 / 实到 / 请假 / 缺席 and the quorum, read live from the attendance as it is filled in. */
export function QuorumReading({ summary }: { summary: AttendanceSummary }) {
  const q = summary.quorum;
  const who = q.basis === "voters" ? "有表决权的党员" : "委员";
  return (
    <Flex vertical gap={8} data-testid="quorum-reading">
      <Flex gap={32} wrap>
        <Statistic title="应到" value={summary.expected} suffix="人" />
        <Statistic title="实到" value={summary.present} suffix="人" />
        <Statistic title="请假" value={summary.excused} suffix="人" />
        <Statistic title="缺席" value={summary.absent} suffix="人" />
        {summary.excluded > 0 && <Statistic title="不计入应到" value={summary.excluded} suffix="人" />}
        {q.basis === "voters" && <Statistic title="有表决权 应到 / 实到" value={`${summary.expectedVoters} / ${summary.presentVoters}`} />}
      </Flex>
      {q.required && (
        <Alert
          type={q.met ? "success" : "error"}
          showIcon
          title={
            q.met
              ? `达到法定人数：应到会${who} ${q.expected} 人，实到 ${q.present} 人（至少 ${q.needed} 人）`
              : `不足法定人数：应到会${who} ${q.expected} 人，实到 ${q.present} 人，须至少 ${q.needed} 人到会方可召开`
          }
        />
      )}
    </Flex>
  );
}
