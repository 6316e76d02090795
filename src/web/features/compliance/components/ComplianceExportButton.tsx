import type { MeetingType } from "../../../../shared/org-life";
import { ExportButton } from "../../../components/ExportButton";

/** 导出 Excel of the compliance matrix for the organization, year and (optionally) meeting type on screen. */
export function ComplianceExportButton({ orgId, year, type }: { orgId: string; year: number; type?: MeetingType }) {
  return <ExportButton path="/api/compliance/export" query={{ orgId, year, types: type }} fallbackName={`组织生活落实情况_${year}.xlsx`} />;
}
