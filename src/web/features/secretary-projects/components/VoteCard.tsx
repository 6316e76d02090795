import { CheckCircleOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Radio, Typography } from "antd";
import type { CastProjectVote, ProjectEvaluation } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { castProjectVote } from "../api-evaluation";
import { VOTE_OPTIONS } from "../year-end";

/** A member's voting card while the vote is open (PROJ-13): one secret vote; afterwards only "已投票". */
export function VoteCard({ evaluation, onDone }: { evaluation: ProjectEvaluation; onDone: () => void }) {
  const [form] = Form.useForm<CastProjectVote>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: CastProjectVote) => castProjectVote(evaluation.projectId, values), {
    success: "投票成功",
    onDone,
  });
  if (evaluation.voting.hasVoted) {
    return (
      <Card size="small" title="党员测评">
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title="您已投票" description="测评无记名，系统只记录您已投票，不记录您的选择。" />
      </Card>
    );
  }
  return (
    <Card size="small" title="党员测评" data-testid="vote-card">
      <Form<CastProjectVote> form={form} name="project-vote" layout="vertical" onFinish={handleFinish}>
        <Typography.Paragraph>请阅读书记的述职报告，对本年度书记项目的完成情况作出评价。测评无记名，每人一票，投出后不能修改。</Typography.Paragraph>
        <Form.Item name="choice" label="我的评价" rules={[{ required: true, message: "请选择评价" }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={VOTE_OPTIONS} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          投票
        </Button>
      </Form>
    </Card>
  );
}
