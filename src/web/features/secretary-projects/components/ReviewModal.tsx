import { Alert, Form, Input, Radio, Typography } from "antd";
import type { ProjectDetail, ProjectVersion } from "../../../../shared/contracts/secretary-projects.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { decideChange, transitionProject } from "../api";
import { diffContent } from "../version-diff";

type Decision = "approve" | "return" | "reject";

const DECISIONS: { value: Decision; proposal: string; change: string }[] = [
  { value: "approve", proposal: "批准立项", change: "批准变更" },
  { value: "return", proposal: "退回修改", change: "退回" },
  { value: "reject", proposal: "不予立项", change: "不予批准" },
];
const CHANGE_DECISION = { approve: "approved", return: "returned", reject: "rejected" } as const;

interface Values {
  decision: Decision;
  comment?: string;
}

interface ReviewModalProps {
  project: ProjectDetail;
  /** The change request decided; absent: the proposal (立项). */
  change?: ProjectVersion;
  initialDecision?: Decision;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
}

/**
 * The reviewing committee's decision with its comment (PROJ-03): on the proposal (批准立项 / 退回修改 /
 * 不予立项), or on a change request (with what it changes against the content in force). Returning or
 * rejecting needs a comment.
 */
export function ReviewModal({ project, change, initialDecision = "approve", onClose, onDone }: ReviewModalProps) {
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch("decision", form) ?? initialDecision;
  const inForce = project.versions.find((v) => v.no === project.approvedVersionNo);
  const changes = change && inForce ? diffContent(inForce.content, change.content) : [];
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: Values) =>
      change
        ? decideChange(project.id, change.id, { decision: CHANGE_DECISION[values.decision], comment: values.comment?.trim() || undefined })
        : transitionProject(project.id, { action: values.decision, comment: values.comment?.trim() || undefined }),
    { success: "已提交审核意见", onDone },
  );

  return (
    <FormModal title={change ? `审批变更申请（第 ${change.no} 版）` : "审核立项申请"} form={form} isSaving={isSaving} onClose={onClose} okText="提交" width={640}>
      {change && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={`变更理由：${change.reason ?? ""}`}
          description={
            changes.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : (
              "与现行版本相比没有内容变化"
            )
          }
        />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={{ decision: initialDecision }} onFinish={handleFinish}>
        <Form.Item name="decision" label="审核结果">
          <Radio.Group optionType="button" buttonStyle="solid" options={DECISIONS.map((d) => ({ value: d.value, label: change ? d.change : d.proposal }))} />
        </Form.Item>
        <Form.Item
          name="comment"
          label="审核意见"
          rules={[{ required: decision !== "approve", whitespace: true, message: decision === "return" ? "退回修改须写明意见" : "不予批准须写明理由" }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={decision === "approve" ? "可填写指导意见（选填）" : "写明需要修改的内容或不予批准的理由"} />
        </Form.Item>
        {decision === "approve" && !change && (
          <Typography.Text type="secondary">批准后项目在本组织范围内公开，书记按节点报告进展，上级党委按季度督查。</Typography.Text>
        )}
      </Form>
    </FormModal>
  );
}
