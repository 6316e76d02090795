import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Flex, Form, Input, Result, Row, Select, Spin, Typography } from "antd";
import { useRef } from "react";
import { useNavigate, useParams } from "react-router";
import { chinaToday } from "../../../../shared/dates";
import type { ProjectDetail, ProposalOptions } from "../../../../shared/contracts/secretary-projects.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { createProject, getProject, getProposalOptions, proposeChange, transitionProject, updateProject } from "../api";
import { IndicatorRows, MilestoneRows } from "../components/ContentFormTables";
import { CATEGORY_OPTIONS } from "../project-display";
import { NEW_PROJECT_VALUES, type ProjectFormValues, toContent, toFormValues } from "../project-form";

type Mode = "new" | "edit" | "change";

const TITLES: Record<Mode, string> = { new: "申报书记项目", edit: "修改书记项目", change: "申请变更书记项目" };

interface ContentFormProps {
  mode: Mode;
  initialValues: Partial<ProjectFormValues>;
  /** The organization and its secretary, as the header shows them. */
  orgName: string;
  secretaryName: string | null;
  /** New: the years open; otherwise the project's own year. */
  years: number[];
  project?: ProjectDetail;
}

/**
 * The proposal (new or a draft, or a returned one) and the change request share one form: the basics,
 * the indicator and milestone tables, and for a change its reason. The server checks the same rules
 * (PROJ-02/04/05/07) and its refusals land under the fields.
 */
