import { Card, Col, Row, Statistic } from "antd";
import type { VisitTotals } from "../../../../shared/contracts/assistance.contract";
import { formatFenAsYuan } from "../money";

/** The year's visits in the caller's reach: counts, people, and money and goods shown in yuan from exact fen. */
export function YearTotalsCards({ totals }: { totals: VisitTotals | undefined }) {
  const cards = [
    { title: `${totals?.year ?? ""} 年走访慰问`, value: totals?.visits ?? 0, suffix: "次" },
    { title: "走访人数", value: totals?.people ?? 0, suffix: "人" },
    { title: "慰问金", value: formatFenAsYuan(totals?.moneyFen ?? 0), suffix: "元" },
    { title: "慰问品价值", value: formatFenAsYuan(totals?.goodsFen ?? 0), suffix: "元" },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {cards.map((c) => (
        <Col key={c.title} xs={12} md={6}>
          <Card size="small" loading={!totals}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
