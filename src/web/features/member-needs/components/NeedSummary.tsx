import { Alert, Descriptions, Flex, Steps, Typography } from "antd";
import type { NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import { NEED_CATEGORY_LABELS, NEED_RATING_LABELS, NEED_URGENCY_LABELS } from "../../../../shared/care";
import { dayOf, EMPTY, needStages, overdueDueOn, OVERDUE_LABELS } from "../need-display";

/** The need at a glance: its way to closure, who and what, the deadlines, the answer and the member's rating. */
export function NeedSummary({ need }: { need: NeedDetail }) {
  return (
    <Flex vertical gap={16}>
      <Steps size="small" items={needStages(need).map((s) => ({ title: s.title, content: s.description, status: s.status }))} />
      {need.overdue && (
        <Alert type="error" showIcon title={`${OVERDUE_LABELS[need.overdue]}：时限为 ${overdueDueOn(need)}，请尽快${need.overdue === "acknowledge" ? "受理" : "办结"}。`} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: "member", label: "诉求党员", children: need.member.name },
          { key: "org", label: "所在组织", children: need.org.name },
          { key: "handling", label: "办理组织", children: need.handlingOrg.name },
          { key: "category", label: "类别", children: NEED_CATEGORY_LABELS[need.category] },
          { key: "urgency", label: "紧急程度", children: NEED_URGENCY_LABELS[need.urgency] },
          // Who entered it, when an officer filed on the member's behalf.
          { key: "filed", label: "提出", children: `${dayOf(need.filedAt)}${need.filedByName && need.filedByName !== need.member.name ? `（${need.filedByName}代为登记）` : ""}` },
          { key: "ackDue", label: "受理时限", children: need.acknowledgedAt ? `${need.acknowledgeDueOn}（${dayOf(need.acknowledgedAt)} 已受理）` : need.acknowledgeDueOn },
          { key: "resolveDue", label: "办结时限", children: need.resolveDueOn ?? "受理后计算" },
          { key: "resolved", label: "办结", children: need.status === "resolved" ? dayOf(need.resolvedAt) : EMPTY },
          ...(need.escalatedAt ? [{ key: "escalated", label: "提交上级党委", children: dayOf(need.escalatedAt) }] : []),
          ...(need.reopenCount > 0 ? [{ key: "reopen", label: "重新办理", children: `${need.reopenCount} 次` }] : []),
          ...(need.withdrawnAt ? [{ key: "withdrawn", label: "撤回", children: dayOf(need.withdrawnAt) }] : []),
        ]}
      />
      <div>
        <Typography.Text type="secondary">诉求内容</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0 0" }}>{need.description}</Typography.Paragraph>
      </div>
      {need.resolution && need.status === "resolved" && <Alert type="success" showIcon title="办理结果" description={<span style={{ whiteSpace: "pre-wrap" }}>{need.resolution}</span>} />}
      {need.rating && (
        <Alert
          type={need.rating === "not_satisfied" ? "warning" : "info"}
          showIcon
          title={`党员评价：${NEED_RATING_LABELS[need.rating]}${need.ratedAt ? `（${dayOf(need.ratedAt)}）` : ""}`}
          description={need.ratingComment || undefined}
        />
      )}
    </Flex>
  );
}
