import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { AllowedHandlingStep, HandlingCaseDetail } from "../../../../shared/contracts/handling.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { getHandlingCase } from "../api";
import { CaseSummary } from "../components/CaseSummary";
import { MethodTag, OverdueTag, PhaseTag } from "../components/HandlingTags";
import { StepFormModal } from "../components/StepFormModal";
import { StepTimeline } from "../components/StepTimeline";
import { describeOverdue, exitKindLabel } from "../handling-options";
import { STEP_BUTTONS } from "../step-form";

const WAITING_TEXT = { committee: "等待上级党委审批", branch: "等待党支部办理" } as const;

function Notices({ handlingCase: c }: { handlingCase: HandlingCaseDetail }) {
  return (
    <>
      {c.overdue.isOverdue && <Alert type="error" showIcon title={`逾期：${describeOverdue(c)}`} style={{ marginBottom: 16 }} />}
      {c.exit && (
        <Alert
          type="warning"
          showIcon
          title={`已按“${exitKindLabel(c.exit.exitKind)}”出党（${c.exit.occurredOn}），已记入党员名册；出党后原则上不再恢复党籍（EXIT-01）。`}
          action={<Link to={`/members/${c.memberId}`}>查看党员档案</Link>}
          style={{ marginBottom: 16 }}
        />
      )}
    </>
  );
}

/** 处置详情: one case, its timeline of steps, and the step forms the server allows this caller now. */
export function HandlingCasePage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [openStep, setOpenStep] = useState<AllowedHandlingStep | null>(null);
  const query = useApiQuery((signal) => getHandlingCase(id, signal), [id]);
  const handlingCase = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该处置记录" subTitle="该记录不存在，或不在您的管理范围内。" extra={<Button onClick={() => navigate("/org-life/handling")}>返回处置列表</Button>} />
      </Card>
    );
  }
  if (query.error && !handlingCase) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!handlingCase) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const { recordableSteps, waitingFor } = handlingCase.abilities;
  const handleRecorded = () => {
    setOpenStep(null);
    query.reload();
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => (location.key === "default" ? navigate("/org-life/handling") : navigate(-1))}>
              返回
            </Button>
            <span>不合格党员处置 · {handlingCase.memberName}</span>
            <MethodTag item={handlingCase} />
            <PhaseTag item={handlingCase} />
            <OverdueTag item={handlingCase} />
          </Space>
        }
      >
        <Spin spinning={query.isLoading}>
          <Notices handlingCase={handlingCase} />
          <CaseSummary handlingCase={handlingCase} />
        </Spin>
      </Card>
      <Card
        title="处置记录"
        extra={
          <Space wrap>
            {waitingFor.map((body) => (
              <Tag key={body} color="purple">
                {WAITING_TEXT[body]}
              </Tag>
            ))}
            {recordableSteps.map((step) => (
              <Button
                key={step.kind}
                type={step.kind === "committee_approval" || step.kind === "meeting_decision" ? "primary" : "default"}
                danger={step.kind === "conclusion"}
                onClick={() => setOpenStep(step)}
              >
                {STEP_BUTTONS[step.kind]}
              </Button>
            ))}
          </Space>
        }
      >
        {handlingCase.status === "open" && recordableSteps.length === 0 && waitingFor.length === 0 && (
          <Typography.Paragraph type="secondary">您可以查看此处置，登记由党员所在党支部和上级党委办理。</Typography.Paragraph>
        )}
        <StepTimeline steps={handlingCase.steps} />
      </Card>
      {openStep && <StepFormModal handlingCase={handlingCase} step={openStep} onClose={() => setOpenStep(null)} onRecorded={handleRecorded} />}
    </Flex>
  );
}
