import { App } from "antd";
import { useCallback, useEffect, useState } from "react";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import { type ApiError, getErrorMessage, isApiError } from "../../../lib/api-client";
import { findAllChildOrgs, findRootOrgs } from "../api";
import { type OrgTreeNode, setTreeChildren, toTreeNode, updateTreeOrg } from "../org-tree";

/** The scope's organization tree, loaded level by level as the user opens it; dissolved ones on request. */
export function useOrgTree(includeDissolved = false) {
  const { message } = App.useApp();
  const [nodes, setNodes] = useState<OrgTreeNode[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    let isCancelled = false;
    setIsLoading(true);
    setLoadedKeys([]);
    findRootOrgs(includeDissolved).then(
      (roots) => {
        if (isCancelled) return;
        setNodes(roots.map(toTreeNode));
        // One root (the usual case): open it so the user sees its branches straight away.
        const [onlyRoot] = roots;
        if (roots.length === 1 && onlyRoot?.hasChildren) setExpandedKeys([onlyRoot.id]);
        setIsLoading(false);
      },
      (err: unknown) => {
        if (isCancelled) return;
        setError(isApiError(err) ? err : undefined);
        setIsLoading(false);
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [includeDissolved]);

  const loadChildren = useCallback(
    async (parentId: string) => {
      const children = await findAllChildOrgs(parentId, includeDissolved);
      setNodes((current) => setTreeChildren(current, parentId, children));
      setLoadedKeys((current) => (current.includes(parentId) ? current : [...current, parentId]));
    },
    [includeDissolved],
  );

  /** For the Tree's loadData: on failure, close the node so opening it again retries. */
  const handleLoadData = useCallback(
    async (node: OrgTreeNode) => {
      try {
        await loadChildren(node.key);
      } catch (err) {
        message.error(getErrorMessage(err));
        setExpandedKeys((current) => current.filter((key) => key !== node.key));
      }
    },
    [loadChildren, message],
  );

  /** After a child is created: reload the parent's children and open it. */
  const refreshChildren = useCallback(
    async (parentId: string) => {
      await loadChildren(parentId);
      setExpandedKeys((current) => (current.includes(parentId) ? current : [...current, parentId]));
    },
    [loadChildren],
  );

  const updateOrg = useCallback((org: Org) => setNodes((current) => updateTreeOrg(current, org)), []);

  return { nodes, expandedKeys, setExpandedKeys, loadedKeys, isLoading, error, handleLoadData, refreshChildren, updateOrg };
}

export type OrgTreeState = ReturnType<typeof useOrgTree>;
