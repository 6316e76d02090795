import { ClockCircleOutlined, PauseCircleOutlined, TeamOutlined, WarningOutlined } from "@ant-design/icons";
import { Card, Col, Row, Statistic, theme } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Pipeline } from "../../../../shared/contracts/development.contract";

interface Tile {
  title: string;
  value: number;
  note: string;
  icon: ReactNode;
  color: string;
  /** The roster's filter that lists these people (the list page reads its filters from the URL). */
  filter: Record<string, string>;
}

/** The link to the development roster filtered to a tile's people, within the chosen organization. */
export const rosterLink = (filter: Record<string, string>, orgId: string | undefined) =>
  `/development?${new URLSearchParams({ ...(orgId ? { orgId } : {}), ...filter }).toString()}`;

/** The figures an officer looks at first: cases in progress, overdue, due within 30 days, deferred; each opens its list. */
export function PipelineTiles({ pipeline, orgId }: { pipeline: Pipeline; orgId: string | undefined }) {
  const { token } = theme.useToken();
  const inProgress = pipeline.stages.filter((s) => s.stage !== "full_member").reduce((sum, s) => sum + s.count, 0);
  const tiles: Tile[] = [
    { title: "在培养、考察中", value: inProgress, note: "入党申请人至预备党员", icon: <TeamOutlined />, color: token.colorText, filter: {} },
    { title: "逾期未办", value: pipeline.overdue, note: "待办步骤已过规定期限", icon: <WarningOutlined />, color: token.colorError, filter: { due: "overdue" } },
    { title: "30天内到期", value: pipeline.dueSoon, note: "尚未逾期、即将到期", icon: <ClockCircleOutlined />, color: token.colorWarning, filter: { due: "soon" } },
    { title: "暂缓发展", value: pipeline.deferred, note: "本年度暂缓，待恢复程序", icon: <PauseCircleOutlined />, color: token.colorTextTertiary, filter: { status: "deferred" } },
  ];
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.title} xs={12} xl={6}>
          <Link to={rosterLink(tile.filter, orgId)} aria-label={`${tile.title}名单`}>
            <Card size="small" hoverable styles={{ body: { padding: "12px 16px" } }}>
              <Statistic title={tile.title} value={tile.value} prefix={tile.icon} styles={{ content: { color: tile.color, fontSize: 24 } }} />
              <div style={{ color: token.colorTextTertiary, fontSize: 12 }}>{tile.note}</div>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
