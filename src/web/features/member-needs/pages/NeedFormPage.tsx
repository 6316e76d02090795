import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Input, Radio, Select, Space, Switch, Typography } from "antd";
import { useNavigate } from "react-router";
import type { FileNeedInput, NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import { NEED_URGENCIES, NEED_URGENCY_LABELS } from "../../../../shared/care";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { fileNeed, findMembersByName } from "../api";
import { CATEGORY_OPTIONS, PRIVATE_EXPLANATION } from "../need-display";

type Values = Required<Omit<FileNeedInput, "memberId">> & { memberId?: string };

const URGENCY_OPTIONS = NEED_URGENCIES.map((value) => ({ value, label: NEED_URGENCY_LABELS[value] }));
const INITIAL: Partial<Values> = { urgency: "normal", isPrivate: false };

/** 提出诉求: a member files for themself; an officer on behalf of a member of their scope (NEED-01). Files are added on the need's page. */
export function NeedFormPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const isOfficer = !!user && can(user, "need.handle");
  const { isSaving, handleFinish } = useFormSubmit(
    form,
    (values: Values) =>
      fileNeed({
        memberId: isOfficer ? values.memberId : undefined,
        category: values.category,
        title: values.title,
        description: values.description,
        urgency: values.urgency,
        isPrivate: values.isPrivate,
      }),
    {
      success: "诉求已提交，可在详情页上传相关材料",
      onDone: (need: NeedDetail) => navigate(`/care/needs/${need.id}`, { replace: true }),
    },
  );

  return (
    <Card
      title={
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/care/needs")}>
            返回
          </Button>
          <span>{isOfficer ? "代党员提出诉求" : "提出诉求"}</span>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={INITIAL} onFinish={handleFinish} style={{ maxWidth: 720 }}>
        {isOfficer && (
          <Form.Item name="memberId" label="诉求党员" rules={[{ required: true, message: "请选择提出诉求的党员" }]} extra="党员本人也可以登录后自行提出。">
            <MemberSearchSelect search={findMembersByName} placeholder="输入姓名搜索党员" notFoundText="没有符合的党员" />
          </Form.Item>
        )}
        <Form.Item name="category" label="诉求类别" rules={[{ required: true, message: "请选择诉求类别" }]}>
          <Select options={CATEGORY_OPTIONS} placeholder="请选择" style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="title" label="诉求标题" rules={[{ required: true, whitespace: true, message: "请填写诉求标题" }, { min: 2, message: "诉求标题至少 2 字" }]}>
          <Input maxLength={60} showCount placeholder="一句话概括诉求" />
        </Form.Item>
        <Form.Item name="description" label="诉求内容" rules={[{ required: true, whitespace: true, message: "请填写诉求内容" }, { min: 5, message: "诉求内容至少 5 字" }]}>
          <Input.TextArea rows={6} maxLength={2000} showCount placeholder="写明具体情况、希望组织帮助解决的问题" />
        </Form.Item>
        <Form.Item name="urgency" label="紧急程度">
          <Radio.Group optionType="button" options={URGENCY_OPTIONS} />
        </Form.Item>
        <Form.Item label="仅限书记和上级党委查看">
          <Flex align="center" gap={12}>
            <Form.Item name="isPrivate" valuePropName="checked" noStyle>
              <Switch aria-label="仅限书记和上级党委查看" />
            </Form.Item>
            <Typography.Text type="secondary">{PRIVATE_EXPLANATION}</Typography.Text>
          </Flex>
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={isSaving}>
            提交诉求
          </Button>
          <Button onClick={() => navigate("/care/needs")}>取消</Button>
        </Flex>
      </Form>
    </Card>
  );
}
