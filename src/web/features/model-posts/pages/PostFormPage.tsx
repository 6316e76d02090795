import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row, Select, Spin } from "antd";
import dayjs from "dayjs";
import { useNavigate, useParams } from "react-router";
import type { PostDetail } from "../../../../shared/contracts/model-posts.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { MemberSearchSelect } from "../../../components/MemberSearchSelect";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createPost, findMembersUnder, getPost, updatePost } from "../api";
import { KIND_OPTIONS, SAFETY_OPTIONS } from "../post-display";
import { type PostFormValues, isOutsideYear, newPostValues, toCreateInput, toFormValues, toUpdateInput } from "../post-form";

interface PostFormProps {
  post?: PostDetail;
  initialValues: PostFormValues;
  orgLabel?: string;
}

/** The post's form, new or edited: the server checks the same rules (POST-01…05) and its refusals land under the fields. */
function PostForm({ post, initialValues, orgLabel }: PostFormProps) {
  const navigate = useNavigate();
  const [form] = Form.useForm<PostFormValues>();
  const orgId = Form.useWatch("orgId", form) ?? initialValues.orgId;
  const kind = Form.useWatch("kind", form) ?? initialValues.kind;
  const year = Form.useWatch("year", form) ?? initialValues.year;
  const isNew = !post;
  const { isSaving, handleFinish } = useFormSubmit(form, (values: PostFormValues) => (post ? updatePost(post.id, toUpdateInput(values)) : createPost(toCreateInput(values))), {
    success: post ? "已保存" : "已设立示范岗（责任区）",
    onDone: (saved) => navigate(`/care/posts/${saved.id}`),
  });
  const back = post ? `/care/posts/${post.id}` : "/care/posts";
  const thisYear = dayjs().year();

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
            返回
          </Button>
          <span>{post ? `修改 · ${post.name}` : "设立党员示范岗、责任区"}</span>
        </Flex>
      }
    >
      <Form<PostFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={handleFinish}
        onValuesChange={(changed: Partial<PostFormValues>) => {
          if ("orgId" in changed) form.setFieldValue("memberId", undefined);
          if ("year" in changed && changed.year) form.setFieldValue("startedOn", dayjs(`${changed.year}-01-01`).isAfter(dayjs()) ? dayjs(`${changed.year}-01-01`) : dayjs());
        }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="orgId" label="设岗组织" rules={[{ required: true, message: "请选择设岗组织" }]} extra={isNew ? "党委、党总支或党支部；党员从本组织及下级组织中选择" : undefined}>
              <OrgTreeSelect valueLabel={orgLabel} isSelectable={(org) => org.kind !== "group"} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="year" label="年度" rules={[{ required: true, message: "请选择年度" }]}>
              <Select disabled={!isNew} options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y} 年度` }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={10}>
            <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
              {/* Active members of the organization's subtree (POST-01); the holder is fixed once the post is set up. */}
              <MemberSearchSelect
                search={orgId ? (q, signal) => findMembersUnder(orgId, q, signal) : undefined}
                searchKey={orgId}
                disabled={!isNew}
                valueLabel={post ? `${post.memberName}（${post.memberOrgName}）` : undefined}
                placeholder={orgId ? "输入姓名搜索在册党员" : "请先选择设岗组织"}
                notFoundText="没有符合的在册党员"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
              <Radio.Group options={KIND_OPTIONS} optionType="button" onChange={(e) => e.target.value !== "safety_area" && form.setFieldValue("safetyKind", null)} />
            </Form.Item>
          </Col>
          {kind === "safety_area" && (
            <Col xs={24} md={10}>
              <Form.Item name="safetyKind" label="安全类别" rules={[{ required: true, message: "请选择安全类别" }]} tooltip="围绕生产安全、经济安全和政治安全开展党建活动（《论如何抓好基层党建工作》四）">
                <Radio.Group options={SAFETY_OPTIONS} optionType="button" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={14}>
            <Form.Item name="name" label="岗位（责任区）名称" rules={[{ required: true, whitespace: true, message: "请填写名称" }, { min: 2, message: "至少 2 个字" }]}>
              <Input maxLength={60} showCount placeholder="如：村便民服务代办示范岗、上村森林防火安全责任区" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="startedOn" label="设岗日期" rules={[{ required: true, message: "请选择设岗日期" }]}>
              <DatePicker style={{ width: "100%" }} disabledDate={(date) => isOutsideYear(date, year)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scope" label="责任范围">
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：联系农户 10 户；竹木加工车间；集体资金收支" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="commitment" label="公开承诺" rules={[{ required: true, whitespace: true, message: "请填写承诺内容" }]} extra="党员向群众公开作出的承诺，全年按承诺记录履诺情况">
              <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => navigate(back)}>取消</Button>
          <Button type="primary" htmlType="submit" loading={isSaving}>
            {post ? "保存" : "设立"}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

function EditPost({ id }: { id: string }) {
  const query = useApiQuery((signal) => getPost(id, signal), [id]);
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!query.data) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;
  if (!query.data.abilities.canUpdate) return <Card><Result status="info" title="该岗位不能修改" subTitle="已撤销的岗位不再修改（POST-07），党员只能查看。" /></Card>;
  return <PostForm post={query.data} initialValues={toFormValues(query.data)} orgLabel={query.data.orgName} />;
}

/** /care/posts/new and /care/posts/:id/edit. */
export function PostFormPage() {
  const { id } = useParams();
  const { user } = useAuth();
  if (!user || !can(user, "post.manage")) return <Card><Result status="403" title="只有党组织工作人员可以设立和修改示范岗（责任区）" /></Card>;
  if (id) return <EditPost id={id} />;
  const ownOrg = user.org.kind === "group" ? undefined : user.org.id;
  return <PostForm initialValues={newPostValues(ownOrg, dayjs())} orgLabel={user.org.name} />;
}
