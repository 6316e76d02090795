import { Card, Table, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import type { Amendment } from "../../../../shared/contracts/meetings.contract";
import { describeValue, fieldLabel } from "../meeting-display";

/** 更正记录: each correction of the signed-off record, when, by whom, why, and each field before → after. */
export function AmendmentHistory({ amendments }: { amendments: Amendment[] }) {
  return (
    <Card title={`更正记录（${amendments.length}）`} size="small" data-testid="amendment-history">
      {amendments.length === 0 ? (
        <Typography.Text type="secondary">签发后未作更正</Typography.Text>
      ) : (
        <Timeline
          items={amendments.map((a) => ({
            key: a.id,
            content: (
              <>
                <Typography.Text strong>
                  {dayjs(a.createdAt).format("YYYY-MM-DD HH:mm")}　{a.amendedByName ?? ""}
                </Typography.Text>
                <div>更正原因：{a.reason}</div>
                <Table
                  rowKey="field"
                  size="small"
                  pagination={false}
                  tableLayout="fixed"
                  style={{ marginTop: 8 }}
                  dataSource={Object.entries(a.changes).map(([field, change]) => ({ field, ...change }))}
                  columns={[
                    { title: "项目", dataIndex: "field", width: 100, render: fieldLabel },
                    { title: "更正前", key: "before", width: "45%", render: (_, row) => <Typography.Text delete type="secondary">{describeValue(row.field, row.before)}</Typography.Text> },
                    { title: "更正后", key: "after", render: (_, row) => describeValue(row.field, row.after) },
                  ]}
                />
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
