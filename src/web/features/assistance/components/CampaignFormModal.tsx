import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { CAMPAIGN_KIND_LABELS, type CampaignKind } from "../../../../shared/care";
import type { Campaign } from "../../../../shared/contracts/assistance.contract";
import { chinaToday } from "../../../../shared/dates";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createCampaign, updateCampaign } from "../api";

interface Values {
  orgId: string;
  kind: CampaignKind;
  title: string;
  window: [Dayjs, Dayjs];
  notes?: string;
}

const kindOptions = Object.entries(CAMPAIGN_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** 制定 / 修改走访慰问计划: the organization (for its subtree), kind, title, the window within one year (AID-09), the requirements. */
export function CampaignFormModal({ campaign, orgId, onClose, onSaved }: { campaign?: Campaign; orgId: string; onClose: () => void; onSaved: (c: Campaign) => void }) {
  const [form] = Form.useForm<Values>();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (v: Values) => {
      const [start, due] = v.window;
      const body = { kind: v.kind, title: v.title, startsOn: start.format("YYYY-MM-DD"), dueOn: due.format("YYYY-MM-DD"), notes: v.notes ?? "" };
      return campaign ? updateCampaign(campaign.id, body) : createCampaign({ ...body, orgId: v.orgId, year: start.year() });
    },
    { success: campaign ? "已保存" : "已制定计划", onDone: onSaved },
  );
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={campaign ? "修改走访慰问计划" : "制定走访慰问计划"} okText="保存" width={600} destroyOnHidden>
      <Form<Values>
        form={form}
        name="care-campaign"
        layout="vertical"
        onFinish={handleFinish}
        initialValues={
          campaign
            ? { orgId: campaign.orgId, kind: campaign.kind, title: campaign.title, window: [dayjs(campaign.startsOn), dayjs(campaign.dueOn)], notes: campaign.notes }
            : { orgId, kind: "july_first", title: `${thisYear}年“七一”走访慰问`, window: [dayjs(`${thisYear}-06-15`), dayjs(`${thisYear}-07-01`)] }
        }
      >
        {!campaign && (
          <Form.Item label="制定计划的党组织" name="orgId" rules={[{ required: true, message: "请选择党组织" }]} extra="计划覆盖该组织及其全部下级组织">
            <OrgTreeSelect />
          </Form.Item>
        )}
        <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item label="计划名称" name="title" rules={[{ required: true, whitespace: true, min: 2, message: "请填写计划名称" }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          label="开始日期至完成时限"
          name="window"
          rules={[{ required: true, message: "请选择期间" }]}
          extra="均在同一年度内（AID-09）；期间内对走访对象的任何走访都计入覆盖率（AID-12）"
        >
          <DatePicker.RangePicker style={{ width: "100%" }} disabledDate={campaign ? (d) => d.year() !== campaign.year : undefined} />
        </Form.Item>
        <Form.Item label="工作要求" name="notes">
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
