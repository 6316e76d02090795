import { Empty, Flex, Timeline, Typography } from "antd";
import type { NeedStep } from "../../../../shared/contracts/member-needs.contract";
import { NEED_STEP_LABELS, type NeedStepKind } from "../../../../shared/care";
import { dateTimeOf } from "../need-display";

const COLORS: Record<NeedStepKind, string> = {
  filed: "blue",
  acknowledged: "cyan",
  progress: "gray",
  escalated: "purple",
  resolved: "green",
  rated: "gold",
  reopened: "orange",
  withdrawn: "gray",
};

/** The need's dated record, oldest first: what was done, the note, which organization and who. */
export function NeedStepTimeline({ steps }: { steps: readonly NeedStep[] }) {
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <Timeline
      // The date and time in a narrow column on the left; the text takes the rest.
      titleSpan="140px"
      items={steps.map((step) => ({
        key: step.id,
        color: COLORS[step.kind],
        title: dateTimeOf(step.occurredAt),
        content: (
          <Flex vertical data-testid="need-step">
            <Typography.Text strong>{NEED_STEP_LABELS[step.kind]}</Typography.Text>
            {step.note && <div style={{ whiteSpace: "pre-wrap" }}>{step.note}</div>}
            {(step.actingOrgName || step.actedByName) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[step.actingOrgName, step.actedByName].filter(Boolean).join(" · ")}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
