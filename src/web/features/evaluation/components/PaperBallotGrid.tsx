import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Select, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import type { BallotReceipt, EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, EVALUATION_GRADES, type EvaluationGrade } from "../../../../shared/org-life";
import { getErrorMessage } from "../../../lib/api-client";
import { enterPaperBallots } from "../api";
import { filledRow, type PaperRow, paperRowsToBallots } from "../evaluation-options";

const SHORT_OPTIONS = EVALUATION_GRADES.map((g) => ({ value: g, label: EVALUATION_GRADE_LABELS[g] }));

interface PaperBallotGridProps {
  detail: EvaluationCampaignDetail;
  onEntered: (receipt: BallotReceipt) => void;
}

interface GridRow {
  key: number;
  row: PaperRow;
}

/**
 * 录入纸质测评票: one row per paper ballot, one column per graded member. The grid holds no voter:
 * the ballots are anonymous; the members who handed them in may be named separately (optional).
 */
export function PaperBallotGrid({ detail, onEntered }: PaperBallotGridProps) {
  const { modal, message } = App.useApp();
  const graded = detail.entries.filter((e) => e.isGraded);
  const gradedIds = graded.map((e) => e.memberId);
  const [rows, setRows] = useState<GridRow[]>([]);
  const [voterIds, setVoterIds] = useState<string[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [isSaving, setIsSaving] = useState(false);
  const remaining = detail.counts.participants - detail.counts.ballots;

  const addRow = (grade: EvaluationGrade | undefined) => {
    setRows((current) => [...current, { key: nextKey, row: filledRow(gradedIds, grade) }]);
    setNextKey((k) => k + 1);
  };
  const setCell = (key: number, memberId: string, grade: EvaluationGrade) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, row: { ...r.row, [memberId]: grade } } : r)));

  const submit = async () => {
    const { ballots } = paperRowsToBallots(
      rows.map((r) => r.row),
      gradedIds,
    );
    setIsSaving(true);
    try {
      const receipt = await enterPaperBallots(detail.id, { ballots, voterIds: voterIds.length ? voterIds : undefined });
      message.success(`已录入 ${receipt.accepted} 张纸质测评票`);
      setRows([]);
      setVoterIds([]);
      onEntered(receipt);
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };
  const handleSubmit = () => {
    const { incomplete } = paperRowsToBallots(
      rows.map((r) => r.row),
      gradedIds,
    );
    if (incomplete.length > 0) return void message.warning(`第 ${incomplete.join("、")} 张票还有党员未选择等次：每张票须对每名参加评定等次的党员评定一个等次`);
    modal.confirm({
      title: `提交 ${rows.length} 张纸质测评票？`,
      content: "提交后测评票不能修改或撤回，也不记录是谁的票。请核对无误后提交。",
      okText: "提交",
      cancelText: "取消",
      onOk: submit,
    });
  };

  const columns: TableColumnsType<GridRow> = [
    { title: "票号", key: "no", width: 64, fixed: "left", render: (_, __, i) => i + 1 },
    ...graded.map((e) => ({
      title: e.memberName,
      key: e.memberId,
      width: 104,
      render: (_: unknown, r: GridRow) => (
        <Select
          size="small"
          style={{ width: 92 }}
          aria-label={`第${rows.indexOf(r) + 1}张票 ${e.memberName}`}
          value={r.row[e.memberId]}
          options={SHORT_OPTIONS}
          status={r.row[e.memberId] ? undefined : "warning"}
          onChange={(grade: EvaluationGrade) => setCell(r.key, e.memberId, grade)}
        />
      ),
    })),
    {
      title: "",
      key: "remove",
      width: 48,
      fixed: "right",
      render: (_, r) => <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除此票" onClick={() => setRows((c) => c.filter((x) => x.key !== r.key))} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Button icon={<PlusOutlined />} disabled={rows.length >= remaining} onClick={() => addRow("qualified")}>
          添加一张（默认全部合格）
        </Button>
        <Button icon={<PlusOutlined />} disabled={rows.length >= remaining} onClick={() => addRow(undefined)}>
          添加空白票
        </Button>
        <Typography.Text type="secondary">还可收票 {remaining} 张（测评票总数不超过参加评议人数）</Typography.Text>
      </Flex>
      {rows.length > 0 && (
        <>
          <Table<GridRow> rowKey="key" size="small" bordered columns={columns} dataSource={rows} pagination={false} scroll={{ x: 64 + 48 + graded.length * 104 }} />
          <Flex gap={12} align="center" wrap>
            <Typography.Text>交票党员（可选）：</Typography.Text>
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 320, flex: 1 }}
              placeholder="登记交纸质票的党员，以免重复网上投票（不与具体的票关联）"
              value={voterIds}
              onChange={setVoterIds}
              options={detail.entries.map((e) => ({ value: e.memberId, label: e.memberName }))}
              optionFilterProp="label"
            />
            <Button type="primary" loading={isSaving} onClick={handleSubmit}>
              提交 {rows.length} 张纸质票
            </Button>
          </Flex>
          <Alert type="info" showIcon title="纸质票按票面逐张录入。系统只保存票面内容，不保存投票人信息；交票党员名单与具体的票不关联。" />
        </>
      )}
    </Flex>
  );
}
