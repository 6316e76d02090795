import { Tooltip, theme } from "antd";
import type { GradeCounts } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, EVALUATION_GRADES } from "../../../../shared/org-life";
import { describeCounts, EMPTY, gradeBarColors } from "../evaluation-options";

/** A campaign's grade distribution as one thin stacked bar with the counts beside it. */
export function GradeBar({ counts }: { counts: GradeCounts | null }) {
  const { token } = theme.useToken();
  if (!counts) return <>{EMPTY}</>;
  const colors = gradeBarColors(token.colorPrimary);
  const total = EVALUATION_GRADES.reduce((sum, g) => sum + counts[g], 0);
  return (
    <Tooltip title={describeCounts(counts)}>
      <div style={{ display: "flex", alignItems: "center", gap: 8, minWidth: 180 }} aria-label={`评定结果：${describeCounts(counts)}`}>
        <div style={{ display: "flex", flex: 1, height: 10, borderRadius: 5, overflow: "hidden", background: token.colorFillSecondary }}>
          {total > 0 &&
            EVALUATION_GRADES.filter((g) => counts[g] > 0).map((g) => (
              <div key={g} title={`${EVALUATION_GRADE_LABELS[g]} ${counts[g]}`} style={{ width: `${(counts[g] / total) * 100}%`, background: colors[g] }} />
            ))}
        </div>
        <span style={{ whiteSpace: "nowrap", fontSize: 12, color: token.colorTextSecondary }}>
          优{counts.excellent} 合{counts.qualified} 基{counts.basically_qualified} 不{counts.unqualified}
        </span>
      </div>
    </Tooltip>
  );
}
