import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { Campaign, CampaignTarget } from "../../../../shared/contracts/assistance.contract";
import { FormModal } from "../../../components/FormModal";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { addTarget, prefillTargets, updateTarget } from "../api";
import { subjectOfKey } from "../assistance-display";
import { PersonSelect } from "./PersonSelect";

interface Values {
  person?: string;
  visitorName?: string;
  dueOn?: Dayjs;
}

type Mode = { kind: "prefill"; orgName: string; orgId: string } | { kind: "add" } | { kind: "edit"; target: CampaignTarget };

const TITLES = { prefill: "一键生成走访对象", add: "增加走访对象", edit: "调整走访人和完成时限" };

/**
 * The campaign's targets: 一键生成 (everyone cared for below, once), 增加 (one person, AID-10), 调整
 * (visitor, due day within the window). A due day outside the window is refused by AID-10.
 */
export function TargetModal({ campaign, mode, onClose, onDone }: { campaign: Campaign; mode: Mode; onClose: () => void; onDone: (message: string) => void }) {
  const [form] = Form.useForm<Values>();
  const inWindow = (d: Dayjs) => d.isBefore(dayjs(campaign.startsOn), "day") || d.isAfter(dayjs(campaign.dueOn), "day");
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    async (v: Values) => {
      const dueOn = v.dueOn?.format("YYYY-MM-DD");
      if (mode.kind === "prefill") return `已加入 ${(await prefillTargets(campaign.id, { visitorName: v.visitorName ?? "", dueOn, orgId: mode.orgId })).added} 名走访对象`;
      if (mode.kind === "add") return `已加入 ${(await addTarget(campaign.id, { ...subjectOfKey(v.person!), visitorName: v.visitorName ?? "", dueOn })).name}`;
      await updateTarget(campaign.id, mode.target.id, { visitorName: v.visitorName ?? "", dueOn });
      return "已保存";
    },
    { onDone },
  );
  const initial = mode.kind === "edit" ? { visitorName: mode.target.visitorName, dueOn: dayjs(mode.target.dueOn) } : { dueOn: dayjs(campaign.dueOn) };
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={mode.kind === "edit" ? `${TITLES.edit} · ${mode.target.name}` : TITLES[mode.kind]} okText="确定" destroyOnHidden>
      <Form<Values> form={form} name="care-target" layout="vertical" onFinish={handleFinish} initialValues={initial}>
        {mode.kind === "prefill" && (
          <p>
            将{mode.orgName}及其下级组织中（本人权限范围内）全部困难党员、老党员和登记在册的帮扶对象加入本计划；已列入或曾被移出的不再加入。
          </p>
        )}
        {mode.kind === "add" && (
          <Form.Item label="走访对象" name="person" rules={[{ required: true, message: "请选择走访对象" }]}>
            <PersonSelect />
          </Form.Item>
        )}
        <Form.Item label="走访人" name="visitorName" extra={mode.kind === "prefill" ? "不填则为各走访对象所在组织的书记" : undefined}>
          <Input maxLength={60} placeholder="如：张书记" />
        </Form.Item>
        <Form.Item label="完成时限" name="dueOn" rules={[{ required: true, message: "请选择完成时限" }]} extra={`在计划期间（${campaign.startsOn} 至 ${campaign.dueOn}）之内（AID-10）`}>
          <DatePicker style={{ width: "100%" }} disabledDate={inWindow} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
