import { LockOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Form, Radio, Table, type TableColumnsType } from "antd";
import type { MyEvaluation } from "../../../../shared/contracts/evaluation.contract";
import type { EvaluationGrade } from "../../../../shared/org-life";
import { getErrorMessage } from "../../../lib/api-client";
import { castBallot } from "../api";
import { GRADE_OPTIONS } from "../evaluation-options";

type Row = MyEvaluation["ballotSheet"][number];

interface BallotFormProps {
  item: MyEvaluation;
  onCast: () => void;
}

/**
 * The member's secret ballot (民主测评): a grade for every graded member, once. The confirmation says
 * what the server guarantees: the ballot carries no name, and only THAT the member voted is kept.
 */
export function BallotForm({ item, onCast }: BallotFormProps) {
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Record<string, EvaluationGrade>>();

  const submit = async (choices: Record<string, EvaluationGrade>) => {
    try {
      await castBallot(item.campaign.id, choices);
      message.success("测评票已提交");
      onCast();
    } catch (error) {
      message.error(getErrorMessage(error));
    }
  };
  const handleFinish = (choices: Record<string, EvaluationGrade>) =>
    modal.confirm({
      title: "提交测评票？",
      icon: <LockOutlined />,
      content: "本次测评为无记名投票：测评票不记录您的姓名、账号和投票时间，任何人（包括管理员）都无法知道您投了什么票，系统只记录您已经投票。提交后不能修改或撤回。",
      okText: "确认提交",
      cancelText: "再看看",
      onOk: () => submit(choices),
    });

  const columns: TableColumnsType<Row> = [
    { title: "党员", dataIndex: "memberName", width: 110 },
    { title: "所在组织", dataIndex: "orgName", width: 170, responsive: ["md"] },
    {
      title: "评价等次",
      key: "grade",
      render: (_, row) => (
        <Form.Item name={row.memberId} rules={[{ required: true, message: `请为${row.memberName}选择等次` }]} style={{ margin: 0 }}>
          <Radio.Group options={GRADE_OPTIONS} aria-label={`${row.memberName}的等次`} />
        </Form.Item>
      ),
    },
  ];

  return (
    <Form form={form} onFinish={handleFinish} scrollToFirstError>
      <Flex vertical gap={12}>
        <Alert type="success" showIcon icon={<LockOutlined />} title="无记名测评：请对每名参加评定等次的党员评定一个等次。预备党员参加评议但不评定等次，不在票上。" />
        <Flex justify="flex-end">
          <Button onClick={() => form.setFieldsValue(Object.fromEntries(item.ballotSheet.map((r) => [r.memberId, "qualified" as const])))}>全部设为合格</Button>
        </Flex>
        <Table<Row> rowKey="memberId" size="small" columns={columns} dataSource={item.ballotSheet} pagination={false} />
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" icon={<LockOutlined />}>
            提交测评票
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
