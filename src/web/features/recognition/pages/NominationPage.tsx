import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Flex, Result, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { NOMINATION_ACTION_LABELS, type NominationActionName, type NominationDetail } from "../../../../shared/contracts/recognition.contract";
import { useAuth } from "../../../app/auth-context";
import { useApiQuery } from "../../../lib/use-api-query";
import { getNomination } from "../api";
import { NominationActionModal } from "../components/NominationActionModal";
import { ObjectionsCard } from "../components/ObjectionsCard";
import { PublicityNotice } from "../components/PublicityNotice";
import { HonourTag, NominationStatusTag } from "../components/tags";
import { EMPTY, waitingFor } from "../recognition-display";

const PRIMARY: readonly NominationActionName[] = ["shortlist", "decide", "publish"];
const DANGER: readonly NominationActionName[] = ["withdraw", "reject"];

/** What the committee wrote: the review, the decision. */
function Notes({ nomination: n }: { nomination: NominationDetail }) {
  const items = [
    n.reviewNote && { key: "review", label: n.status === "rejected" ? "不予通过的理由" : "审核意见", children: n.reviewNote },
    n.decidedAt && { key: "decision", label: "表彰决定", children: `${n.decidedAt.slice(0, 10)}　${n.decisionNote ?? ""}` },
  ].filter(Boolean) as { key: string; label: string; children: string }[];
  if (items.length === 0) return null;
  return <Descriptions size="small" column={1} items={items} />;
}

/** 表彰推荐: the nominee and deeds, the publicity notice, the objections with their findings, and the steps the caller's side may take. */
export function NominationPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const query = useApiQuery((signal) => getNomination(id, signal), [id]);
  const [action, setAction] = useState<NominationActionName>();
  const [latest, setLatest] = useState<NominationDetail>();
  const nomination = latest?.id === id ? latest : query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该表彰推荐" subTitle="该推荐不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/care/recognition")}>返回推荐列表</Button>} />
      </Card>
    );
  }
  if (query.error && !nomination) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!nomination) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const handleDone = (next: NominationDetail) => {
    setAction(undefined);
    setLatest(next);
  };
  const waiting = waitingFor(nomination);
  // Objections are the officers' work: a member sees the publicity, never what was reported.
  const isOfficer = !!user && user.role !== "member";

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/care/recognition")}>
              返回
            </Button>
            <span>{nomination.nomineeName}</span>
            <HonourTag honour={nomination.honour} />
            <NominationStatusTag status={nomination.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {nomination.actions.map((a) => (
              <Button key={a} type={PRIMARY.includes(a) ? "primary" : "default"} danger={DANGER.includes(a)} onClick={() => setAction(a)}>
                {NOMINATION_ACTION_LABELS[a]}
              </Button>
            ))}
          </Space>
        }
      >
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: "year", label: "年度", children: `${nomination.year} 年度` },
              { key: "nominee", label: nomination.memberId ? "推荐党员" : "推荐党组织", children: nomination.nomineeName },
              { key: "nomineeOrg", label: "所在组织", children: nomination.memberId ? nomination.nomineeOrgName : EMPTY },
              { key: "org", label: "推荐组织", children: nomination.orgName },
              { key: "reviewing", label: "审核党委", children: nomination.reviewingOrgName ?? "系统管理员" },
              { key: "submitted", label: "推荐时间", children: `${nomination.createdAt.slice(0, 10)}${nomination.submittedByName ? `（${nomination.submittedByName}）` : ""}` },
              ...(nomination.publishedOn ? [{ key: "published", label: "发布日期", children: nomination.publishedOn }] : []),
              ...(nomination.honourId ? [{ key: "honour", label: "荣誉记录", children: <Link to={nomination.memberId ? `/care/recognition/honours?memberId=${nomination.memberId}` : `/care/recognition/honours?orgId=${nomination.nomineeOrgId}&subject=org`}>查看荣誉榜</Link> }] : []),
            ]}
          />
          {waiting && nomination.status !== "in_publicity" && <Alert type="info" showIcon title={waiting} />}
          <PublicityNotice nomination={nomination} waiting={waiting} />
          <Notes nomination={nomination} />
        </Flex>
      </Card>
      <Card title="先进事迹">
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{nomination.deeds}</Typography.Paragraph>
      </Card>
      {isOfficer && <ObjectionsCard nomination={nomination} onChanged={setLatest} />}
      {action && <NominationActionModal nomination={nomination} action={action} onClose={() => setAction(undefined)} onDone={handleDone} />}
    </Flex>
  );
}
