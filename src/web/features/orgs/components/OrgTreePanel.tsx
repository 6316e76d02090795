import { Alert, Card, Checkbox, Empty, Input, Menu, Spin, Tag, Tree, Typography } from "antd";
import { useState } from "react";
import { useApiQuery } from "../../../lib/use-api-query";
import { findOrgs } from "../api";
import type { OrgTreeState } from "../hooks/use-org-tree";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import type { OrgTreeNode } from "../org-tree";
import { OrgKindTag } from "./OrgKindTag";

const SEARCH_PAGE_SIZE = 50;

interface OrgTreePanelProps {
  tree: OrgTreeState;
  selectedId: string | undefined;
  onSelect: (orgId: string) => void;
  includeDissolved: boolean;
  onIncludeDissolvedChange: (includeDissolved: boolean) => void;
}

/** A node's label: dissolved organizations stay visible as history, greyed and marked. */
function OrgTitle({ org }: { org: Org }) {
  return (
    <span style={org.dissolvedAt ? { color: "rgba(0, 0, 0, 0.45)" } : undefined}>
      {org.name}
      <OrgKindTag kind={org.kind} />
      {org.dissolvedAt && (
        <Tag variant="filled" style={{ marginInlineStart: 4, marginInlineEnd: 0, fontSize: 12 }}>
          已撤销
        </Tag>
      )}
    </span>
  );
}

/** The scope's tree, or, while a search term is entered, the organizations that match it. */
export function OrgTreePanel({ tree, selectedId, onSelect, includeDissolved, onIncludeDissolvedChange }: OrgTreePanelProps) {
  const [searchTerm, setSearchTerm] = useState("");

  return (
    <Card
      title="组织架构"
      extra={
        <Checkbox checked={includeDissolved} onChange={(event) => onIncludeDissolvedChange(event.target.checked)}>
          显示已撤销
        </Checkbox>
      }
      styles={{ body: { padding: 12 } }}
    >
      <Input.Search
        placeholder="搜索组织名称或编码"
        allowClear
        maxLength={50}
        onSearch={(value) => setSearchTerm(value.trim())}
        style={{ marginBottom: 12 }}
      />
      {searchTerm ? (
        <OrgSearchResults searchTerm={searchTerm} selectedId={selectedId} onSelect={onSelect} includeDissolved={includeDissolved} />
      ) : (
        <OrgTree tree={tree} selectedId={selectedId} onSelect={onSelect} />
      )}
    </Card>
  );
}

function OrgTree({ tree, selectedId, onSelect }: Pick<OrgTreePanelProps, "tree" | "selectedId" | "onSelect">) {
  if (tree.isLoading) return <Spin style={{ display: "block", padding: 24 }} />;
  if (tree.error) return <Alert type="error" showIcon title={tree.error.message} />;
  if (tree.nodes.length === 0) return <Empty description="暂无可管理的组织" />;
  return (
    <div style={{ maxHeight: "calc(100vh - 260px)", overflow: "auto" }}>
      <Tree<OrgTreeNode>
        blockNode
        showLine
        treeData={tree.nodes}
        expandedKeys={tree.expandedKeys}
        loadedKeys={tree.loadedKeys}
        selectedKeys={selectedId ? [selectedId] : []}
        loadData={tree.handleLoadData}
        onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
        onSelect={(_keys, info) => onSelect(info.node.key)}
        titleRender={(node) => <OrgTitle org={node.org} />}
      />
    </div>
  );
}

type OrgSearchResultsProps = Pick<OrgTreePanelProps, "selectedId" | "onSelect" | "includeDissolved"> & { searchTerm: string };

function OrgSearchResults({ searchTerm, selectedId, onSelect, includeDissolved }: OrgSearchResultsProps) {
  const { data, error, isLoading } = useApiQuery(
    (signal) => findOrgs({ q: searchTerm, pageSize: SEARCH_PAGE_SIZE, includeDissolved }, signal),
    [searchTerm, includeDissolved],
  );
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!data) return <Spin style={{ display: "block", padding: 24 }} />;
  if (data.total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的组织" />;
  return (
    <Spin spinning={isLoading}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {data.total > SEARCH_PAGE_SIZE ? `共 ${data.total} 个匹配，显示前 ${SEARCH_PAGE_SIZE} 个` : `共 ${data.total} 个匹配`}
      </Typography.Text>
      <Menu
        mode="inline"
        style={{ borderInlineEnd: "none" }}
        selectedKeys={selectedId ? [selectedId] : []}
        onClick={({ key }) => onSelect(key)}
        items={data.items.map((org) => ({
          key: org.id,
          label: (
            <span title={org.code}>
              <OrgTitle org={org} />
            </span>
          ),
        }))}
      />
    </Spin>
  );
}
