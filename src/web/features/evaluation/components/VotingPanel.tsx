import { LockOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Flex, Progress, Row, Statistic } from "antd";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { PaperBallotGrid } from "./PaperBallotGrid";

interface VotingPanelProps {
  detail: EvaluationCampaignDetail;
  onChanged: () => void;
}

/** 民主测评: how many ballots are in (never whose or how), and the paper-ballot grid while the vote is open. */
export function VotingPanel({ detail, onChanged }: VotingPanelProps) {
  const { participants, ballots, onlineBallots, paperBallots } = detail.counts;
  const isOpen = detail.phase === "voting";
  return (
    <Flex vertical gap={16}>
      <Alert
        type="success"
        icon={<LockOutlined />}
        showIcon
        title="无记名测评：测评票不记录投票人、账号和时间，任何人（包括系统管理员）都无法查看谁投了什么票；党员本人只能看到自己是否已投票。"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Flex align="center" gap={16}>
              <Progress type="circle" size={84} percent={participants ? Math.round((ballots / participants) * 100) : 0} format={() => `${ballots}/${participants}`} />
              <Statistic title="已收测评票 / 参加评议人数" value={ballots} suffix={`/ ${participants}`} />
            </Flex>
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title="网上测评" value={onlineBallots} suffix="张" />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title="纸质票录入" value={paperBallots} suffix="张" />
          </Card>
        </Col>
      </Row>
      {isOpen && detail.abilities.canManage && (
        <Card size="small" title="录入纸质测评票">
          <PaperBallotGrid detail={detail} onEntered={onChanged} />
        </Card>
      )}
    </Flex>
  );
}
