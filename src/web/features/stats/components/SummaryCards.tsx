import { QuestionCircleOutlined } from "@ant-design/icons";
import { Card, Col, Row, Statistic, Tooltip, theme } from "antd";
import type { StructureStats } from "../../../../shared/contracts/stats.contract";
import { findBucket, formatShare } from "../stats-sections";

function SummaryCard({ title, value, note, hint }: { title: string; value: string | number; note: string; hint?: string }) {
  const { token } = theme.useToken();
  const heading = hint ? (
    <Tooltip title={hint}>
      <span>
        {title} <QuestionCircleOutlined />
      </span>
    </Tooltip>
  ) : (
    title
  );
  return (
    <Card size="small" styles={{ body: { padding: "12px 16px" } }}>
      <Statistic title={heading} value={value} styles={{ content: { color: token.colorPrimary, fontSize: 24 } }} />
      <div style={{ color: "#8c8c8c", fontSize: 12 }}>{note}</div>
    </Card>
  );
}

/** The headline figures a committee is asked for first (rules.md §6.1 bulletin measures). */
export function SummaryCards({ stats }: { stats: StructureStats }) {
  const count = (buckets: StructureStats["byStatus"], key: string) => findBucket(buckets, key)?.count ?? 0;
  const share = (buckets: StructureStats["byStatus"], key: string) => formatShare(findBucket(buckets, key)?.share ?? 0);
  const youngShare = formatShare(stats.total ? stats.youngUnder35 / stats.total : 0);
  const college = findBucket(stats.focusGroups, "intellectuals");
  const cards = [
    { title: "党员总数", value: stats.total, note: "在册党员" },
    { title: "正式 / 预备", value: `${count(stats.byStatus, "full")} / ${count(stats.byStatus, "probationary")}`, note: `预备占 ${share(stats.byStatus, "probationary")}` },
    { title: "女性占比", value: share(stats.byGender, "female"), note: `共 ${count(stats.byGender, "female")} 人` },
    { title: "少数民族占比", value: share(stats.byEthnicity, "minority"), note: `共 ${count(stats.byEthnicity, "minority")} 人` },
    { title: "35岁及以下", value: stats.youngUnder35, note: `占 ${youngShare}` },
    { title: "大专及以上", value: college?.count ?? 0, note: `占 ${formatShare(college?.share ?? 0)}`, hint: "研究生、大学本科、大学专科学历" },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.title} xs={12} md={8} xl={4}>
          <SummaryCard {...card} />
        </Col>
      ))}
    </Row>
  );
}
