import { ArrowLeftOutlined, EditOutlined, PrinterOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Descriptions, Flex, Result, Space, Spin, Tabs, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { ProjectDetail, ProjectVersion } from "../../../../shared/contracts/secretary-projects.contract";
import { PROJECT_CATEGORY_LABELS, PROJECT_GRADE_LABELS } from "../../../../shared/secretary-projects";
import { getErrorMessage } from "../../../lib/api-client";
import { useApiQuery } from "../../../lib/use-api-query";
import { getProject, transitionProject } from "../api";
import { ProgressTab } from "../components/ProgressTab";
import { ProjectOverview } from "../components/ProjectOverview";
import { ProjectStatusTag } from "../components/ProjectStatusTag";
import { ReviewModal } from "../components/ReviewModal";
import { VersionHistory } from "../components/VersionHistory";
import { YearEndTab } from "../components/YearEndTab";
import { EMPTY } from "../project-display";

type Review = { change?: ProjectVersion; decision: "approve" | "return" | "reject" };

const UNDERWAY = ["approved", "reported", "evaluated", "published"];
const TABS = ["overview", "progress", "year-end", "versions"] as const;

/** What the page says above the tabs: a return's or rejection's comment, a change awaiting decision. */
function StatusNotes({ project, onDecideChange }: { project: ProjectDetail; onDecideChange: (change: ProjectVersion) => void }) {
  const lastProposal = project.versions.findLast((v) => v.kind === "proposal");
  const pendingChange = project.versions.find((v) => v.kind === "change" && v.status === "pending");
  return (
    <>
      {project.status === "returned" && lastProposal?.decisionComment && (
        <Alert type="warning" showIcon title="上级党委退回修改" description={lastProposal.decisionComment} />
      )}
      {project.status === "rejected" && <Alert type="error" showIcon title="未予立项" description={lastProposal?.decisionComment ?? EMPTY} />}
      {project.status === "submitted" && (
        <Alert type="info" showIcon title={`已提交${project.reviewingOrgName ?? "系统管理员"}审核，审核前内容不能修改（可撤回后修改）`} />
      )}
      {pendingChange && (
        <Alert
          type="info"
          showIcon
          title={`第 ${pendingChange.no} 版变更申请待上级党委审批：${pendingChange.reason ?? ""}`}
          description="审批前仍按现行版本执行；变更内容见“版本历史”。"
          action={
            project.work.includes("decideChange") && (
              <Button type="primary" size="small" onClick={() => onDecideChange(pendingChange)}>
                审批变更
              </Button>
            )
          }
        />
      )}
    </>
  );
}

/** 书记项目: the header with the status and what the caller may do now; the overview, progress, year end and versions. */
export function ProjectPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useApiQuery((signal) => getProject(id, signal), [id]);
  const [review, setReview] = useState<Review>();
  const project = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该书记项目" subTitle="该项目不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/secretary-projects")}>返回项目列表</Button>} />
      </Card>
    );
  }
  if (query.error && !project) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!project) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const underway = UNDERWAY.includes(project.status);
  const requested = searchParams.get("tab") as (typeof TABS)[number] | null;
  const tab = requested && TABS.includes(requested) && (underway || (requested !== "progress" && requested !== "year-end")) ? requested : "overview";
  const handleChanged = () => query.reload();

  const confirmTransition = (action: "submit" | "withdraw") =>
    modal.confirm({
      title: action === "submit" ? "提交上级党委审核？" : "撤回该项目？",
      content:
        action === "submit"
          ? `提交后由${project.reviewingOrgName ?? "系统管理员"}审核立项，审核前不能修改。`
          : "撤回后项目不再办理，本年度可重新申报书记项目。",
      okText: action === "submit" ? "提交" : "撤回",
      okButtonProps: { danger: action === "withdraw" },
      cancelText: "取消",
      onOk: async () => {
        try {
          await transitionProject(project.id, { action });
          message.success(action === "submit" ? "已提交上级党委审核" : "已撤回");
          handleChanged();
        } catch (error) {
          message.error(getErrorMessage(error));
        }
      },
    });

  const { actions, work } = project;
  const pendingChange = project.versions.find((v) => v.kind === "change" && v.status === "pending");
  const buttons = [
    work.includes("editContent") && (
      <Button key="edit" icon={<EditOutlined />} onClick={() => navigate(`/secretary-projects/${project.id}/edit`)}>
        修改
      </Button>
    ),
    actions.includes("submit") && (
      <Button key="submit" type="primary" icon={<SendOutlined />} onClick={() => confirmTransition("submit")}>
        提交审核
      </Button>
    ),
    actions.includes("withdraw") && (
      <Button key="withdraw" danger onClick={() => confirmTransition("withdraw")}>
        撤回
      </Button>
    ),
    work.includes("proposeChange") && (
      <Button key="change" icon={<EditOutlined />} onClick={() => navigate(`/secretary-projects/${project.id}/edit`)}>
        申请变更
      </Button>
    ),
    actions.includes("approve") && (
      <Button key="approve" type="primary" onClick={() => setReview({ decision: "approve" })}>
        批准立项
      </Button>
    ),
    actions.includes("return") && (
      <Button key="return" onClick={() => setReview({ decision: "return" })}>
        退回修改
      </Button>
    ),
    actions.includes("reject") && (
      <Button key="reject" danger onClick={() => setReview({ decision: "reject" })}>
        不予立项
      </Button>
    ),
    work.includes("decideChange") && pendingChange && (
      <Button key="decide" type="primary" onClick={() => setReview({ change: pendingChange, decision: "approve" })}>
        审批变更
      </Button>
    ),
    <Link key="print" to={`/secretary-projects/${project.id}/print`} target="_blank">
      <Button icon={<PrinterOutlined />}>打印项目档案</Button>
    </Link>,
  ].filter(Boolean);

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/secretary-projects")}>
              返回
            </Button>
            <span>{project.title}</span>
            <ProjectStatusTag status={project.status} />
            {project.hasPendingChange && <Tag color="orange">变更待审</Tag>}
          </Space>
        }
        extra={<Space wrap>{buttons}</Space>}
      >
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: "org", label: "党组织", children: project.orgName },
              { key: "year", label: "年度", children: `${project.year} 年度` },
              { key: "secretary", label: "牵头书记", children: project.secretaryName },
              { key: "category", label: "类别", children: PROJECT_CATEGORY_LABELS[project.category] },
              { key: "reviewing", label: "审核党委", children: project.reviewingOrgName ?? "系统管理员" },
              { key: "approved", label: "立项", children: project.approvedOn ? `${project.approvedOn}（第 ${project.approvedVersionNo} 版）` : EMPTY },
              { key: "milestones", label: "节点完成", children: `${project.milestonesDone} / ${project.milestoneCount}${project.overdueMilestones ? `，逾期 ${project.overdueMilestones}` : ""}` },
              {
                key: "score",
                label: "评价",
                children: project.finalScore === null ? EMPTY : `${project.finalScore} 分${project.grade ? `（${PROJECT_GRADE_LABELS[project.grade]}）` : ""}`,
              },
            ]}
          />
          <StatusNotes project={project} onDecideChange={(change) => setReview({ change, decision: "approve" })} />
        </Flex>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === "overview" ? {} : { tab: key }, { replace: true })}
          items={[
            { key: "overview", label: "项目概况", children: <ProjectOverview project={project} /> },
            ...(underway
              ? [
                  { key: "progress", label: "推进情况", children: <ProgressTab project={project} onChanged={handleChanged} /> },
                  { key: "year-end", label: "述职评价", children: <YearEndTab project={project} onChanged={handleChanged} /> },
                ]
              : []),
            { key: "versions", label: `版本历史（${project.versions.length}）`, children: <VersionHistory project={project} /> },
          ]}
        />
      </Card>
      {review && (
        <ReviewModal
          project={project}
          change={review.change}
          initialDecision={review.decision}
          onClose={() => setReview(undefined)}
          onDone={() => {
            setReview(undefined);
            handleChanged();
          }}
        />
      )}
    </Flex>
  );
}
