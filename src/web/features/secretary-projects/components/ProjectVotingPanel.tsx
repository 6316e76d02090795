import { App, Button, Card, Descriptions, Flex, Form, InputNumber, Popconfirm, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { PaperVotes, ProjectEvaluation } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { PROJECT_VOTE_CHOICE_LABELS, PROJECT_VOTE_CHOICES } from "../../../../shared/secretary-projects";
import { getErrorMessage } from "../../../lib/api-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { setPaperVotes, setProjectVoting } from "../api-evaluation";

const STATE_TAGS = { not_opened: <Tag>未开始</Tag>, open: <Tag color="processing">进行中</Tag>, closed: <Tag color="success">已结束</Tag> };
const at = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "");

/**
 * The committee's side of the vote (PROJ-13): open and close the online vote (once per project),
 * how many voted of how many may (never who voted how), and the paper forms' counts from a meeting.
 */
export function ProjectVotingPanel({ evaluation, onDone }: { evaluation: ProjectEvaluation; onDone: (next: ProjectEvaluation) => void }) {
  const { message } = App.useApp();
  const [isSwitching, setIsSwitching] = useState(false);
  const [form] = Form.useForm<PaperVotes>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: PaperVotes) => setPaperVotes(evaluation.projectId, values), { success: "已保存纸质测评票数", onDone });
  const { voting, abilities } = evaluation;
  const paper = evaluation.paperVotes;

  const handleVoting = async (action: "open" | "close") => {
    setIsSwitching(true);
    try {
      onDone(await setProjectVoting(evaluation.projectId, { action }));
      message.success(action === "open" ? "网上测评已开始，本组织党员可在项目页投票" : "网上测评已结束");
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsSwitching(false);
    }
  };

  return (
    <Card size="small" title="党员测评（可选）" extra={STATE_TAGS[voting.state]}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          本组织及所属党小组在册党员对书记项目进行测评（好、较好、一般、差），无记名，每人一票；也可录入会议纸质测评票的统计数。有测评票时按评价标准规定的测评权重计入最终得分。
        </Typography.Text>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "state", label: "网上测评", children: voting.state === "not_opened" ? "未开始" : `${at(voting.openedAt)} 开始${voting.closedAt ? `，${at(voting.closedAt)} 结束` : ""}` },
            { key: "ballots", label: "已投票", children: voting.ballots === null ? "—" : `${voting.ballots} 人${voting.eligibleVoters === null ? "" : ` / 可参加 ${voting.eligibleVoters} 人`}` },
            {
              key: "paper",
              label: "纸质测评票",
              children: paper ? PROJECT_VOTE_CHOICES.map((c) => `${PROJECT_VOTE_CHOICE_LABELS[c]} ${paper[c]}`).join("，") : "未录入",
            },
          ]}
        />
        {abilities.canManageVoting && (
          <Space wrap>
            {voting.state === "not_opened" && (
              <Popconfirm title="开始网上测评？" description="开始后本组织党员即可投票；每个项目只组织一次网上测评。" okText="开始" cancelText="取消" onConfirm={() => handleVoting("open")}>
                <Button type="primary" loading={isSwitching}>
                  开始网上测评
                </Button>
              </Popconfirm>
            )}
            {voting.state === "open" && (
              <Popconfirm title="结束网上测评？" description="结束后不能再投票，也不能重新开始。" okText="结束" cancelText="取消" onConfirm={() => handleVoting("close")}>
                <Button danger loading={isSwitching}>
                  结束网上测评
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
        {abilities.canManageVoting && (
          <Form<PaperVotes>
            form={form}
            name="paper-votes"
            layout="inline"
            initialValues={paper ?? { good: 0, fairly_good: 0, average: 0, poor: 0 }}
            onFinish={handleFinish}
          >
            {PROJECT_VOTE_CHOICES.map((choice) => (
              <Form.Item key={choice} name={choice} label={PROJECT_VOTE_CHOICE_LABELS[choice]} rules={[{ required: true, message: "请填写票数" }]}>
                <InputNumber min={0} max={100000} precision={0} style={{ width: 90 }} suffix="票" />
              </Form.Item>
            ))}
            <Form.Item>
              <Button htmlType="submit" loading={isSaving}>
                保存纸质票数
              </Button>
            </Form.Item>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
