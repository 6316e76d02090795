import { Checkbox, Col, DatePicker, Form, type FormInstance, Input, Radio, Row } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import type { CreateMember, MemberDetail } from "../../../../shared/contracts/members.contract";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { EducationFields, IdentityFields, NameField, PhoneField, WorkFields, half, useGenderFromIdNumber } from "../../../components/PersonFields";
import { STATUS_OPTIONS } from "../member-options";

export type MemberFormValues = Omit<CreateMember, "joinedOn" | "fullMemberOn" | "orgId"> & {
  orgId?: string;
  joinedOn?: Dayjs;
  fullMemberOn?: Dayjs | null;
};

const isFuture = (date: Dayjs) => date.isAfter(dayjs(), "day");

interface MemberFormFieldsProps {
  form: FormInstance<MemberFormValues>;
  /** The member being edited: the organization is then fixed and blank ID/phone mean "unchanged". */
  member?: MemberDetail;
}

export function MemberFormFields({ form, member }: MemberFormFieldsProps) {
  const gender = useGenderFromIdNumber(form);
  const status = Form.useWatch("status", form);
  const isEdit = Boolean(member);

  return (
    <Row gutter={16}>
      {!isEdit && (
        <Col span={24}>
          <Form.Item label="所在党组织" name="orgId" rules={[{ required: true, message: "请选择所在党组织" }]}>
            <OrgTreeSelect placeholder="请选择党支部" />
          </Form.Item>
        </Col>
      )}
      <NameField />
      <IdentityFields chosenGender={gender} isEdit={isEdit} currentIdNumberMasked={member?.idNumberMasked} />
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
      <PhoneField isEdit={isEdit} currentPhoneMasked={member?.phoneMasked} />
      <EducationFields />
      <Col {...half}>
        <Form.Item label="籍贯" name="nativePlace">
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <WorkFields />
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
