import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Empty, Space, Spin } from "antd";
import type { OrgDetail } from "../../../../shared/contracts/orgs.contract";
import { ORG_DOMAIN_LABELS, ORG_KIND_LABELS } from "../../../../shared/domain";
import type { ApiError } from "../../../lib/api-client";
import { OrgKindTag } from "./OrgKindTag";

interface OrgDetailCardProps {
  detail: OrgDetail | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  onCreateChild: () => void;
  onEdit: () => void;
}

const EMPTY = "—";

function buildItems(detail: OrgDetail): DescriptionsProps["items"] {
  return [
    { key: "name", label: "名称", children: detail.name },
    { key: "code", label: "编码", children: detail.code },
    { key: "kind", label: "类型", children: ORG_KIND_LABELS[detail.kind] },
    { key: "domain", label: "领域", children: detail.domain ? ORG_DOMAIN_LABELS[detail.domain] : EMPTY },
    { key: "unitName", label: "单位名称", children: detail.unitName ?? EMPTY },
    { key: "parentName", label: "上级组织", children: detail.parentName ?? EMPTY },
    { key: "childCount", label: "下级组织数", children: detail.childCount },
    { key: "subtreeOrgCount", label: "下辖组织总数", children: detail.subtreeOrgCount },
    { key: "subtreeMemberCount", label: "党员总数", children: detail.subtreeMemberCount },
  ];
}

/** The selected organization; the buttons follow the server's abilities so nobody sees an action they cannot take. */
export function OrgDetailCard({ detail, error, isLoading, onCreateChild, onEdit }: OrgDetailCardProps) {
  if (error) return <Card><Alert type="error" showIcon title={error.message} /></Card>;
  if (!detail) {
    return <Card>{isLoading ? <Spin style={{ display: "block", padding: 48 }} /> : <Empty description="请在左侧选择一个组织" />}</Card>;
  }
  const { abilities } = detail;
  return (
    <Card
      title={
        <span>
          {detail.name}
          <OrgKindTag kind={detail.kind} />
        </span>
      }
      extra={
        <Space>
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
        </Space>
      }
    >
      <Spin spinning={isLoading}>
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
