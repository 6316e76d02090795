import { Alert, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { CareRecipientKind } from "../../../../shared/care";
import type { RecipientDetail } from "../../../../shared/contracts/assistance.contract";
import { chinaToday } from "../../../../shared/dates";
import { FormModal } from "../../../components/FormModal";
import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createRecipient, findMembers, updateRecipient } from "../api";
import { kindOptions, recipientFormNeeds } from "../assistance-display";

interface Values {
  kind: CareRecipientKind;
  memberId?: string;
  orgId?: string;
  personName?: string;
  relation?: string;
  address?: string;
  difficulty?: string;
  consentOn?: Dayjs | null;
  consentNote?: string;
  startedOn: Dayjs;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);

/**
 * 登记帮扶对象 / 修改帮扶情况. Member kinds pick a member of the roster (once per kind, AID-03); a
 * family names the relation to the deceased member (AID-01); the masses are recorded only with their
 * consent, given on or before the first day (AID-02).
 */
export function RecipientFormModal({ recipient, onClose, onSaved }: { recipient?: RecipientDetail; onClose: () => void; onSaved: (r: RecipientDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch("kind", form) ?? recipient?.kind) as CareRecipientKind | undefined;
  const needs = recipientFormNeeds(kind);
  const standing = needs.member ? "active" : "deceased";
  const today = dayjs(chinaToday(new Date()));
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (v: Values) => {
      const common = { address: v.address ?? null, difficulty: v.difficulty ?? "", consentOn: needs.consent ? day(v.consentOn) : null, consentNote: needs.consent ? (v.consentNote ?? null) : null };
      if (recipient) return updateRecipient(recipient.id, { ...common, personName: needs.personName ? v.personName : undefined, relation: needs.relation ? v.relation : undefined });
      return createRecipient({
        ...common,
        kind: v.kind,
        memberId: v.memberId ?? null,
        orgId: needs.org ? (v.orgId ?? null) : null,
        personName: needs.personName ? v.personName : null,
        relation: needs.relation ? v.relation : null,
        startedOn: day(v.startedOn)!,
      });
    },
    { success: recipient ? "已保存" : "已登记", onDone: onSaved },
  );

  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={recipient ? `修改帮扶情况 · ${recipient.personName}` : "登记帮扶对象"} okText="保存" width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        name="care-recipient"
        layout="vertical"
        onFinish={handleFinish}
        initialValues={
          recipient
            ? { ...recipient, consentOn: recipient.consentOn ? dayjs(recipient.consentOn) : null, startedOn: dayjs(recipient.startedOn) } as unknown as Values
            : { kind: "long_ill_member", startedOn: today }
        }
      >
        {!recipient && (
          <>
            <Form.Item label="类别" name="kind" rules={[{ required: true }]} extra="困难党员、老党员已从党员信息中自动列出，此处可补充登记其具体困难情况">
              <Select options={kindOptions} />
            </Form.Item>
            {(needs.member || needs.deceasedMember) && (
              <Form.Item
                label={needs.member ? "党员" : "去世党员（在册时可选）"}
                name="memberId"
                rules={needs.member ? [{ required: true, message: "请选择党员" }] : []}
              >
                {/* A family's deceased member for a bereaved family; the roster's active members otherwise. */}
                <MemberSearchSelect
                  search={(q, signal) => findMembers({ q: q || undefined, standing }, signal)}
                  searchKey={standing}
                  optionLabel={(m) => `${m.name}（${m.orgName}，${m.age} 岁）`}
                  placeholder="输入姓名搜索党员"
                  notFoundText="没有找到"
                />
              </Form.Item>
            )}
            {needs.org && (
              <Form.Item label="负责帮扶的党组织" name="orgId" rules={kind === "masses" ? [{ required: true, message: "请选择党组织" }] : []}>
                <OrgTreeSelect />
              </Form.Item>
            )}
          </>
        )}
        {needs.personName && (
          <Form.Item label="姓名" name="personName" rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}>
            <Input maxLength={30} />
          </Form.Item>
        )}
        {needs.relation && (
          <Form.Item label="与去世党员的关系" name="relation" rules={[{ required: true, whitespace: true, message: "请写明关系" }]}>
            <Input maxLength={60} placeholder="如：配偶（已故党员王某某，2025年去世）" />
          </Form.Item>
        )}
        <Form.Item label="住址" name="address">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="困难情况" name="difficulty" extra="仅在详情中查看（查看记入审计），列表只显示类别">
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        {needs.consent && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title="困难群众须经本人同意方可登记其个人信息（AID-02）：请填写同意日期和方式，并在详情中上传同意书。" />
            <Form.Item label="同意登记日期" name="consentOn" rules={[{ required: true, message: "请填写同意登记日期" }]}>
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(today, "day")} />
            </Form.Item>
            <Form.Item label="同意方式" name="consentNote" rules={[{ required: true, whitespace: true, message: "请写明同意方式" }]}>
              <Input maxLength={200} placeholder="如：本人签字的书面同意书" />
            </Form.Item>
          </>
        )}
        {!recipient && (
          <Form.Item label="开始帮扶日期" name="startedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(today, "day")} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
