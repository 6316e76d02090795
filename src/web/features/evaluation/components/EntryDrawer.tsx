import { Alert, Button, Descriptions, Drawer, Flex, Form, Input, Select, Spin, Tag, Typography } from "antd";
import type { EvaluationEntryDetail } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS } from "../../../../shared/org-life";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { getEntry, updateEntry } from "../api";
import { EMPTY, GRADE_OPTIONS } from "../evaluation-options";

/** What the officer may do with the entry now: type in a paper self-evaluation, or write the peer comments. */
export type EntryEditMode = "transcribe" | "peer" | null;

interface EntryDrawerProps {
  campaignId: string;
  entryId: string;
  mode: EntryEditMode;
  onClose: () => void;
  onSaved: () => void;
}

const Text = ({ value }: { value: string | null }) => (
  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{value?.trim() ? value : EMPTY}</Typography.Paragraph>
);

/** One member's evaluation record: the self-evaluation, the 党性分析 and the peer comments. */
export function EntryDrawer({ campaignId, entryId, mode, onClose, onSaved }: EntryDrawerProps) {
  const query = useApiQuery((signal) => getEntry(campaignId, entryId, signal), [campaignId, entryId]);
  const entry = query.data;
  return (
    <Drawer open size={640} onClose={onClose} title={entry ? `${entry.memberName} · 评议记录` : "评议记录"} destroyOnHidden>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!entry ? (
        <Spin />
      ) : mode ? (
        <EntryForm campaignId={campaignId} entry={entry} mode={mode} onSaved={onSaved} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: "org", label: "所在组织", children: entry.orgName },
            { key: "graded", label: "评定等次", children: entry.isGraded ? "参加" : <Tag>预备党员，不评定等次</Tag> },
            { key: "selfGrade", label: "自评等次", children: entry.selfGrade ? EVALUATION_GRADE_LABELS[entry.selfGrade] : EMPTY },
            { key: "self", label: "个人自评", children: <Text value={entry.selfEvaluation} /> },
            { key: "analysis", label: "党性分析", children: <Text value={entry.partySpiritAnalysis} /> },
            { key: "peer", label: "互评意见", children: <Text value={entry.peerComments} /> },
          ]}
        />
      )}
    </Drawer>
  );
}

interface Values {
  selfGrade?: string | null;
  selfEvaluation?: string;
  partySpiritAnalysis?: string;
  peerComments?: string;
}

function EntryForm({ campaignId, entry, mode, onSaved }: { campaignId: string; entry: EvaluationEntryDetail; mode: "transcribe" | "peer"; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: Values) =>
      updateEntry(
        campaignId,
        entry.id,
        mode === "peer"
          ? { peerComments: values.peerComments ?? null }
          : { selfGrade: (values.selfGrade as EvaluationEntryDetail["selfGrade"]) ?? null, selfEvaluation: values.selfEvaluation ?? null, partySpiritAnalysis: values.partySpiritAnalysis ?? null },
      ),
    { success: "已保存", onDone: onSaved },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ selfGrade: entry.selfGrade, selfEvaluation: entry.selfEvaluation ?? "", partySpiritAnalysis: entry.partySpiritAnalysis ?? "", peerComments: entry.peerComments ?? "" }}
      onFinish={handleFinish}
    >
      {mode === "transcribe" ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="代录党员交来的纸质个人自评和党性分析，录入后记入审计日志。" />
          {entry.isGraded && (
            <Form.Item name="selfGrade" label="自评等次">
              <Select allowClear options={GRADE_OPTIONS} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item name="selfEvaluation" label="个人自评">
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="partySpiritAnalysis" label="党性分析">
            <Input.TextArea rows={8} maxLength={10000} showCount />
          </Form.Item>
        </>
      ) : (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }} items={[{ key: "analysis", label: "党性分析", children: <Text value={entry.partySpiritAnalysis} /> }]} />
          <Form.Item name="peerComments" label="党员互评意见" extra="汇总党员互评中对该党员提出的意见和建议">
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </>
      )}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存
        </Button>
      </Flex>
    </Form>
  );
}
