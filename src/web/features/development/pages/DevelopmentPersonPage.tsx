import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Flex, Result, Space, Spin, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { STEP_CODES } from "../../../../shared/development-steps";
import { useAuth } from "../../../app/auth-context";
import { useApiQuery } from "../../../lib/use-api-query";
import { getDevelopmentPerson } from "../api";
import { DevelopmentChecklist } from "../components/DevelopmentChecklist";
import { StageTag } from "../components/development-columns";
import { DevelopmentPersonFormModal } from "../components/DevelopmentPersonFormModal";
import { DevelopmentProfile } from "../components/DevelopmentProfile";
import { DocumentsCard } from "../components/DocumentsCard";
import styles from "../components/dossier.module.css";
import { NextDueTag } from "../components/NextDueTag";
import { OutcomeModal } from "../components/OutcomeModal";
import { PrintableDossier } from "../components/PrintableDossier";
import { StepFormModal } from "../components/StepFormModal";
import { availableOutcomes, describeStatus, EMPTY, type OutcomeAction, STATUS_COLORS } from "../development-options";
import { describeStepFacts } from "../step-facts";
import type { RecordableStepCode } from "../step-form";

type OpenModal = { kind: "edit" } | { kind: "step"; code: RecordableStepCode } | { kind: "outcome"; action: OutcomeAction } | null;

const COMMITTEE_ROLES = new Set(["org_admin", "admin"]);
const PROCEDURE_CODES = new Set<string>(STEP_CODES);

/** The deadline the rules set, or else the steps waiting without one (e.g. the general meeting). */
function NextStep({ person }: { person: DevelopmentPersonDetail }) {
  if (person.nextDue || person.status !== "open") return <NextDueTag nextDue={person.nextDue} />;
  const waiting = person.checklist.filter((item) => item.state === "next").map((item) => item.label);
  return <>{waiting.length ? `${waiting.join("、")}（无时限规定）` : EMPTY}</>;
}

function summaryItems(person: DevelopmentPersonDetail): DescriptionsProps["items"] {
  const date = (value: string | null) => value ?? EMPTY;
  return [
    { key: "org", label: "所在党支部", children: person.orgName },
    { key: "committee", label: "审批党委", children: person.approvingCommittee?.name ?? EMPTY },
    { key: "nextDue", label: "下一步骤", children: <NextStep person={person} /> },
    { key: "applied", label: "递交申请", children: person.applicationReceivedOn },
    { key: "activist", label: "确定积极分子", children: date(person.activistOn) },
    { key: "candidate", label: "确定发展对象", children: date(person.candidateOn) },
    { key: "admitted", label: "接收为预备党员", children: date(person.admittedOn) },
    { key: "approved", label: "上级党委审批", children: date(person.approvedOn) },
    { key: "probationEnds", label: "预备期满", children: date(person.probationEndsOn) },
    { key: "fullMember", label: "转为正式党员", children: date(person.fullMemberOn) },
    ...(person.deferredToYear ? [{ key: "deferred", label: "暂缓至", children: `${person.deferredToYear} 年` }] : []),
    ...(person.memberId
      ? [{ key: "member", label: "党员名册", children: <Link to={`/members/${person.memberId}`}>查看党员信息</Link> }]
      : []),
  ];
}

/** 发展档案: one person's development file, its 25 steps and documents, and the actions the server allows. */
export function DevelopmentPersonPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useAuth();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const query = useApiQuery((signal) => getDevelopmentPerson(id, signal), [id]);
  const person = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result
          status="404"
          title="未找到该发展对象"
          subTitle="该记录不存在，或不在您的管理范围内。"
          extra={<Button onClick={() => navigate("/development")}>返回发展党员</Button>}
        />
      </Card>
    );
  }
  if (query.error && !person) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!person) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const handleSaved = () => {
    setOpenModal(null);
    query.reload();
  };
  const outcomes = person.abilities.canRecordOutcome ? availableOutcomes(person.status) : [];
  const otherRecords = person.steps.filter((step) => !PROCEDURE_CODES.has(step.code));

  return (
    <>
      <div className={styles.screen}>
        <Flex vertical gap={16}>
          <Card
            title={
              <Space wrap>
                <Button
                  icon={<ArrowLeftOutlined />}
                  onClick={() => (location.key === "default" ? navigate("/development") : navigate(-1))}
                >
                  返回
                </Button>
                <span>发展档案 · {person.name}</span>
                <StageTag person={person} />
                <Tag color={STATUS_COLORS[person.status]}>{describeStatus(person)}</Tag>
              </Space>
            }
            extra={
              <Space wrap>
                {outcomes.map((action) => (
                  <Button
                    key={action.outcome}
                    danger={action.outcome === "withdrawn" || action.outcome === "rejected"}
                    onClick={() => setOpenModal({ kind: "outcome", action })}
                  >
                    {action.button}
                  </Button>
                ))}
                {person.abilities.canUpdate && (
                  <Button icon={<EditOutlined />} onClick={() => setOpenModal({ kind: "edit" })}>
                    编辑
                  </Button>
                )}
                <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                  打印发展档案
                </Button>
              </Space>
            }
          >
            <Spin spinning={query.isLoading}>
              <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3, xxl: 4 }} items={summaryItems(person)} />
            </Spin>
          </Card>
          <Card size="small">
            {/* A new version of the record hides full numbers shown for the old one. */}
            <DevelopmentProfile key={`${person.name}|${person.phoneMasked ?? ""}`} person={person} />
          </Card>
          <Card
            title="发展程序"
            extra={<Typography.Text type="secondary">按《中国共产党发展党员工作细则》规定的 5 个阶段 25 个步骤</Typography.Text>}
          >
            <DevelopmentChecklist person={person} onRecord={(code) => setOpenModal({ kind: "step", code })} />
          </Card>
          {otherRecords.length > 0 && (
            <Card title="程序外记录" size="small">
              <Timeline
                items={otherRecords.map((step) => ({
                  key: step.id,
                  title: step.occurredOn,
                  content: (
                    <>
                      <div>{describeStepFacts(step).join("；") || step.label}</div>
                      {step.notes && <div>原因：{step.notes}</div>}
                      {step.recordedByName && <Typography.Text type="secondary">登记：{step.recordedByName}</Typography.Text>}
                    </>
                  ),
                }))}
              />
            </Card>
          )}
          <DocumentsCard person={person} onUploaded={() => query.reload()} />
        </Flex>
      </div>
      <PrintableDossier person={person} />
      {openModal?.kind === "edit" && <DevelopmentPersonFormModal person={person} onClose={() => setOpenModal(null)} onSaved={handleSaved} />}
      {openModal?.kind === "step" && (
        <StepFormModal
          person={person}
          code={openModal.code}
          isCommitteeUser={COMMITTEE_ROLES.has(user?.role ?? "")}
          onClose={() => setOpenModal(null)}
          onRecorded={handleSaved}
          onFileUploaded={() => query.reload()}
        />
      )}
      {openModal?.kind === "outcome" && (
        <OutcomeModal person={person} action={openModal.action} onClose={() => setOpenModal(null)} onRecorded={handleSaved} />
      )}
    </>
  );
}

