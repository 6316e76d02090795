import { Tag } from "antd";
import { ORG_KIND_LABELS, type OrgKind } from "../../../../shared/domain";

// Warmer colours for the levels that lead, cooler ones for the smaller units.
const KIND_COLORS: Record<OrgKind, string> = {
  committee: "red",
  general_branch: "volcano",
  branch: "orange",
  joint_branch: "gold",
  temporary_branch: "cyan",
  group: "default",
};

export function OrgKindTag({ kind }: { kind: OrgKind }) {
  return (
    <Tag color={KIND_COLORS[kind]} variant="filled" style={{ marginInlineStart: 6, marginInlineEnd: 0, fontSize: 12 }}>
      {ORG_KIND_LABELS[kind]}
    </Tag>
  );
}
