import { Descriptions, type DescriptionsProps, Typography } from "antd";
import { Link } from "react-router";
import type { HandlingCaseDetail } from "../../../../shared/contracts/handling.contract";
import { EMPTY, exitKindLabel, NEXT_ACTION } from "../handling-options";
import { DeadlineText, MethodTag, PhaseTag } from "./HandlingTags";

function items(c: HandlingCaseDetail): DescriptionsProps["items"] {
  return [
    { key: "member", label: "党员", children: <Link to={`/members/${c.memberId}`}>{c.memberName}</Link> },
    { key: "org", label: "所在党支部", children: c.orgName },
    { key: "committee", label: "审批党委", children: c.approvingCommittee?.name ?? EMPTY },
    { key: "decided", label: "评定不合格", children: c.decidedOn },
    {
      key: "source",
      label: "来源",
      children: c.evaluation ? <Link to={`/org-life/evaluations/${c.evaluation.campaignId}`}>{c.evaluation.title}</Link> : "党支部认定",
    },
    { key: "method", label: "处置方式", children: <MethodTag item={c} /> },
    { key: "phase", label: "当前阶段", children: <PhaseTag item={c} /> },
    { key: "deadline", label: "改正期限", children: <DeadlineText item={c} /> },
    { key: "last", label: "最近进展", children: c.lastStepOn ?? EMPTY },
    ...(c.closedOn ? [{ key: "closed", label: "结案日期", children: c.closedOn }] : []),
    ...(c.exit
      ? [
          {
            key: "exit",
            label: "出党",
            children: (
              <>
                {exitKindLabel(c.exit.exitKind)}（{c.exit.occurredOn}），<Link to={`/members/${c.memberId}`}>查看党员档案</Link>
              </>
            ),
          },
        ]
      : []),
    { key: "grounds", label: "处置事由", span: "filled" as const, children: <span style={{ whiteSpace: "pre-wrap" }}>{c.grounds}</span> },
    ...(c.status === "open" ? [{ key: "next", label: "下一步", span: "filled" as const, children: <Typography.Text>{NEXT_ACTION[c.phase]}</Typography.Text> }] : []),
  ];
}

/** The case at a glance: who, where, which method, by when, where it came from, what comes next. */
export function CaseSummary({ handlingCase }: { handlingCase: HandlingCaseDetail }) {
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items(handlingCase)} />;
}
