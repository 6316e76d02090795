import { Col, Form, type FormInstance, Input, Radio, Select } from "antd";
import { useEffect } from "react";
import type { Gender } from "../../shared/domain";
import { IdNumberInput } from "./IdNumberInput";
import { describeIdNumber } from "./id-number-hint";
import { idNumberRules } from "./id-number-rules";
import { EDUCATION_OPTIONS, ETHNICITY_OPTIONS, GENDER_OPTIONS, OCCUPATION_OPTIONS } from "./person-options";

/**
 * The profile fields a member and a development case share, each a half-width column of a form's
 * `<Row gutter={16}>`, under the same field names in both (name, idNumber, gender, ethnicity, phone,
 * education, occupation, workUnit, post).
 */
export const half = { xs: 24, sm: 12 };

/**
 * The gender chosen in the form. A valid ID number fills it in if none is chosen yet; a different
 * choice only warns (the server refuses a mismatch, and the number may be the one that is wrong).
 */
export function useGenderFromIdNumber(form: FormInstance): Gender | undefined {
  const idNumber = Form.useWatch("idNumber", form) as string | undefined;
  const gender = Form.useWatch("gender", form) as Gender | undefined;
  const hint = describeIdNumber(idNumber);
  const derivedGender = hint.state === "valid" ? hint.gender : undefined;
  useEffect(() => {
    if (derivedGender && !form.getFieldValue("gender")) form.setFieldValue("gender", derivedGender);
  }, [derivedGender, form]);
  return gender;
}

export function NameField() {
  return (
    <Col {...half}>
      <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
    </Col>
  );
}

interface IdentityFieldsProps {
  /** The gender chosen in the form (useGenderFromIdNumber), compared with the number's. */
  chosenGender?: Gender;
  /** Editing: the number may be left blank ("unchanged"), with the current masked one shown. */
  currentIdNumberMasked?: string;
  isEdit?: boolean;
}

/** 身份证号 (with its live hint), 性别 and 民族. */
export function IdentityFields({ chosenGender, currentIdNumberMasked, isEdit = false }: IdentityFieldsProps) {
  return (
    <>
      <Col {...half}>
        <Form.Item label="身份证号" name="idNumber" rules={idNumberRules(!isEdit)} validateTrigger={["onChange", "onBlur"]}>
          <IdNumberInput
            chosenGender={chosenGender}
            placeholder={isEdit ? "不修改请留空" : undefined}
            emptyHint={isEdit ? `当前 ${currentIdNumberMasked}` : undefined}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="性别" name="gender" rules={[{ required: true, message: "请选择性别" }]}>
          <Radio.Group options={GENDER_OPTIONS} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="民族" name="ethnicity" rules={[{ required: true, message: "请选择民族" }]}>
          <Select options={ETHNICITY_OPTIONS} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
      </Col>
    </>
  );
}

interface PhoneFieldProps {
  /** Editing: blank means "unchanged", with the current masked number shown. */
  isEdit?: boolean;
  currentPhoneMasked?: string | null;
}

export function PhoneField({ isEdit = false, currentPhoneMasked }: PhoneFieldProps) {
  return (
    <Col {...half}>
      <Form.Item
        label="手机号"
        name="phone"
        rules={[{ pattern: /^1[3-9]\d{9}$/, message: "手机号应为 11 位数字" }]}
        extra={isEdit && currentPhoneMasked ? `当前 ${currentPhoneMasked}` : undefined}
      >
        <Input maxLength={11} autoComplete="off" placeholder={isEdit ? "不修改请留空" : undefined} />
      </Form.Item>
    </Col>
  );
}

/** 学历 and 职业类别. */
export function EducationFields() {
  return (
    <>
      <Col {...half}>
        <Form.Item label="学历" name="education">
          <Select options={EDUCATION_OPTIONS} allowClear placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="职业类别" name="occupation">
          <Select options={OCCUPATION_OPTIONS} allowClear placeholder="请选择" />
        </Form.Item>
      </Col>
    </>
  );
}

/** 工作单位 and 工作岗位. */
export function WorkFields() {
  return (
    <>
      <Col {...half}>
        <Form.Item label="工作单位" name="workUnit">
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="工作岗位" name="post">
          <Input maxLength={50} />
        </Form.Item>
      </Col>
    </>
  );
}
