import { Card, Col, Row, Statistic } from "antd";
import type { Pipeline } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS, DEVELOPMENT_STAGES, type DevelopmentStage } from "../../../../shared/development-steps";
import type { DevelopmentListFilters } from "../development-filters";

interface StageTilesProps {
  pipeline: Pipeline | undefined;
  filters: DevelopmentListFilters;
  /** A click filters the list by the tile (again: clears it). */
  onPick: (change: Pick<DevelopmentListFilters, "stage" | "due">) => void;
}

interface Tile {
  key: string;
  label: string;
  count: number;
  isActive: boolean;
  color?: string;
  change: Pick<DevelopmentListFilters, "stage" | "due">;
}

const col = { xs: 12, sm: 8, md: 6, xl: 3 };

/** 入党申请人 … 正式党员, then 超期 and 即将到期: the open cases of the chosen organization. */
export function StageTiles({ pipeline, filters, onPick }: StageTilesProps) {
  if (!pipeline) return null;
  const countOf = (stage: DevelopmentStage) => pipeline.stages.find((row) => row.stage === stage)?.count ?? 0;
  const tiles: Tile[] = [
    ...DEVELOPMENT_STAGES.map((stage) => ({
      key: stage,
      label: DEVELOPMENT_STAGE_LABELS[stage],
      count: countOf(stage),
      isActive: filters.stage === stage,
      change: { stage: filters.stage === stage ? undefined : stage, due: filters.due },
    })),
    {
      key: "overdue",
      label: "已超期",
      count: pipeline.overdue,
      color: "#cf1322",
      isActive: filters.due === "overdue",
      change: { stage: filters.stage, due: filters.due === "overdue" ? undefined : "overdue" },
    },
    {
      key: "soon",
      label: "30 天内到期",
      count: pipeline.dueSoon,
      color: "#d46b08",
      isActive: filters.due === "soon",
      change: { stage: filters.stage, due: filters.due === "soon" ? undefined : "soon" },
    },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} role="list" aria-label="各阶段人数">
      {tiles.map((tile) => (
        <Col key={tile.key} {...col} role="listitem">
          <Card
            size="small"
            hoverable
            onClick={() => onPick(tile.change)}
            aria-pressed={tile.isActive}
            style={tile.isActive ? { borderColor: "#c8102e", boxShadow: "0 0 0 1px #c8102e inset" } : undefined}
          >
            <Statistic title={tile.label} value={tile.count} suffix="人" styles={{ content: tile.color ? { color: tile.color } : undefined }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
