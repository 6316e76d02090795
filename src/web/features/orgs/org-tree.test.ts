import { describe, expect, it } from "vitest";
import type { Org } from "../../../shared/contracts/orgs.contract";
import { findTreeNode, setTreeChildren, toTreeNode, updateTreeOrg } from "./org-tree";

const org = (id: string, overrides: Partial<Org> = {}): Org => ({
  id,
  code: id,
  name: `组织${id}`,
  kind: "branch",
  domain: null,
  unitName: null,
  parentId: null,
  hasChildren: false,
  dissolvedAt: null,
  ...overrides,
});

describe("org tree", () => {
  it("marks organizations without children as leaves", () => {
    expect(toTreeNode(org("a")).isLeaf).toBe(true);
    expect(toTreeNode(org("b", { hasChildren: true })).isLeaf).toBe(false);
  });

  it("puts children under their parent and keeps the open subtrees of those that stay", () => {
    let tree = [toTreeNode(org("root", { hasChildren: true, kind: "committee" }))];
    tree = setTreeChildren(tree, "root", [org("a", { hasChildren: true }), org("b")]);
    tree = setTreeChildren(tree, "a", [org("a1")]);
    expect(findTreeNode(tree, "a1")?.org.name).toBe("组织a1");

    tree = setTreeChildren(tree, "root", [org("a", { hasChildren: true }), org("b"), org("c")]);
    expect(findTreeNode(tree, "root")?.children?.map((n) => n.key)).toEqual(["a", "b", "c"]);
    expect(findTreeNode(tree, "a1")).toBeDefined();
  });

  it("turns a leaf into a parent when its first child is created", () => {
    let tree = [toTreeNode(org("root"))];
    tree = setTreeChildren(tree, "root", [org("a")]);
    expect(findTreeNode(tree, "root")).toMatchObject({ isLeaf: false, org: { hasChildren: true } });
  });

  it("renames a node in place without losing its children", () => {
    let tree = [toTreeNode(org("root", { hasChildren: true }))];
    tree = setTreeChildren(tree, "root", [org("a")]);
    tree = updateTreeOrg(tree, org("root", { name: "新名称", hasChildren: false }));
    expect(findTreeNode(tree, "root")).toMatchObject({ org: { name: "新名称", hasChildren: true } });
    expect(findTreeNode(tree, "a")).toBeDefined();
  });
});
