import { Alert, Drawer, Skeleton, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { SecretaryRecordItem } from "../../../../shared/contracts/secretary-project-board.contract";
import { PROJECT_CATEGORY_LABELS, PROJECT_GRADE_LABELS } from "../../../../shared/secretary-projects";
import { useApiQuery } from "../../../lib/use-api-query";
import { getSecretaryRecord } from "../api-evaluation";
import { EMPTY, RATING_COLORS, ratingLabel } from "../project-display";
import { GRADE_COLORS } from "../year-end";
import { ProjectStatusTag } from "./ProjectStatusTag";

/** A secretary's projects across years (抓书记): completion, ratings and — where the caller may see them — results. */
export function SecretaryRecordDrawer({ memberId, name, onClose }: { memberId: string; name: string; onClose: () => void }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const query = useApiQuery((signal) => getSecretaryRecord(memberId, paging, signal), [memberId, paging.page, paging.pageSize]);
  const record = query.data?.memberId === memberId ? query.data : undefined;
  return (
    <Drawer open onClose={onClose} title={`${record?.memberName ?? name} · 历年书记项目`} size={760}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!record && !query.error && <Skeleton active />}
      {record && (
        <Table<SecretaryRecordItem>
          rowKey="projectId"
          size="small"
          dataSource={record.items}
          loading={query.isLoading}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: record.total, onChange: (page, pageSize) => setPaging({ page, pageSize }), showTotal: (n) => `共 ${n} 个项目` }}
          columns={[
            { title: "年度", dataIndex: "year", width: 64 },
            {
              title: "项目",
              dataIndex: "title",
              render: (title: string, r) => (
                <>
                  <Link to={`/secretary-projects/${r.projectId}`}>{title}</Link>
                  <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                    {r.orgName} · {PROJECT_CATEGORY_LABELS[r.category]}
                  </Typography.Text>
                </>
              ),
            },
            { title: "状态", dataIndex: "status", width: 120, render: (_, r) => <ProjectStatusTag status={r.status} /> },
            { title: "节点", key: "milestones", width: 70, render: (_, r) => `${r.milestonesDone}/${r.milestones}` },
            { title: "指标达成", key: "indicators", width: 80, render: (_, r) => `${r.indicatorsAchieved}/${r.indicators}` },
            { title: "督查", dataIndex: "latestRating", width: 100, render: (_, r) => (r.latestRating ? <Tag color={RATING_COLORS[r.latestRating]}>{ratingLabel(r.latestRating)}</Tag> : EMPTY) },
            {
              title: "评价",
              key: "score",
              width: 110,
              render: (_, r) => (r.finalScore === null ? EMPTY : <Tag color={r.grade ? GRADE_COLORS[r.grade] : undefined}>{`${r.finalScore} 分${r.grade ? ` ${PROJECT_GRADE_LABELS[r.grade]}` : ""}`}</Tag>),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
