import { Tag } from "antd";
import { CARE_RECIPIENT_KIND_LABELS, type CareRecipientKind, VISIT_KIND_LABELS, type VisitKind } from "../../../../shared/care";
import { RECIPIENT_KIND_COLORS, VISIT_KIND_COLORS } from "../assistance-display";

/** Why a person is cared for: the short label lists show. */
export function KindTags({ kinds }: { kinds: readonly CareRecipientKind[] }) {
  return (
    <>
      {kinds.map((kind) => (
        <Tag key={kind} color={RECIPIENT_KIND_COLORS[kind]} style={{ marginInlineEnd: 4 }}>
          {CARE_RECIPIENT_KIND_LABELS[kind]}
        </Tag>
      ))}
    </>
  );
}

export const VisitKindTag = ({ kind }: { kind: VisitKind }) => <Tag color={VISIT_KIND_COLORS[kind]}>{VISIT_KIND_LABELS[kind]}</Tag>;
