import { Alert, DatePicker, Form, Input, Radio, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { NominationAction, NominationActionName, NominationDetail } from "../../../../shared/contracts/recognition.contract";
import { NOMINATION_ACTION_LABELS } from "../../../../shared/contracts/recognition.contract";
import { HONOUR_LABELS } from "../../../../shared/care";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { actOnNomination } from "../api";

interface Values {
  note?: string;
  publicityStartsOn?: Dayjs;
  decision?: "awarded" | "not_awarded";
}

interface NominationActionModalProps {
  nomination: NominationDetail;
  action: NominationActionName;
  onClose: () => void;
  onDone: (nomination: NominationDetail) => void;
}

const SUCCESS: Record<NominationActionName, string> = {
  withdraw: "已撤回推荐",
  shortlist: "已确定为公示对象，公示开始",
  reject: "已作出不予通过的审核意见",
  decide: "已作出表彰决定",
  publish: "已发布，荣誉已记入荣誉记录",
};

/** The request of each step from the form's values. */
function toAction(action: NominationActionName, values: Values): NominationAction {
  const note = values.note?.trim() || undefined;
  switch (action) {
    case "withdraw":
      return { action, note };
    case "shortlist":
      return { action, note, publicityStartsOn: values.publicityStartsOn?.format("YYYY-MM-DD") };
    case "reject":
      return { action, note: note ?? "" };
    case "decide":
      return { action, decision: values.decision ?? "awarded", note };
    case "publish":
      return { action };
  }
}

/**
 * One step on a nomination with what it needs: the reason of a withdrawal or rejection, the publicity's
 * first day, the decision (awarded or not, the reason when not). Refusals (HON-xx) land under the fields.
 */
export function NominationActionModal({ nomination, action, onClose, onDone }: NominationActionModalProps) {
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch("decision", form);
  const hasUpheld = nomination.objections.some((o) => o.finding === "upheld");
  const { isSaving, handleFinish } = useFormSubmit(form, (values: Values) => actOnNomination(nomination.id, toAction(action, values)), {
    success: SUCCESS[action],
    onDone,
  });
  const subject = `${nomination.nomineeName}（${nomination.year} 年度${HONOUR_LABELS[nomination.honour]}）`;

  return (
    <FormModal title={NOMINATION_ACTION_LABELS[action]} form={form} isSaving={isSaving} onClose={onClose} okText="确定" okButtonProps={{ danger: action === "withdraw" || action === "reject" }} width={560}>
      <Typography.Paragraph>{subject}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} initialValues={{ publicityStartsOn: dayjs(), decision: hasUpheld ? "not_awarded" : "awarded" }}>
        {action === "shortlist" && (
          <Form.Item label="公示开始日期" name="publicityStartsOn" extra="公示期按规定的天数计算（含开始当日），公示期间收到的反映须登记并核实。">
            <DatePicker style={{ width: "100%" }} disabledDate={(date) => date.isBefore(dayjs(), "day")} allowClear={false} />
          </Form.Item>
        )}
        {action === "decide" && (
          <>
            {hasUpheld && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="公示期间有反映经核实属实，不予表彰（HON-11）" />}
            <Form.Item label="表彰决定" name="decision" rules={[{ required: true, message: "请选择表彰决定" }]}>
              <Radio.Group
                options={[
                  { value: "awarded", label: "决定表彰", disabled: hasUpheld },
                  { value: "not_awarded", label: "不予表彰" },
                ]}
              />
            </Form.Item>
          </>
        )}
        {action === "publish" && <Typography.Paragraph type="secondary">发布后，该荣誉记入{nomination.memberId ? "党员" : "党组织"}的荣誉记录，并在本组织范围内公开。</Typography.Paragraph>}
        {action !== "publish" && (
          <Form.Item
            label={{ withdraw: "撤回理由", shortlist: "审核意见", reject: "不予通过的理由", decide: "决定说明" }[action]}
            name="note"
            rules={action === "reject" || (action === "decide" && decision === "not_awarded") ? [{ required: true, whitespace: true, message: "请写明理由" }] : []}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
