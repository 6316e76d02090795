import { TreeSelect, type TreeSelectProps } from "antd";
import { useEffect, useState } from "react";
import type { Page } from "../../shared/contracts/common.contract";
import { MAX_PAGE_SIZE } from "../../shared/contracts/common.contract";
import type { Org } from "../../shared/contracts/orgs.contract";
import { ORG_KIND_LABELS } from "../../shared/domain";
import { api, getErrorMessage } from "../lib/api-client";

// Shared by every feature that picks an organization (users now; members, meetings later), so it lives
// outside the features and reads /api/orgs itself instead of importing the orgs feature.

interface FlatNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

const toFlatNode = (org: Org, pId: string | null, isSelectable?: (org: Org) => boolean): FlatNode => ({
  id: org.id,
  pId,
  value: org.id,
  title: `${org.name}（${ORG_KIND_LABELS[org.kind]}）`,
  isLeaf: !org.hasChildren,
  selectable: isSelectable?.(org) ?? true,
});

const findOrgs = (query: { roots?: boolean; parentId?: string }) =>
  api.get<Page<Org>>("/api/orgs", { ...query, pageSize: MAX_PAGE_SIZE });

type LoadData = NonNullable<TreeSelectProps["loadData"]>;
type LabeledValue = { value: string; label: string } | undefined;

interface OrgTreeSelectProps {
  value?: string;
  onChange?: (orgId: string | undefined) => void;
  /** The current organization's name, shown before the tree has loaded down to it. */
  valueLabel?: string;
  placeholder?: string;
  id?: string;
  /** Only these can be picked (e.g. the kinds that draw up a plan); the others still open to reach their children. */
  isSelectable?: (org: Org) => boolean;
}

/** An organization picker over the caller's scope, loading each level when it is opened. */
export function OrgTreeSelect({ value, onChange, valueLabel, placeholder = "请选择组织", id, isSelectable }: OrgTreeSelectProps) {
  const [nodes, setNodes] = useState<FlatNode[]>([]);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let isCancelled = false;
    findOrgs({ roots: true }).then(
      (page) => !isCancelled && setNodes(page.items.map((org) => toFlatNode(org, null, isSelectable))),
      (error: unknown) => !isCancelled && setLoadError(getErrorMessage(error)),
    );
    return () => {
      isCancelled = true;
    };
  }, []);

  const handleLoadData: LoadData = async (dataNode) => {
    const parentId = typeof dataNode.value === "string" ? dataNode.value : undefined;
    if (!parentId || nodes.some((node) => node.pId === parentId)) return;
    try {
      const page = await findOrgs({ parentId });
      setNodes((current) => {
        const known = new Set(current.map((node) => node.id));
        return [...current, ...page.items.filter((org) => !known.has(org.id)).map((org) => toFlatNode(org, parentId, isSelectable))];
      });
    } catch (error) {
      setLoadError(getErrorMessage(error));
    }
  };

  return (
    <TreeSelect<LabeledValue>
      id={id}
      treeDataSimpleMode
      treeData={nodes}
      loadData={handleLoadData}
      labelInValue
      value={value ? { value, label: nodes.find((node) => node.id === value)?.title ?? valueLabel ?? value } : undefined}
      onChange={(selected) => onChange?.(selected?.value)}
      placeholder={loadError ?? placeholder}
      status={loadError ? "error" : undefined}
      showSearch={{ treeNodeFilterProp: "title" }}
      allowClear
      styles={{ popup: { root: { maxHeight: 400, overflow: "auto" } } }}
      style={{ width: "100%" }}
    />
  );
}
