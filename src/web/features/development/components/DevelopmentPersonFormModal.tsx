import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type {
  CreateDevelopmentPerson,
  DevelopmentPersonDetail,
  UpdateDevelopmentPerson,
} from "../../../../shared/contracts/development.contract";
import { normalizeIdNumber } from "../../../../shared/id-number";
import { FormModal } from "../../../components/FormModal";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { EducationFields, IdentityFields, NameField, PhoneField, WorkFields, half, useGenderFromIdNumber } from "../../../components/PersonFields";
import { describeIdNumber } from "../../../components/id-number-hint";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createDevelopmentPerson, updateDevelopmentPerson } from "../api";
import { FOCUS_GROUP_OPTIONS } from "../development-options";

export type PersonFormValues = Omit<CreateDevelopmentPerson, "orgId" | "applicationReceivedOn" | "plannedLeaveOn"> & {
  orgId?: string;
  applicationReceivedOn?: Dayjs;
  plannedLeaveOn?: Dayjs | null;
};

interface DevelopmentPersonFormModalProps {
  /** Absent: 登记入党申请 (a new case). */
  person?: DevelopmentPersonDetail;
  onClose: () => void;
  onSaved: (person: DevelopmentPersonDetail) => void;
}

const DATE_FORMAT = "YYYY-MM-DD";
const MIN_AGE = 18;
const isFuture = (date: Dayjs) => date.isAfter(dayjs(), "day");
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function toProfileInput(values: PersonFormValues): UpdateDevelopmentPerson {
  return {
    name: values.name.trim(),
    education: values.education ?? null,
    occupation: values.occupation ?? null,
    workUnit: blankToNull(values.workUnit),
    post: blankToNull(values.post),
    focusGroup: values.focusGroup ?? null,
    plannedLeaveOn: values.plannedLeaveOn ? values.plannedLeaveOn.format(DATE_FORMAT) : null,
  };
}

export function toCreateInput(values: PersonFormValues): CreateDevelopmentPerson {
  return {
    ...toProfileInput(values),
    name: values.name.trim(),
    orgId: values.orgId!,
    gender: values.gender,
    ethnicity: values.ethnicity,
    idNumber: normalizeIdNumber(values.idNumber),
    phone: blankToNull(values.phone),
    applicationReceivedOn: values.applicationReceivedOn!.format(DATE_FORMAT),
    notes: blankToNull(values.notes),
  };
}

export function toUpdateInput(values: PersonFormValues): UpdateDevelopmentPerson {
  const input = toProfileInput(values);
  // Blank means "unchanged": the form never holds the full number.
  if (values.phone?.trim()) input.phone = values.phone.trim();
  return input;
}

function toInitialValues(person: DevelopmentPersonDetail | undefined): Partial<PersonFormValues> {
  if (!person) return { ethnicity: "汉族", applicationReceivedOn: dayjs() };
  return {
    name: person.name,
    education: person.education,
    occupation: person.occupation,
    workUnit: person.workUnit,
    post: person.post,
    focusGroup: person.focusGroup,
    plannedLeaveOn: person.plannedLeaveOn ? dayjs(person.plannedLeaveOn) : null,
  };
}

/** DEV-01: at least 18 on the day the branch received the application (细则第五条). */
const ageRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: async (_: unknown, received: Dayjs | undefined) => {
    const hint = describeIdNumber(getFieldValue("idNumber") as string | undefined);
    if (!received || hint.state !== "valid") return;
    if (received.diff(dayjs(hint.birthDate), "year") < MIN_AGE) {
      throw new Error(`递交申请时未满十八周岁（出生日期 ${hint.birthDate}），不能受理（DEV-01，细则第五条）`);
    }
  },
});

/** 登记入党申请 (step 1 with the applicant's profile) and 编辑基本信息. */
export function DevelopmentPersonFormModal({ person, onClose, onSaved }: DevelopmentPersonFormModalProps) {
  const [form] = Form.useForm<PersonFormValues>();
  const isEdit = Boolean(person);
  const gender = useGenderFromIdNumber(form);
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: PersonFormValues) => (person ? updateDevelopmentPerson(person.id, toUpdateInput(values)) : createDevelopmentPerson(toCreateInput(values))),
    { success: (saved) => (person ? "已保存" : `已登记“${saved.name}”的入党申请`), onDone: onSaved },
  );

  return (
    <FormModal
      form={form}
      isSaving={isSaving}
      onClose={onClose}
      title={person ? `编辑基本信息 · ${person.name}` : "登记入党申请"}
      okText={person ? "保存" : "登记"}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        name={person ? "development-person-edit" : "development-person-create"}
        layout="vertical"
        initialValues={toInitialValues(person)}
        onFinish={handleFinish}
        autoComplete="off"
        scrollToFirstError
      >
        <Row gutter={16}>
          {!isEdit && (
            <>
              <Col {...half}>
                <Form.Item
                  label="受理党支部"
                  name="orgId"
                  rules={[{ required: true, message: "请选择接收入党申请书的党支部" }]}
                  tooltip="申请人工作、学习单位或居住地的党支部（细则第五条）"
                >
                  <OrgTreeSelect placeholder="请选择党支部" />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  label="入党申请书接收日期"
                  name="applicationReceivedOn"
                  dependencies={["idNumber"]}
                  rules={[{ required: true, message: "请选择接收日期" }, ageRule]}
                  tooltip="一个月内须派人谈话（DEV-02），培养期限等自此计算"
                >
                  <DatePicker style={{ width: "100%" }} disabledDate={isFuture} />
                </Form.Item>
              </Col>
            </>
          )}
          <NameField />
          {!isEdit && <IdentityFields chosenGender={gender} />}
          <PhoneField isEdit={isEdit} currentPhoneMasked={person?.phoneMasked} />
          <Col {...half}>
            <Form.Item label="重点群体" name="focusGroup" tooltip="发展计划中优化结构的重点对象">
              <Select options={FOCUS_GROUP_OPTIONS} allowClear placeholder="不属于可不选" />
            </Form.Item>
          </Col>
          <EducationFields />
          <WorkFields />
          <Col {...half}>
            <Form.Item
              label="预计离开单位日期"
              name="plannedLeaveOn"
              tooltip="三个月内将离开工作、学习单位的，一般不办理接收预备党员手续（DEV-13b）"
            >
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          {!isEdit && (
            <Col span={24}>
              <Form.Item label="备注" name="notes">
                <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </FormModal>
  );
}
