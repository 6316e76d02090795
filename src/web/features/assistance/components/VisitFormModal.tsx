import { DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { chinaToday } from "../../../../shared/dates";
import type { VisitKind } from "../../../../shared/care";
import type { VisitDetail } from "../../../../shared/contracts/assistance.contract";
import { FormModal } from "../../../components/FormModal";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { findCampaignsOfYear, recordVisit, updateVisit } from "../api";
import { subjectOfKey, visitKindOptions } from "../assistance-display";
import { fenToYuanInput } from "../money";
import { amountAllowed, amountError, amountRequired, toVisitInput, withFieldAlias } from "../visit-form";
import { PersonSelect } from "./PersonSelect";

interface Values {
  person?: string;
  visitedOn: Dayjs;
  visitors: string[];
  kind: VisitKind;
  amountYuan?: string;
  notes?: string;
  campaignId?: string | null;
}

interface VisitFormModalProps {
  /** A visit to correct (the person stays); omitted: a new visit. */
  visit?: VisitDetail;
  /** A new visit's person, chosen already (from the people list or a campaign's target). */
  person?: { key: string; name: string };
  campaignId?: string;
  onClose: () => void;
  onSaved: (visit: VisitDetail) => void;
}

/**
 * 记录走访 / 修改走访记录: who, when, by whom, how; the amount typed in yuan and sent as exact fen
 * (AID-07); the campaign it was made under, if any (AID-11: within its window).
 */
export function VisitFormModal({ visit, person, campaignId, onClose, onSaved }: VisitFormModalProps) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const visitedOn = Form.useWatch("visitedOn", form);
  const today = dayjs(chinaToday(new Date()));
  const year = (visitedOn ?? today).year();
  const campaigns = useApiQuery((signal) => findCampaignsOfYear(year, signal), [year]);
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    async (values: Values) => {
      const input = toVisitInput({ ...values, visitedOn: values.visitedOn.format("YYYY-MM-DD") });
      try {
        return visit ? await updateVisit(visit.id, input) : await recordVisit({ ...input, ...subjectOfKey(values.person!) });
      } catch (error) {
        throw withFieldAlias(error, { amountFen: "amountYuan", memberId: "person", recipientId: "person" });
      }
    },
    { success: visit ? "已保存" : "已记录走访", onDone: onSaved },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={visit ? `修改走访记录 · ${visit.personName}` : "记录走访慰问"} okText="保存" width={620} destroyOnHidden>
      <Form<Values>
        form={form}
        name="care-visit"
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          person: person?.key,
          visitedOn: visit ? dayjs(visit.visitedOn) : today,
          visitors: visit?.visitors ?? [],
          kind: visit?.kind ?? "talk",
          amountYuan: fenToYuanInput(visit?.amountFen),
          notes: visit?.notes ?? "",
          campaignId: visit ? visit.campaignId : (campaignId ?? null),
        }}
      >
        {!visit && (
          <Form.Item label="走访对象" name="person" rules={[{ required: true, message: "请选择走访对象" }]}>
            <PersonSelect disabled={!!person} valueLabel={person?.name} />
          </Form.Item>
        )}
        <Form.Item label="走访日期" name="visitedOn" rules={[{ required: true, message: "请选择走访日期" }]} extra="不晚于今天，不早于开始帮扶日期（AID-06）">
          <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(today, "day")} />
        </Form.Item>
        <Form.Item label="走访人" name="visitors" rules={[{ required: true, type: "array", min: 1, message: "请填写至少一名走访人" }]} extra="输入姓名后回车，可填多人">
          <Select mode="tags" open={false} tokenSeparators={[",", "，", "、", " "]} placeholder="如：张书记、李委员" />
        </Form.Item>
        <Form.Item label="方式" name="kind" rules={[{ required: true, message: "请选择方式" }]}>
          <Radio.Group options={visitKindOptions} optionType="button" />
        </Form.Item>
        {amountAllowed(kind) && (
          <Form.Item
            label={kind === "money" ? "慰问金金额（元）" : "慰问品价值（元，可不填）"}
            name="amountYuan"
            required={amountRequired(kind)}
            rules={[{ validator: async (_, v: string | undefined) => { const e = amountError(kind, v); if (e) throw new Error(e); } }]}
            extra="精确到分，如 500 或 200.50（AID-07）"
          >
            <Input prefix="¥" inputMode="decimal" style={{ width: 240 }} />
          </Form.Item>
        )}
        <Form.Item label="关联走访慰问计划" name="campaignId" extra="按计划开展的走访，日期须在计划期间内（AID-11）">
          <Select
            allowClear
            placeholder="不关联计划"
            loading={campaigns.isLoading}
            options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title}（${c.startsOn} 至 ${c.dueOn}）` }))}
          />
        </Form.Item>
        <Form.Item label="走访情况" name="notes">
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="了解到的情况、解决的问题、下一步帮扶打算（不在列表中显示）" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
