import { ArrowLeftOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Flex, Form, Result, Row, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import type { OrgKind } from "../../../../shared/domain";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { OrgTreeSelect } from "../../../components/OrgTreeSelect";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createMeeting, getOrg } from "../api";
import { ParticipantPicker } from "../components/ParticipantPicker";
import { RecordFields } from "../components/RecordFields";
import { type NewMeetingFormValues, parsePrefill, toCreateInput } from "../meeting-form";
import { EXPECTED_HINTS, TYPES_BY_ORG_KIND, typeOptionsFor } from "../meeting-options";

/**
 * 记录会议: a new record's organization, type and fields, pre-filled from the plans page
 * (?orgId=…&type=…&planItemId=…&heldOn=…, seam 1). Saving creates the draft with its expected
 * participants; the record page then takes the attendance, photos and the sign-off.
 */
export function MeetingNewPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { user } = useAuth();
  const prefill = parsePrefill(searchParams);
  const [form] = Form.useForm<NewMeetingFormValues>();
  const orgId = Form.useWatch("orgId", form);
  const type = Form.useWatch("type", form);
  const org = useApiQuery((signal) => (orgId ? getOrg(orgId, signal) : Promise.resolve(undefined)), [orgId]);
  const kind = org.data?.id === orgId ? (org.data?.kind as OrgKind | undefined) : undefined;

  // A type the chosen organization does not hold is cleared (MTG-01); the server checks again.
  useEffect(() => {
    if (kind && type && !TYPES_BY_ORG_KIND[kind].includes(type)) form.setFieldValue("type", undefined);
  }, [kind, type, form]);

  const { isSaving, handleFinish } = useFormSubmit<NewMeetingFormValues, MeetingDetail>(form, (values) => createMeeting(toCreateInput(values, prefill.planItemId)), {
    success: "会议记录草稿已保存，请登记出席情况",
    onDone: (meeting) => navigate(`/org-life/meetings/${meeting.id}`, { replace: true }),
  });

  if (!user || !can(user, "meeting.record")) return <Result status="403" title="无权记录会议" subTitle="只有党组织工作人员可以记录会议。" />;

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/org-life/meetings")}>
            返回
          </Button>
          <span>记录会议</span>
        </Flex>
      }
    >
      {prefill.planItemId && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="本次会议按年度计划召开：记录签发后，计划事项将标记为已召开。" />}
      <Form
        form={form}
        layout="vertical"
        name="meeting-new"
        onFinish={handleFinish}
        initialValues={{
          orgId: prefill.orgId ?? user.org.id,
          type: prefill.type,
          heldOn: dayjs(prefill.heldOn ?? dayjs().format("YYYY-MM-DD")),
          tags: [],
          resolutions: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="召开会议的组织" name="orgId" rules={[{ required: true, message: "请选择组织" }]}>
              <OrgTreeSelect valueLabel={org.data?.name} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="会议类型" name="type" rules={[{ required: true, message: "请选择会议类型" }]} extra={type ? EXPECTED_HINTS[type] : undefined}>
              <Select options={typeOptionsFor(kind)} placeholder="请选择" />
            </Form.Item>
          </Col>
        </Row>
        {type === "one_on_one_talk" && (
          <Form.Item label="谈话参加人" name="participantIds" rules={[{ required: true, type: "array", min: 2, message: "请选择至少两名参加人" }]}>
            <ParticipantPicker orgId={orgId} />
          </Form.Item>
        )}
        <RecordFields type={type} />
        <Typography.Paragraph type="secondary">
          保存后系统按会议类型生成应到会人员（默认出席），再在记录页登记请假、缺席，上传照片和材料并签发。
        </Typography.Paragraph>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={isSaving}>
            保存草稿并登记出席
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
