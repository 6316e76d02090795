import { Card, Col, Row, Statistic } from "antd";
import type { HandlingCasePage } from "../../../../shared/contracts/handling.contract";
import type { HandlingListFilters } from "../handling-filters";

interface HandlingCountersProps {
  counts: HandlingCasePage["counts"] | undefined;
  filters: HandlingListFilters;
  /** A click filters the list by the tile (again: clears it). */
  onPick: (filters: HandlingListFilters) => void;
}

const col = { xs: 24, sm: 8, xl: 6 };

/** 处置中 / 已逾期 / 待上级审批 over the whole scope (or the chosen organization), whatever the other filters. */
export function HandlingCounters({ counts, filters, onPick }: HandlingCountersProps) {
  if (!counts) return null;
  const base = { orgId: filters.orgId, q: filters.q };
  const tiles = [
    { key: "open", label: "处置中", count: counts.open, isActive: filters.status === "open" && !filters.overdue && !filters.awaitingApproval, next: { ...base, status: "open" as const } },
    { key: "overdue", label: "已逾期", count: counts.overdue, color: "#cf1322", isActive: filters.overdue === true, next: { ...base, overdue: true } },
    { key: "approval", label: "待上级党委审批", count: counts.awaitingApproval, color: "#531dab", isActive: filters.awaitingApproval === true, next: { ...base, awaitingApproval: true } },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} role="list" aria-label="处置统计">
      {tiles.map((tile) => (
        <Col key={tile.key} {...col} role="listitem">
          <Card
            size="small"
            hoverable
            onClick={() => onPick(tile.isActive ? base : tile.next)}
            aria-pressed={tile.isActive}
            style={tile.isActive ? { borderColor: "#c8102e", boxShadow: "0 0 0 1px #c8102e inset" } : undefined}
            data-testid={`handling-count-${tile.key}`}
          >
            <Statistic title={tile.label} value={tile.count} suffix="件" styles={{ content: tile.color && tile.count > 0 ? { color: tile.color } : undefined }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
