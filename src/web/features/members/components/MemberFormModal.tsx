import { App, Form } from "antd";
import dayjs from "dayjs";
import type { CreateMember, MemberDetail, UpdateMember } from "../../../../shared/contracts/members.contract";
import { normalizeIdNumber } from "../../../../shared/id-number";
import { FormModal } from "../../../components/FormModal";
import { getErrorMessage, isApiError } from "../../../lib/api-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createMember, updateMember } from "../api";
import { MemberFormFields, type MemberFormValues } from "./MemberFormFields";

interface MemberFormModalProps {
  /** Absent: a new member. */
  member?: MemberDetail;
  onClose: () => void;
  onSaved: (member: MemberDetail) => void;
}

const DATE_FORMAT = "YYYY-MM-DD";
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * The fields both requests share. ID and phone are left to the caller (blank means "unchanged" when
 * editing), and so are the mobile and lost-contact marks, which after creation change only by events.
 */
function toCommonInput(values: MemberFormValues) {
  return {
    name: values.name.trim(),
    gender: values.gender,
    ethnicity: values.ethnicity,
    nativePlace: blankToNull(values.nativePlace),
    education: values.education ?? null,
    occupation: values.occupation ?? null,
    workUnit: blankToNull(values.workUnit),
    post: blankToNull(values.post),
    address: blankToNull(values.address),
    joinedOn: values.joinedOn!.format(DATE_FORMAT),
    fullMemberOn: values.status === "full" && values.fullMemberOn ? values.fullMemberOn.format(DATE_FORMAT) : null,
    status: values.status,
    isStruggling: Boolean(values.isStruggling),
  };
}

export function toCreateInput(values: MemberFormValues): CreateMember {
  return {
    ...toCommonInput(values),
    orgId: values.orgId!,
    idNumber: normalizeIdNumber(values.idNumber),
    phone: blankToNull(values.phone),
    isMobile: Boolean(values.isMobile),
    isLostContact: Boolean(values.isLostContact),
  };
}

export function toUpdateInput(values: MemberFormValues): UpdateMember {
  const input: UpdateMember = toCommonInput(values);
  if (values.idNumber?.trim()) input.idNumber = normalizeIdNumber(values.idNumber);
  if (values.phone?.trim()) input.phone = values.phone.trim();
  return input;
}

function toInitialValues(member: MemberDetail | undefined): Partial<MemberFormValues> {
  if (!member) return { ethnicity: "汉族", status: "full", isMobile: false, isStruggling: false, isLostContact: false };
  return {
    name: member.name,
    gender: member.gender,
    // Stored as the Chinese name; the contract lists the valid ones.
    ethnicity: member.ethnicity as MemberFormValues["ethnicity"],
    nativePlace: member.nativePlace,
    education: member.education,
    occupation: member.occupation,
    workUnit: member.workUnit,
    post: member.post,
    address: member.address,
    joinedOn: dayjs(member.joinedOn),
    fullMemberOn: member.fullMemberOn ? dayjs(member.fullMemberOn) : null,
    status: member.status,
    isMobile: member.isMobile,
    isStruggling: member.isStruggling,
    isLostContact: member.isLostContact,
  };
}

/** 新增党员 and 编辑党员: one form; the server's refusals land under the fields they concern. */
export function MemberFormModal({ member, onClose, onSaved }: MemberFormModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: MemberFormValues) => (member ? updateMember(member.id, toUpdateInput(values)) : createMember(toCreateInput(values))),
    {
      success: (saved) => (member ? "已保存" : `已新增党员“${saved.name}”`),
      onDone: onSaved,
      onError: (error) => {
        // A duplicate ID number may come without field details; it still belongs under the ID field.
        if (isApiError(error) && error.status === 409 && form.getFieldValue("idNumber")) {
          form.setFields([{ name: "idNumber", errors: [error.message] }]);
        } else {
          message.error(getErrorMessage(error));
        }
      },
    },
  );

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={member ? `编辑党员 · ${member.name}` : "新增党员"}
      okText={member ? "保存" : "新增"}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        name={member ? "member-edit" : "member-create"}
        layout="vertical"
        initialValues={toInitialValues(member)}
        onFinish={handleFinish}
        autoComplete="off"
        scrollToFirstError
      >
        <MemberFormFields form={form} member={member} />
      </Form>
    </FormModal>
  );
}
