import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Empty, Flex, Space, Spin, Tag } from "antd";
import { type OrgDetail, TERM_STATUS_LABELS } from "../../../../shared/contracts/orgs.contract";
import { ORG_DOMAIN_LABELS, ORG_KIND_LABELS } from "../../../../shared/domain";
import type { ApiError } from "../../../lib/api-client";
import styles from "./OrgDetailCard.module.css";
import { OrgKindTag } from "./OrgKindTag";
import { TERM_STATUS_COLORS } from "./org-options";

interface OrgDetailCardProps {
  detail: OrgDetail | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  onCreateChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onDissolve: () => void;
}

const EMPTY = "—";

function TermDescription({ detail }: { detail: OrgDetail }) {
  const status = <Tag color={TERM_STATUS_COLORS[detail.termStatus]}>{TERM_STATUS_LABELS[detail.termStatus]}</Tag>;
  if (!detail.termStartedOn) return status;
  return (
    <Space size={4} wrap>
      <span>
        {detail.termStartedOn} 至 {detail.termEndsOn}（{detail.termYears} 年）
      </span>
      {status}
    </Space>
  );
}

function buildItems(detail: OrgDetail): DescriptionsProps["items"] {
  // A group's members belong to its branch's count; a group has no term of its own.
  const isGroup = detail.kind === "group";
  return [
    { key: "name", label: "名称", children: detail.name },
    { key: "code", label: "编码", children: detail.code },
    { key: "kind", label: "类型", children: ORG_KIND_LABELS[detail.kind] },
    { key: "domain", label: "领域", children: detail.domain ? ORG_DOMAIN_LABELS[detail.domain] : EMPTY },
    { key: "unitName", label: "单位名称", children: detail.unitName ?? EMPTY },
    { key: "unitNature", label: "单位性质", children: detail.unitNature ?? EMPTY },
    { key: "parentName", label: "上级组织", children: detail.parentName ?? EMPTY },
    { key: "establishedOn", label: "成立日期", children: detail.establishedOn ?? EMPTY },
    ...(isGroup ? [] : [{ key: "term", label: "本届任期", children: <TermDescription detail={detail} /> }]),
    {
      key: "memberCount",
      label: isGroup || detail.kind === "committee" || detail.kind === "general_branch" ? "本级党员" : "本支部党员",
      children: `${detail.memberCount} 名（正式党员 ${detail.fullMemberCount} 名）`,
    },
    { key: "subtreeMemberCount", label: "党员总数", children: `${detail.subtreeMemberCount} 名` },
    { key: "childCount", label: "下级组织数", children: detail.childCount },
    // The API counts the organization itself in its subtree; "下辖" means the ones below it.
    { key: "subtreeOrgCount", label: "下辖组织总数", children: Math.max(0, detail.subtreeOrgCount - 1) },
  ];
}

/** Setup and term advice by rule id (rules.md §2.1, §2.2): warnings first, then notes. */
function OrgWarnings({ detail }: { detail: OrgDetail }) {
  if (detail.warnings.length === 0) return null;
  const sorted = [...detail.warnings].sort((a, b) => (a.level === b.level ? 0 : a.level === "warning" ? -1 : 1));
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {sorted.map((warning) => (
        <Alert key={`${warning.rule}-${warning.message}`} type={warning.level} showIcon title={warning.message} />
      ))}
    </Flex>
  );
}

/** The selected organization; the buttons follow the server's abilities so nobody sees an action they cannot take. */
export function OrgDetailCard({ detail, error, isLoading, onCreateChild, onEdit, onMove, onDissolve }: OrgDetailCardProps) {
  if (error) return <Card><Alert type="error" showIcon title={error.message} /></Card>;
  if (!detail) {
    return <Card>{isLoading ? <Spin style={{ display: "block", padding: 48 }} /> : <Empty description="请在左侧选择一个组织" />}</Card>;
  }
  const { abilities } = detail;
  return (
    <Card
      className={styles.card}
      title={
        <span>
          {detail.name}
          <OrgKindTag kind={detail.kind} />
          {detail.dissolvedAt && <Tag style={{ marginInlineStart: 6 }}>已撤销</Tag>}
        </span>
      }
      extra={
        <Space wrap>
          {abilities.canCreateChild && (
            <Button type="primary" icon={<PlusOutlined />} onClick={onCreateChild}>
              新建下级组织
            </Button>
          )}
          {abilities.canUpdate && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              编辑
            </Button>
          )}
          {abilities.canMove && (
            <Button icon={<DragOutlined />} onClick={onMove}>
              移动
            </Button>
          )}
          {abilities.canDissolve && (
            <Button danger icon={<DeleteOutlined />} onClick={onDissolve}>
              撤销
            </Button>
          )}
        </Space>
      }
    >
      <Spin spinning={isLoading}>
        {detail.dissolvedAt && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`该组织已于 ${detail.dissolvedAt} 撤销，仅保留历史记录`}
            description={detail.dissolvedReason ? `撤销原因：${detail.dissolvedReason}` : undefined}
          />
        )}
        <OrgWarnings detail={detail} />
        <Descriptions
          bordered
          column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 2 }}
          items={buildItems(detail)}
          styles={{ label: { width: 120, whiteSpace: "nowrap" } }}
        />
      </Spin>
    </Card>
  );
}
