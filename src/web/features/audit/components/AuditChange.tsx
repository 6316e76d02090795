import { Col, Row, Space, Tag, Typography } from "antd";
import type { AuditEntry } from "../../../../shared/contracts/audit.contract";
import { findChangedFields, formatJson } from "../audit-diff";

const preStyle = {
  margin: 0,
  padding: 12,
  maxHeight: 360,
  overflow: "auto",
  background: "#fafafa",
  border: "1px solid #f0f0f0",
  borderRadius: 6,
  fontSize: 12,
  whiteSpace: "pre-wrap" as const,
  wordBreak: "break-all" as const,
};

function Snapshot({ title, value }: { title: string; value: unknown }) {
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>无</Typography.Paragraph>
      ) : (
        <pre style={{ ...preStyle, marginTop: 8 }}>{formatJson(value)}</pre>
      )}
    </>
  );
}

/** The record as it was and as it became, side by side, with the changed fields named above. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const changed = findChangedFields(entry.before, entry.after);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {changed.length > 0 && (
        <div>
          <Typography.Text type="secondary">变更字段：</Typography.Text>
          {changed.map((field) => (
            <Tag key={field} color="gold">
              {field}
            </Tag>
          ))}
        </div>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Snapshot title="变更前" value={entry.before} />
        </Col>
        <Col span={12}>
          <Snapshot title="变更后" value={entry.after} />
        </Col>
      </Row>
    </Space>
  );
}
