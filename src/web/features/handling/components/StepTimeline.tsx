import { Empty, Timeline, Typography } from "antd";
import type { HandlingStep } from "../../../../shared/contracts/handling.contract";
import { stepFacts, stepTitle } from "../step-text";

const COLORS: Partial<Record<string, string>> = {
  improved: "green",
  approved: "red",
  passed: "blue",
  failed: "gray",
  rejected: "orange",
  not_improved: "orange",
  refused: "red",
  disagreed: "orange",
  withdrawn: "gray",
};

/** The case's steps, oldest first: date, what was decided, the facts and who recorded it for which body. */
export function StepTimeline({ steps }: { steps: HandlingStep[] }) {
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无记录：请先进行教育谈话" />;
  return (
    <Timeline
      items={steps.map((step) => ({
        key: step.id,
        color: (step.decision && COLORS[step.decision]) || (step.body === "committee" ? "purple" : "blue"),
        title: step.occurredOn,
        content: (
          <div data-testid="handling-step">
            <Typography.Text strong>{stepTitle(step)}</Typography.Text>
            {stepFacts(step).map((fact) => (
              <div key={fact}>{fact}</div>
            ))}
            {step.notes && <div style={{ whiteSpace: "pre-wrap" }}>{step.notes}</div>}
            <Typography.Text type="secondary">
              {step.body === "committee" ? "上级党委" : "党支部"}：{step.orgName}
              {step.recordedByName ? ` · 登记：${step.recordedByName}` : ""}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
