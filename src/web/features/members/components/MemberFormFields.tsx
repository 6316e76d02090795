import { Checkbox, Col, DatePicker, Form, type FormInstance, Input, Radio, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useEffect } from "react";
import type { CreateMember, MemberDetail } from "../../../../shared/contracts/members.contract";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { describeIdNumber } from "../id-number-hint";
import { idNumberRules } from "../id-number-rules";
import { EDUCATION_OPTIONS, ETHNICITY_OPTIONS, GENDER_OPTIONS, OCCUPATION_OPTIONS, STATUS_OPTIONS } from "../member-options";
import { IdNumberInput } from "./IdNumberInput";

export type MemberFormValues = Omit<CreateMember, "joinedOn" | "fullMemberOn" | "orgId"> & {
  orgId?: string;
  joinedOn?: Dayjs;
  fullMemberOn?: Dayjs | null;
};

const isFuture = (date: Dayjs) => date.isAfter(dayjs(), "day");
const half = { xs: 24, sm: 12 };

interface MemberFormFieldsProps {
  form: FormInstance<MemberFormValues>;
  /** The member being edited: the organization is then fixed and blank ID/phone mean "unchanged". */
  member?: MemberDetail;
}

export function MemberFormFields({ form, member }: MemberFormFieldsProps) {
  const idNumber = Form.useWatch("idNumber", form);
  const gender = Form.useWatch("gender", form);
  const status = Form.useWatch("status", form);
  const isEdit = Boolean(member);

  // A valid number fills in the gender if none is chosen yet; a different choice only warns (the
  // server refuses a mismatch, and the number may be the one that is wrong).
  const hint = describeIdNumber(idNumber);
  const derivedGender = hint.state === "valid" ? hint.gender : undefined;
  useEffect(() => {
    if (derivedGender && !form.getFieldValue("gender")) form.setFieldValue("gender", derivedGender);
  }, [derivedGender, form]);

  return (
    <Row gutter={16}>
      {!isEdit && (
        <Col span={24}>
          <Form.Item label="所在党组织" name="orgId" rules={[{ required: true, message: "请选择所在党组织" }]}>
            <OrgTreeSelect placeholder="请选择党支部" />
          </Form.Item>
        </Col>
      )}
      <Col {...half}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          label="身份证号"
          name="idNumber"
          rules={idNumberRules(!isEdit)}
          validateTrigger={["onChange", "onBlur"]}
        >
          <IdNumberInput
            chosenGender={gender}
            placeholder={isEdit ? "不修改请留空" : undefined}
            emptyHint={isEdit ? `当前 ${member?.idNumberMasked}` : undefined}
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
      <Col {...half}>
        <Form.Item label="党员类别" name="status" rules={[{ required: true, message: "请选择党员类别" }]}>
          <Radio.Group options={STATUS_OPTIONS} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="入党日期" name="joinedOn" rules={[{ required: true, message: "请选择入党日期" }]} tooltip="支部大会通过其为预备党员之日">
          <DatePicker style={{ width: "100%" }} disabledDate={isFuture} />
        </Form.Item>
      </Col>
      {status === "full" && (
        <Col {...half}>
          <Form.Item
            label="转正日期"
            name="fullMemberOn"
            rules={[{ required: true, message: "正式党员须填写转正日期" }]}
            tooltip="党龄自转正之日起计算"
          >
            <DatePicker style={{ width: "100%" }} disabledDate={isFuture} />
          </Form.Item>
        </Col>
      )}
      <Col {...half}>
        <Form.Item
          label="手机号"
          name="phone"
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: "手机号应为 11 位数字" }]}
          extra={isEdit && member?.phoneMasked ? `当前 ${member.phoneMasked}` : undefined}
        >
          <Input maxLength={11} autoComplete="off" placeholder={isEdit ? "不修改请留空" : undefined} />
        </Form.Item>
      </Col>
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
      <Col {...half}>
        <Form.Item label="籍贯" name="nativePlace">
          <Input maxLength={50} />
        </Form.Item>
      </Col>
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
      <Col span={24}>
        <Form.Item label="家庭住址" name="address">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label="标记"
          style={{ marginBottom: 0 }}
          extra={isEdit ? "流动、失联状态须通过“党籍变动”登记（如流动党员登记、失去联系），以留下有日期的记录" : undefined}
        >
          <Form.Item name="isMobile" valuePropName="checked" noStyle>
            <Checkbox disabled={isEdit}>流动党员</Checkbox>
          </Form.Item>
          <Form.Item name="isStruggling" valuePropName="checked" noStyle>
            <Checkbox>困难党员</Checkbox>
          </Form.Item>
          <Form.Item name="isLostContact" valuePropName="checked" noStyle>
            <Checkbox disabled={isEdit}>失联党员</Checkbox>
          </Form.Item>
        </Form.Item>
      </Col>
    </Row>
  );
}
