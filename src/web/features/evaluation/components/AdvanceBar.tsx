import { ArrowRightOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Typography } from "antd";
import { useState } from "react";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_PHASE_LABELS, type EvaluationPhase } from "../../../../shared/org-life";
import { getErrorMessage } from "../../../lib/api-client";
import { advanceCampaign } from "../api";

/** What moving on means, where it cannot be undone. */
const CONFIRMS: Partial<Record<EvaluationPhase, { title: string; content: string; okText: string }>> = {
  voting: { title: "开始民主测评？", content: "开始后党员可以网上投票，支部可以录入纸质测评票；自评和互评将不能再修改。", okText: "开始测评" },
  grading: {
    title: "结束民主测评并统计？",
    content: "结束后不能再投票或录入纸质票。系统将统计全部测评票，并保存统计结果的校验值（SHA-256），可随时复核。",
    okText: "结束并统计",
  },
  published: {
    title: "公示评议结果？",
    content: "公示后评定等次和反馈不能再修改；评定为不合格的党员将自动建立组织处置记录。",
    okText: "确认公示",
  },
};

const BUTTON_LABELS: Partial<Record<EvaluationPhase, string>> = { grading: "结束测评并统计", published: "公示评议结果" };

interface AdvanceBarProps {
  detail: EvaluationCampaignDetail;
  onAdvanced: (detail: EvaluationCampaignDetail) => void;
}

/** The next phase: what still blocks it (with the rule), and the button that moves the campaign on. */
export function AdvanceBar({ detail, onAdvanced }: AdvanceBarProps) {
  const { modal, message } = App.useApp();
  const [isSaving, setIsSaving] = useState(false);
  const next = detail.nextPhase;
  // The report to the higher committee has its own form (notes first).
  if (!detail.abilities.canManage || !next || next === "reported") return null;

  const advance = async () => {
    setIsSaving(true);
    try {
      const updated = await advanceCampaign(detail.id, { to: next });
      message.success(`已进入“${EVALUATION_PHASE_LABELS[next]}”阶段`);
      onAdvanced(updated);
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };
  const handleClick = () => {
    const confirm = CONFIRMS[next];
    if (!confirm) return void advance();
    modal.confirm({ ...confirm, cancelText: "取消", onOk: advance });
  };

  return (
    <Card size="small">
      <Flex vertical gap={8}>
        {detail.advanceBlockers.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`进入“${EVALUATION_PHASE_LABELS[next]}”前还需完成：`}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {detail.advanceBlockers.map((b) => (
                  <li key={`${b.rule}-${b.field}`}>{b.message}</li>
                ))}
              </ul>
            }
          />
        )}
        <Flex justify="flex-end" align="center" gap={12}>
          <Typography.Text type="secondary">阶段只能逐步向前，不能退回</Typography.Text>
          <Button type="primary" icon={<ArrowRightOutlined />} disabled={!detail.abilities.canAdvance} loading={isSaving} onClick={handleClick}>
            {BUTTON_LABELS[next] ?? `进入下一阶段：${EVALUATION_PHASE_LABELS[next]}`}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
