import { Alert, Flex, Segmented, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { LAST_LIFE_SOURCE_LABELS, NO_LIFE_LEVEL_LABELS, type NoLifeLevel, type NoLifeMember } from "../../../../shared/contracts/compliance.contract";
import { MEMBER_STATUS_LABELS, OFFICER_POST_LABELS } from "../../../../shared/domain";
import { useApiQuery } from "../../../lib/use-api-query";
import { getNoLifeMembers } from "../api";

const LEVEL_OPTIONS: { value: NoLifeLevel | "all"; label: string }[] = [
  { value: "all", label: "全部" },
  { value: "over_limit", label: NO_LIFE_LEVEL_LABELS.over_limit },
  { value: "warning", label: NO_LIFE_LEVEL_LABELS.warning },
];

const columns: TableColumnsType<NoLifeMember> = [
  { title: "姓名", dataIndex: "name", width: 100 },
  { title: "类别", dataIndex: "status", width: 90, render: (status: NoLifeMember["status"]) => MEMBER_STATUS_LABELS[status] },
  {
    title: "所在支部",
    key: "branch",
    ellipsis: true,
    render: (_, m) => (
      <Flex vertical>
        <span>{m.branchName}</span>
        {m.orgId !== m.branchId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.orgName}
          </Typography.Text>
        )}
      </Flex>
    ),
  },
  {
    title: "最近一次组织生活",
    key: "last",
    width: 170,
    render: (_, m) => (
      <Flex vertical>
        <span>{m.lastLifeOn}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {LAST_LIFE_SOURCE_LABELS[m.lastLifeSource]}
        </Typography.Text>
      </Flex>
    ),
  },
  { title: "已间隔", dataIndex: "monthsSince", width: 90, align: "right", render: (months: number) => `${months} 个月` },
  {
    title: "状态",
    dataIndex: "level",
    width: 100,
    render: (level: NoLifeLevel) => <Tag color={level === "over_limit" ? "red" : "orange"}>{NO_LIFE_LEVEL_LABELS[level]}</Tag>,
  },
  {
    title: "责任人",
    key: "officer",
    width: 150,
    render: (_, m) => (m.officer ? `${OFFICER_POST_LABELS[m.officer.post]} ${m.officer.name}` : <Typography.Text type="warning">书记空缺</Typography.Text>),
  },
];

/** 未参加组织生活的党员: flagged from the warning months on, over the limit at six (党章第九条), with the secretary who must act. */
export function NoLifeTable({ orgId }: { orgId: string }) {
  const [level, setLevel] = useState<NoLifeLevel | "all">("all");
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useApiQuery(
    (signal) => getNoLifeMembers({ orgId, level: level === "all" ? undefined : level, ...paging }, signal),
    [orgId, level, paging.page, paging.pageSize],
  );
  const data = query.data;
  const summary = data?.summary;

  return (
    <Flex vertical gap={12}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {summary && (
        <Alert
          type={summary.overLimit > 0 ? "error" : summary.warning > 0 ? "warning" : "success"}
          showIcon
          title={
            summary.overLimit + summary.warning === 0
              ? `没有连续 ${summary.warnMonths} 个月以上未参加组织生活的党员`
              : `连续 ${summary.limitMonths} 个月以上未参加组织生活 ${summary.overLimit} 人；${summary.warnMonths}–${summary.limitMonths} 个月预警 ${summary.warning} 人`
          }
          description={`党员连续 ${summary.limitMonths} 个月不参加党的组织生活、无正当理由的，按自行脱党处理（党章第九条）；请所在支部书记及早谈心谈话、督促参加。流动党员（${summary.excludedMobile} 人，在流入地参加组织生活）和失联党员（${summary.excludedLostContact} 人，按失联党员规定处理）不在此列。仅计已签发的会议记录。`}
        />
      )}
      <Segmented<NoLifeLevel | "all">
        options={LEVEL_OPTIONS}
        value={level}
        onChange={(next) => {
          setLevel(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        style={{ alignSelf: "flex-start" }}
      />
      <Table<NoLifeMember>
        rowKey="memberId"
        size="small"
        loading={query.isLoading}
        columns={columns}
        dataSource={data?.items}
        scroll={{ x: 860 }}
        locale={{ emptyText: "没有需要提醒的党员" }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 名`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Flex>
  );
}
