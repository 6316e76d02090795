import type { Org } from "../../../shared/contracts/orgs.contract";

/** A node of the lazily loaded tree; `children` stays undefined until the node is expanded. */
export interface OrgTreeNode {
  key: string;
  org: Org;
  isLeaf: boolean;
  children?: OrgTreeNode[];
}

export const toTreeNode = (org: Org): OrgTreeNode => ({ key: org.id, org, isLeaf: !org.hasChildren });

function mapTree(nodes: OrgTreeNode[], update: (node: OrgTreeNode) => OrgTreeNode): OrgTreeNode[] {
  return nodes.map((node) => {
    const updated = update(node);
    return updated.children ? { ...updated, children: mapTree(updated.children, update) } : updated;
  });
}

export function findTreeNode(nodes: OrgTreeNode[], key: string): OrgTreeNode | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    const found = node.children && findTreeNode(node.children, key);
    if (found) return found;
  }
  return undefined;
}

/** Puts freshly loaded children under a parent, keeping the subtrees of children that were already open. */
export function setTreeChildren(nodes: OrgTreeNode[], parentId: string, children: Org[]): OrgTreeNode[] {
  return mapTree(nodes, (node) => {
    if (node.key !== parentId) return node;
    const previous = new Map((node.children ?? []).map((child) => [child.key, child]));
    return {
      ...node,
      org: { ...node.org, hasChildren: children.length > 0 },
      isLeaf: children.length === 0,
      children: children.map((org) => ({ ...toTreeNode(org), children: previous.get(org.id)?.children })),
    };
  });
}

/** Shows an edited organization's new name without reloading the tree. */
export function updateTreeOrg(nodes: OrgTreeNode[], org: Org): OrgTreeNode[] {
  return mapTree(nodes, (node) => (node.key === org.id ? { ...node, org: { ...org, hasChildren: node.org.hasChildren } } : node));
}
