import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Flex, Result, Space, Spin, Steps, Tabs, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { EvaluationCampaignDetail } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_PHASE_LABELS, EVALUATION_PHASES, type EvaluationPhase } from "../../../../shared/org-life";
import { useApiQuery } from "../../../lib/use-api-query";
import { getCampaign } from "../api";
import { AdvanceBar } from "../components/AdvanceBar";
import { GradingPanel } from "../components/GradingPanel";
import { ParticipantsPanel } from "../components/ParticipantsPanel";
import { PhaseTag } from "../components/PhaseTag";
import { RecountButton } from "../components/RecountButton";
import { ReportPanel } from "../components/ReportPanel";
import { ResultsPanel } from "../components/ResultsPanel";
import { StudyPanel } from "../components/StudyPanel";
import { TallyChartLazy } from "../components/TallyChartLazy";
import { VotingPanel } from "../components/VotingPanel";
import { EMPTY, PHASE_STEP_TITLES, hasReached, phaseIndex } from "../evaluation-options";

/** The work of one phase, for the officers (and read-only for the committee). */
function PhasePanel({ detail, shown, onChanged }: { detail: EvaluationCampaignDetail; shown: EvaluationPhase; onChanged: (d?: EvaluationCampaignDetail) => void }) {
  switch (shown) {
    case "study":
      return <StudyPanel detail={detail} onSaved={onChanged} />;
    case "self_evaluation":
      return <ParticipantsPanel detail={detail} mode="self" onSaved={() => onChanged()} />;
    case "peer_evaluation":
      return <ParticipantsPanel detail={detail} mode="peer" onSaved={() => onChanged()} />;
    case "voting":
      return <VotingPanel detail={detail} onChanged={() => onChanged()} />;
    case "grading":
      return (
        <Tabs
          items={[
            { key: "grades", label: "评定等次与反馈", children: <GradingPanel detail={detail} onSaved={onChanged} /> },
            ...(detail.tally ? [{ key: "tally", label: "测评统计图", children: <TallyChartLazy tally={detail.tally} /> }] : []),
          ]}
        />
      );
    case "published":
      return <ResultsPanel detail={detail} />;
    case "reported":
      return (
        <Flex vertical gap={16}>
          <ReportPanel detail={detail} onReported={onChanged} />
          <ResultsPanel detail={detail} />
        </Flex>
      );
  }
}

/** 民主评议: one branch's campaign, a phase stepper and the work of the phase. */
export function EvaluationCampaignPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getCampaign(id, signal), [id]);
  const [viewed, setViewed] = useState<EvaluationPhase>();
  const detail = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该民主评议" subTitle="该评议不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/org-life/evaluations")}>返回民主评议</Button>} />
      </Card>
    );
  }
  if (query.error && !detail) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!detail) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const current = phaseIndex(detail.phase);
  const shown = viewed && hasReached(detail.phase, viewed) ? viewed : detail.phase;
  // Every save answers the new campaign; reading it again keeps one source of truth (the query).
  const handleChanged = (updated?: EvaluationCampaignDetail) => {
    if (updated && updated.phase !== detail.phase) setViewed(undefined);
    query.reload();
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/org-life/evaluations")}>
              返回
            </Button>
            <span>{detail.title}</span>
            <PhaseTag phase={detail.phase} />
          </Space>
        }
        extra={
          <Space wrap>
            {detail.abilities.canRecount && <RecountButton campaignId={detail.id} />}
            {detail.myEntryId && <Link to="/org-life/evaluations/mine">我的自评与测评</Link>}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: "org", label: "党组织", children: detail.orgName },
            { key: "year", label: "年度", children: `${detail.year} 年度` },
            { key: "people", label: "参加 / 评定等次", children: `${detail.counts.participants} / ${detail.counts.graded} 人` },
            { key: "cap", label: "优秀上限", children: `${detail.counts.excellentCap} 人（EVAL-01）` },
            { key: "published", label: "公示日期", children: detail.publishedOn ?? EMPTY },
            { key: "reported", label: "上报日期", children: detail.reportedOn ?? EMPTY },
          ]}
        />
        <Steps
          style={{ marginTop: 16 }}
          size="small"
          current={current}
          onChange={(i) => i <= current && setViewed(EVALUATION_PHASES[i])}
          items={EVALUATION_PHASES.map((p, i) => ({
            title: PHASE_STEP_TITLES[p],
            disabled: i > current,
            status: i < current || detail.phase === "reported" ? "finish" : i === current ? "process" : "wait",
          }))}
        />
      </Card>
      <Card
        title={`${EVALUATION_PHASE_LABELS[shown]}${shown === detail.phase ? "（当前阶段）" : "（已完成，仅供查看）"}`}
        extra={shown !== detail.phase && <Button onClick={() => setViewed(undefined)}>回到当前阶段</Button>}
      >
        <PhasePanel detail={detail} shown={shown} onChanged={handleChanged} />
        {shown === "published" && detail.phase === "published" && (
          <div style={{ marginTop: 24 }}>
            <Typography.Title level={5}>报上级党委</Typography.Title>
            <ReportPanel detail={detail} onReported={handleChanged} />
          </div>
        )}
      </Card>
      {shown === detail.phase && <AdvanceBar detail={detail} onAdvanced={handleChanged} />}
    </Flex>
  );
}