function ContentForm({ mode, initialValues, orgName, secretaryName, years, project }: ContentFormProps) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const year = Form.useWatch("year", form) ?? project?.year;
  const submitAfterSave = useRef(false);

  const save = async (values: ProjectFormValues): Promise<ProjectDetail> => {
    const content = toContent(values);
    if (mode === "change") return proposeChange(project!.id, { ...content, reason: values.reason!.trim() });
    const saved = mode === "new" ? await createProject({ ...content, orgId: initialValues.orgId!, year: values.year! }) : await updateProject(project!.id, content);
    if (!submitAfterSave.current) return saved;
    try {
      return await transitionProject(saved.id, { action: "submit" });
    } catch (error) {
      // The draft is saved; the page shows it with the reason it could not be submitted.
      message.error(`已保存草稿，但未能提交：${getErrorMessage(error)}`);
      return saved;
    }
  };
  const { isSaving, handleFinish } = useFormSubmit(form, save, {
    success: (saved) => (mode === "change" ? "已提交变更申请，待上级党委审批" : saved.status === "submitted" ? "已提交上级党委审核" : "已保存草稿"),
    onDone: (saved) => navigate(`/secretary-projects/${saved.id}`),
  });
  const handleSave = (andSubmit: boolean) => {
    submitAfterSave.current = andSubmit;
    form.submit();
  };
  const returned = project?.status === "returned" ? project.versions.findLast((v) => v.kind === "proposal" && v.status === "returned") : undefined;
  const back = project ? `/secretary-projects/${project.id}` : "/secretary-projects";

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
            返回
          </Button>
          <span>{TITLES[mode]}</span>
        </Flex>
      }
    >
      {returned && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="上级党委退回修改" description={returned.decisionComment} />}
      {mode === "change" && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已立项项目的内容变更须说明理由，经上级党委重新审批后生效（PROJ-07）；审批前仍按现行第 ${project?.approvedVersionNo ?? ""} 版执行。`}
        />
      )}
      <Form<ProjectFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish} scrollToFirstError>
        <Typography.Title level={5}>基本情况</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="党组织" htmlFor="project-org-name">
              <Input id="project-org-name" value={orgName} disabled />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="year" label="项目年度" rules={[{ required: true, message: "请选择项目年度" }]}>
              <Select disabled={mode !== "new"} options={years.map((y) => ({ value: y, label: `${y} 年度` }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label="牵头书记" htmlFor="project-secretary-name" extra={mode === "new" ? "本组织现任书记（在“组织机构→班子成员”中登记）" : undefined}>
              <Input id="project-secretary-name" value={secretaryName ?? "未登记书记"} disabled />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label="项目名称" rules={[{ required: true, whitespace: true, message: "请填写项目名称" }, { min: 2, message: "项目名称至少 2 字" }]}>
              <Input maxLength={60} showCount placeholder="如：党建引领美丽乡村建设" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label="项目类别" rules={[{ required: true, message: "请选择项目类别" }]}>
              <Select options={CATEGORY_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="problem"
              label="针对的问题和意义"
              extra="项目要解决的难点、重点问题，以及为什么要由书记牵头来抓"
              rules={[{ required: true, whitespace: true, message: "请填写项目针对的问题和意义" }, { min: 10, message: "至少 10 字" }]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="resources" label="参与人员和资源">
              <Input.TextArea rows={2} maxLength={1000} placeholder="如：支部委员 5 人，党员志愿者 20 人，村集体经费 5 万元" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>目标指标</Typography.Title>
        <Typography.Paragraph type="secondary">每项指标写明计量单位、现在的基数和年末要达到的目标值，目标值可高于或低于基数（如投诉件数下降）。</Typography.Paragraph>
        <IndicatorRows />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          节点安排
        </Typography.Title>
        <Typography.Paragraph type="secondary">按时间顺序安排节点任务，每个节点有完成时限和责任人；时限须在项目年度之内。</Typography.Paragraph>
        <MilestoneRows year={year} />
        {mode === "change" && (
          <>
            <Typography.Title level={5} style={{ marginTop: 24 }}>
              变更理由
            </Typography.Title>
            <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: "请填写变更理由" }, { min: 5, message: "变更理由至少 5 字" }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount placeholder="说明为什么要调整目标、节点或内容" />
            </Form.Item>
          </>
        )}
        <Flex gap={8} justify="flex-end" style={{ marginTop: 24 }}>
          <Button onClick={() => navigate(back)}>取消</Button>
          {mode === "change" ? (
            <Button type="primary" loading={isSaving} onClick={() => handleSave(false)}>
              提交变更申请
            </Button>
          ) : (
            <>
              <Button loading={isSaving} onClick={() => handleSave(false)}>
                保存草稿
              </Button>
              <Button type="primary" loading={isSaving} onClick={() => handleSave(true)}>
                保存并提交审核
              </Button>
            </>
          )}
        </Flex>
      </Form>
    </Card>
  );
}

function NewProject() {
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getProposalOptions(signal), []);
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  const options: ProposalOptions | undefined = query.data;
  if (!options) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;
  const open = options.years.filter((y) => !options.takenYears.includes(y));
  if (!options.orgId || open.length === 0) {
    return (
      <Card>
        <Result
          status="info"
          title={options.orgId ? "可申报的年度都已有书记项目" : "只有党组织书记（本组织工作人员）可以申报书记项目"}
          subTitle={options.orgId ? `每个党组织每年确定一个书记项目（PROJ-01）；${options.takenYears.join("、")} 年度已有项目。` : undefined}
          extra={<Button onClick={() => navigate("/secretary-projects")}>返回项目列表</Button>}
        />
      </Card>
    );
  }
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  return (
    <>
      {!options.secretaryMemberId && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本组织尚未登记书记"
          description="书记项目由书记牵头，请先在“组织机构→班子成员”中登记书记（选择在册党员），再申报。"
        />
      )}
      <ContentForm
        mode="new"
        initialValues={{ ...NEW_PROJECT_VALUES, year: open.includes(thisYear) ? thisYear : open[0], orgId: options.orgId }}
        orgName={options.orgName ?? ""}
        secretaryName={options.secretaryName}
        years={open}
      />
    </>
  );
}

function EditProject({ id }: { id: string }) {
  const navigate = useNavigate();
  const query = useApiQuery((signal) => getProject(id, signal), [id]);
  const project = query.data?.id === id ? query.data : undefined;
  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该书记项目" subTitle="该项目不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/secretary-projects")}>返回项目列表</Button>} />
      </Card>
    );
  }
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!project) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;
  const mode: Mode | null = project.work.includes("editContent") ? "edit" : project.work.includes("proposeChange") ? "change" : null;
  if (!mode) {
    return (
      <Card>
        <Result
          status="info"
          title="当前不能修改该项目"
          subTitle={project.hasPendingChange ? "已有一项变更申请待上级党委审批，审批后才能再次申请变更（PROJ-07）。" : "草稿或退回修改时可由本组织修改；已立项的项目可申请变更。"}
          extra={<Button onClick={() => navigate(`/secretary-projects/${project.id}`)}>返回项目</Button>}
        />
      </Card>
    );
  }
  return <ContentForm mode={mode} initialValues={toFormValues(project)} orgName={project.orgName} secretaryName={project.secretaryName} years={[project.year]} project={project} />;
}

/** /secretary-projects/new: a new proposal; /secretary-projects/:id/edit: the draft, or a change request once approved. */
export function ProjectFormPage() {
  const { id } = useParams();
  return id ? <EditProject id={id} /> : <NewProject />;
}
