import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Radio, Result, Select, Space, Typography } from "antd";
import { useNavigate } from "react-router";
import { HONOURS, HONOUR_LABELS } from "../../../../shared/care";
import { chinaToday } from "../../../../shared/dates";
import type { NominationDetail } from "../../../../shared/contracts/recognition.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createNomination } from "../api";
import { NomineeMemberSelect } from "../components/NomineeMemberSelect";
import { type NominationFormValues, isPersonHonour, nominationYears, toCreateNomination } from "../recognition-form";

/**
 * 推荐表彰对象: the caller's own organization nominates (HON-01) a full member of its subtree, or itself
 * or an organization below it for 先进基层党组织. The server checks the same rules (HON-01…05) and its
 * refusals land under the fields.
 */
export function NominationFormPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<NominationFormValues>();
  const honour = Form.useWatch("honour", form);
  const years = nominationYears(chinaToday(new Date()));
  const { isSaving, handleFinish } = useFormSubmit(form, (values: NominationFormValues) => createNomination(toCreateNomination(values)), {
    success: "已提交推荐，待上级党委审核",
    onDone: (created: NominationDetail) => navigate(`/care/recognition/${created.id}`, { replace: true }),
  });

  if (!user || !can(user, "recognition.nominate")) {
    return (
      <Card>
        <Result status="403" title="只有党组织工作人员可以推荐表彰对象" extra={<Button onClick={() => navigate("/care/recognition")}>返回</Button>} />
      </Card>
    );
  }

  return (
    <Card
      title={
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/care/recognition")}>
            返回
          </Button>
          <span>推荐表彰对象</span>
        </Space>
      }
    >
      <Form<NominationFormValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={{ year: years[0], honour: "excellent_member" }}
        onFinish={handleFinish}
      >
        <Typography.Paragraph type="secondary">
          推荐组织：{user.org.name}。先进个人须为本组织及下级党小组组织关系正常的正式党员（预备党员不作为推荐对象）；先进基层党组织可推荐本组织或下级党组织（党小组除外）。同一对象同一年度同一荣誉只能推荐一次，推荐后由上级党委审核和公示。
        </Typography.Paragraph>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: "请选择年度" }]}>
          <Select options={years.map((y) => ({ value: y, label: `${y} 年度` }))} style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item label="荣誉" name="honour" rules={[{ required: true, message: "请选择荣誉" }]}>
          <Radio.Group optionType="button" options={HONOURS.map((h) => ({ value: h, label: HONOUR_LABELS[h] }))} />
        </Form.Item>
        {isPersonHonour(honour) ? (
          <Form.Item label="推荐党员" name="memberId" rules={[{ required: true, message: "请选择被推荐的党员" }]}>
            <NomineeMemberSelect orgId={user.org.id} />
          </Form.Item>
        ) : (
          <Form.Item label="推荐党组织" name="nomineeOrgId" rules={[{ required: true, message: "请选择被推荐的党组织" }]}>
            <OrgTreeSelect placeholder="本组织或下级党组织" isSelectable={(org) => org.kind !== "group"} />
          </Form.Item>
        )}
        <Form.Item
          label="先进事迹"
          name="deeds"
          rules={[
            { required: true, message: "请填写先进事迹" },
            { min: 20, message: "先进事迹至少 20 字" },
          ]}
        >
          <Input.TextArea rows={8} maxLength={5000} showCount placeholder="写明主要事迹和实绩，公示时一并公布" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          提交推荐
        </Button>
      </Form>
    </Card>
  );
}
