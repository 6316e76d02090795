import { Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import type { Matrix, MatrixCell, MatrixRow, Period } from "../../../../shared/contracts/compliance.contract";
import { ORG_KIND_LABELS } from "../../../../shared/domain";
import { COMPLIANCE_STATUS_LABELS, COMPLIANCE_STATUSES, MEETING_TYPE_LABELS } from "../../../../shared/org-life";
import { cellText, drillDownLink, shortPeriodLabel } from "../compliance-links";
import { MEETING_TYPE_COLORS, STATUS_STYLES } from "../compliance-display";

const CELL_WIDTH = 50;
/** A type with one column (the yearly life meeting, talks) needs room for its name over it. */
const widthOf = (group: Matrix["columns"][number], period: Period) => (group.periods.length === 1 ? 84 : period.unit === "year" ? CELL_WIDTH + 6 : CELL_WIDTH);

/** The colour legend of the cells. */
export function StatusLegend() {
  return (
    <Flex gap={12} wrap align="center">
      {COMPLIANCE_STATUSES.map((status) => (
        <Flex key={status} gap={4} align="center">
          <span style={{ display: "inline-block", width: 14, height: 14, borderRadius: 3, background: STATUS_STYLES[status].background, border: "1px solid #e8e8e8" }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {COMPLIANCE_STATUS_LABELS[status]}
          </Typography.Text>
        </Flex>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        格内为 已签发次数/应开展次数；点击查看会议记录
      </Typography.Text>
    </Flex>
  );
}

interface CellProps {
  row: MatrixRow;
  cell: MatrixCell;
  period: Period;
  onOpen: (link: string) => void;
}

/** One cell, carrying the seam-2 data attributes the e2e test reads. */
function ComplianceCell({ row, cell, period, onOpen }: CellProps) {
  const style = STATUS_STYLES[cell.status];
  const canOpen = cell.status !== "none" || cell.done > 0;
  const title = `${row.name} · ${MEETING_TYPE_LABELS[cell.type]} · ${period.label}（${period.from} 至 ${period.to}）\n${
    cell.status === "none" ? `不适用${cell.done > 0 ? `，已签发 ${cell.done} 次` : ""}` : `${COMPLIANCE_STATUS_LABELS[cell.status]}：已签发 ${cell.done} 次，应开展 ${cell.required} 次`
  }`;
  return (
    <div
      data-testid="compliance-cell"
      data-org-id={row.orgId}
      data-type={cell.type}
      data-period={cell.period}
      data-status={cell.status}
      title={title}
      role={canOpen ? "link" : undefined}
      tabIndex={canOpen ? 0 : undefined}
      onClick={canOpen ? () => onOpen(drillDownLink(row.orgId, cell.type, period)) : undefined}
      onKeyDown={canOpen ? (event) => event.key === "Enter" && onOpen(drillDownLink(row.orgId, cell.type, period)) : undefined}
      style={{
        ...style,
        height: 30,
        lineHeight: "30px",
        textAlign: "center",
        fontSize: 12,
        cursor: canOpen ? "pointer" : "default",
        fontWeight: cell.status === "red" ? 600 : 400,
      }}
    >
      {cellText(cell)}
    </div>
  );
}

function OrgName({ row }: { row: MatrixRow }) {
  return (
    <Flex vertical style={{ paddingInlineStart: row.depth * 14 }}>
      <Typography.Text ellipsis={{ tooltip: row.name }} style={{ maxWidth: 230 - row.depth * 14 }} strong={row.depth === 0}>
        {row.name}
      </Typography.Text>
      <Flex gap={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {ORG_KIND_LABELS[row.kind]}
          {row.fullMembers !== null && ` · 正式党员 ${row.fullMembers}`}
        </Typography.Text>
        {row.establishedOn && (
          <Tag style={{ fontSize: 11, lineHeight: "16px", marginInlineEnd: 0 }} color="blue">
            {row.establishedOn} 成立
          </Tag>
        )}
        {row.dissolvedOn && (
          <Tag style={{ fontSize: 11, lineHeight: "16px", marginInlineEnd: 0 }}>{row.dissolvedOn} 撤销</Tag>
        )}
      </Flex>
    </Flex>
  );
}

interface ComplianceMatrixTableProps {
  matrix: Matrix;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Organizations × periods, one coloured cell per meeting type and period; the organization column stays in view. */
export function ComplianceMatrixTable({ matrix, isLoading, onPageChange }: ComplianceMatrixTableProps) {
  const navigate = useNavigate();
  const columns = useMemo<TableColumnsType<MatrixRow>>(() => {
    let index = 0;
    const groups = matrix.columns.map((group) => ({
      key: group.type,
      title: (
        <Tag color={MEETING_TYPE_COLORS[group.type]} style={{ marginInlineEnd: 0 }}>
          {group.label}
        </Tag>
      ),
      children: group.periods.map((period) => {
        const at = index++;
        return {
          key: `${group.type}|${period.key}`,
          title: <span title={`${period.from} 至 ${period.to}`}>{shortPeriodLabel(period)}</span>,
          width: widthOf(group, period),
          align: "center" as const,
          onCell: () => ({ style: { padding: 1 } }),
          onHeaderCell: () => ({ style: { padding: "4px 0", fontSize: 12, background: period.state === "open" ? "#fff7e6" : undefined } }),
          render: (_: unknown, row: MatrixRow) => <ComplianceCell row={row} cell={row.cells[at]!} period={period} onOpen={navigate} />,
        };
      }),
    }));
    return [
      { key: "org", title: "组织", fixed: "left" as const, width: 250, render: (_: unknown, row: MatrixRow) => <OrgName row={row} /> },
      ...groups,
      {
        key: "counts",
        title: "完成/未完成",
        fixed: "right" as const,
        width: 96,
        align: "center" as const,
        render: (_: unknown, row: MatrixRow) => (
          <Typography.Text style={{ fontSize: 12 }}>
            <span style={{ color: STATUS_STYLES.green.color }}>{row.counts.green}</span>
            {" / "}
            <span style={{ color: row.counts.red > 0 ? STATUS_STYLES.red.color : undefined }}>{row.counts.red}</span>
          </Typography.Text>
        ),
      },
    ];
  }, [matrix.columns, navigate]);
  const width = 250 + 96 + matrix.columns.reduce((sum, g) => sum + g.periods.reduce((s, p) => s + widthOf(g, p), 0), 0);

  return (
    <Table<MatrixRow>
      rowKey="orgId"
      size="small"
      bordered
      loading={isLoading}
      columns={columns}
      dataSource={matrix.rows}
      scroll={{ x: width }}
      sticky
      locale={{ emptyText: "所选范围内没有应开展这些组织生活的组织" }}
      pagination={{
        current: matrix.page,
        pageSize: matrix.pageSize,
        total: matrix.total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => `共 ${total} 个组织`,
        onChange: onPageChange,
      }}
    />
  );
}
