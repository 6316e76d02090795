import { EditOutlined, PaperClipOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Space, Steps, type StepsProps, Tag, Tooltip, Typography } from "antd";
import type { ChecklistItem, DevelopmentPersonDetail, DevelopmentStep } from "../../../../shared/contracts/development.contract";
import { PROCEDURE_STAGES, RULE_SET_LABELS, type StepCode } from "../../../../shared/development-steps";
import { fileUrl } from "../api";
import { decisionLabel, describeStepFacts } from "../step-facts";
import type { RecordableStepCode } from "../step-form";

type StepStatus = NonNullable<NonNullable<StepsProps["items"]>[number]["status"]>;

const STATUS_BY_STATE: Record<ChecklistItem["state"], StepStatus> = {
  done: "finish",
  failed: "error",
  next: "process",
  pending: "wait",
};
export const STATE_LABELS: Record<ChecklistItem["state"], string> = {
  done: "已完成",
  failed: "未通过",
  next: "待办理",
  pending: "未开始",
};
const STATE_COLORS: Record<ChecklistItem["state"], string> = { done: "success", failed: "error", next: "processing", pending: "default" };
export const BODY_SHORT_LABELS: Record<ChecklistItem["body"], string> = {
  branch: "党支部",
  committee: "上级党委",
  branch_or_committee: "党支部或上级党委",
};

/** The rule set a record was judged by, and each rule checked with its article. */
export function RulesChecked({ step }: { step: Pick<DevelopmentStep, "ruleSet" | "rulesChecked"> }) {
  return (
    <Space size={[4, 4]} wrap>
      <Tooltip title={RULE_SET_LABELS[step.ruleSet]}>
        <Tag variant="outlined">{step.ruleSet} 版细则</Tag>
      </Tooltip>
      {step.rulesChecked.map((rule) => (
        <Tooltip key={rule.rule} title={rule.article}>
          <Tag color="green">{rule.rule}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

function StepRecord({ step }: { step: DevelopmentStep }) {
  const decision = decisionLabel(step);
  const facts = describeStepFacts(step);
  const recordedBy = [step.recordedByName, step.recordedOrgName].filter(Boolean).join("，");
  return (
    <div style={{ padding: "4px 0 8px" }} data-testid="step-record">
      <Space size={[8, 4]} wrap>
        <Typography.Text strong>{step.occurredOn}</Typography.Text>
        {decision && <Tag color={step.decision === "not_passed" || step.decision === "cancel" ? "error" : "success"}>{decision}</Tag>}
        {step.actorNames && <Typography.Text>经办：{step.actorNames}</Typography.Text>}
      </Space>
      {facts.map((line) => (
        <div key={line}>
          <Typography.Text type="secondary">{line}</Typography.Text>
        </div>
      ))}
      {step.notes && <Typography.Paragraph style={{ margin: "2px 0", whiteSpace: "pre-wrap" }}>{step.notes}</Typography.Paragraph>}
      {step.documents.length > 0 && (
        <Space size={[12, 2]} wrap>
          {step.documents.map((document) => (
            <Typography.Link key={document.fileId} href={fileUrl(document.fileId)} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {document.name}
            </Typography.Link>
          ))}
        </Space>
      )}
      <Flex gap={8} wrap align="center" style={{ marginTop: 2 }}>
        <RulesChecked step={step} />
        {recordedBy && <Typography.Text type="secondary" style={{ fontSize: 12 }}>登记：{recordedBy}</Typography.Text>}
      </Flex>
    </div>
  );
}

interface DevelopmentChecklistProps {
  person: Pick<DevelopmentPersonDetail, "checklist" | "steps" | "abilities">;
  onRecord: (code: RecordableStepCode) => void;
}

/** The 25 steps of the procedure in its five stages, each with its records and, when allowed, 登记. */
export function DevelopmentChecklist({ person, onRecord }: DevelopmentChecklistProps) {
  const stepsById = new Map(person.steps.map((step) => [step.id, step]));
  const recordable = new Set<StepCode>(person.abilities.recordableSteps);

  return (
    <Flex vertical gap={16}>
      {PROCEDURE_STAGES.map((stage) => {
        const items = person.checklist.filter((item) => item.procedureStage === stage.no);
        if (items.length === 0) return null;
        const doneCount = items.filter((item) => item.state === "done").length;
        return (
          <Card
            key={stage.no}
            size="small"
            title={`第${"一二三四五"[stage.no - 1]}阶段 · ${stage.label}`}
            extra={<Typography.Text type="secondary">{`${doneCount}/${items.length} 已完成`}</Typography.Text>}
          >
            <Steps
              orientation="vertical"
              size="small"
              initial={items[0]!.no - 1}
              current={-1}
              items={items.map((item) => ({
                key: item.code,
                status: STATUS_BY_STATE[item.state],
                title: (
                  <Space size={[8, 4]} wrap>
                    <span>{item.label}</span>
                    <Tag color={STATE_COLORS[item.state]}>{STATE_LABELS[item.state]}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {BODY_SHORT_LABELS[item.body]}
                    </Typography.Text>
                    {recordable.has(item.code) && item.code !== "submitApplication" && (
                      <Button
                        size="small"
                        type={item.state === "next" ? "primary" : "default"}
                        icon={<EditOutlined />}
                        onClick={() => onRecord(item.code as RecordableStepCode)}
                        aria-label={`登记${item.label}`}
                      >
                        登记
                      </Button>
                    )}
                  </Space>
                ),
                content: (
                  <div data-testid={`checklist-${item.code}`}>
                    {item.stepIds
                      .map((id) => stepsById.get(id))
                      .filter((step): step is DevelopmentStep => step !== undefined)
                      .map((step) => (
                        <StepRecord key={step.id} step={step} />
                      ))}
                  </div>
                ),
              }))}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
