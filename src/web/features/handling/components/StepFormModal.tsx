import { Alert, Checkbox, DatePicker, Form, Input, Radio } from "antd";
import dayjs from "dayjs";
import { type AllowedHandlingStep, FOLLOW_UP_RESULT_LABELS, type HandlingCaseDetail } from "../../../../shared/contracts/handling.contract";
import { HANDLING_METHOD_LABELS } from "../../../../shared/org-life";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { recordHandlingStep } from "../api";
import { initialStepValues, isNotesRequired, needsVote, NOTES_LABELS, type StepFormValues, stepFormTitle, toStepRequest } from "../step-form";
import { HandlingVoteFields } from "./HandlingVoteFields";

interface StepFormModalProps {
  handlingCase: HandlingCaseDetail;
  step: AllowedHandlingStep;
  onClose: () => void;
  onRecorded: (handlingCase: HandlingCaseDetail) => void;
}

const EXIT_NOTICE = {
  persuade_to_leave: "批准后，该党员按“劝退”出党，记入党员名册；出党后原则上不再恢复党籍（EXIT-01）。",
  remove: "批准后，该党员按“劝而不退除名”出党，记入党员名册；出党后原则上不再恢复党籍（EXIT-01）。",
} as const;

/** One step of the case, with the fields its kind needs and only the choices the procedure allows now. */
export function StepFormModal({ handlingCase, step, onClose, onRecorded }: StepFormModalProps) {
  const [form] = Form.useForm<StepFormValues>();
  const method = Form.useWatch("method", form);
  const hasVote = Form.useWatch("hasVote", form);
  const decision = Form.useWatch("decision", form);
  const { kind } = step;
  const { isSaving, handleFinish } = useFormSubmit(form, (values: StepFormValues) => recordHandlingStep(handlingCase.id, toStepRequest(kind, values)), {
    success: `已登记“${stepFormTitle(kind)}”`,
    onDone: onRecorded,
  });
  const caseMethod = handlingCase.method;
  const isClosing = kind === "conclusion" || (kind === "committee_approval" && decision === "approved");

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={`${stepFormTitle(kind)} · ${handlingCase.memberName}`}
      okText="登记"
      okButtonProps={{ danger: isClosing }}
      width={640}
      destroyOnHidden
    >
      <Form form={form} name={`handling-step-${kind}`} layout="vertical" initialValues={initialStepValues(step, dayjs(), handlingCase.entitledVotersToday)} onFinish={handleFinish}>
        <Form.Item label="日期" name="occurredOn" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isAfter(dayjs(), "day")} />
        </Form.Item>
        {kind === "follow_up" && (
          <Form.Item label="考察结论" name="result" extra={step.results?.length ? undefined : "限期改正期满后才能作出是否改正的结论"}>
            <Radio.Group options={[{ value: "none", label: "一般考察记录" }, ...(step.results ?? []).map((value) => ({ value, label: FOLLOW_UP_RESULT_LABELS[value] }))]} />
          </Form.Item>
        )}
        {kind === "pre_review" && (
          <Form.Item label="预审意见" name="decision" rules={[{ required: true, message: "请选择预审意见" }]} extra="地方工作程序：支部大会表决前由基层党委预审（可选步骤）">
            <Radio.Group options={[{ value: "agreed", label: "同意提交支部大会" }, { value: "disagreed", label: "不同意" }]} />
          </Form.Item>
        )}
        {kind === "meeting_decision" && (
          <>
            <Form.Item label="处置方式" name="method" rules={[{ required: true, message: "请选择处置方式" }]}>
              <Radio.Group options={(step.methods ?? []).map((value) => ({ value, label: HANDLING_METHOD_LABELS[value] }))} />
            </Form.Item>
            {method === "rectify_by_deadline" && (
              <Form.Item name="hasVote" valuePropName="checked" extra="限期改正由党支部决定；期限自决定之日起一般为一年">
                <Checkbox>经支部党员大会表决（登记表决情况）</Checkbox>
              </Form.Item>
            )}
            {method && needsVote({ method, hasVote }) && <HandlingVoteFields />}
          </>
        )}
        {kind === "committee_approval" && (
          <>
            <Form.Item label="审批意见" name="decision" rules={[{ required: true, message: "请选择审批意见" }]}>
              <Radio.Group options={[{ value: "approved", label: "批准" }, { value: "rejected", label: "不批准（退回党支部）" }]} />
            </Form.Item>
            <Form.Item label="批复文号" name="documentNumber">
              <Input maxLength={50} placeholder="如：青党批〔2026〕8号" />
            </Form.Item>
            {decision === "approved" && (caseMethod === "persuade_to_leave" || caseMethod === "remove") && (
              <Alert type="warning" showIcon title={EXIT_NOTICE[caseMethod]} style={{ marginBottom: 16 }} />
            )}
          </>
        )}
        {kind === "conclusion" && (
          <Alert type="warning" showIcon title="撤销用于误开或不应处置的记录（如已因同一事由受党纪处分）。撤销后本处置结案，已有记录全部保留。" style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          label={NOTES_LABELS[kind]}
          name="notes"
          rules={isNotesRequired(kind) ? [{ required: true, whitespace: true, message: `请填写${NOTES_LABELS[kind]}` }, { min: 2, message: "至少 2 个字" }] : []}
        >
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
