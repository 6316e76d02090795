import { ExportButton } from "../../../components/ExportButton";
import { PROJECT_EXPORT_PATH } from "../api-evaluation";

/** 导出 Excel of the secretaries' projects of the organization's subtree for the year (the board's workbook). */
export function ProjectExportButton({ orgId, year }: { orgId: string | undefined; year: number }) {
  return <ExportButton path={PROJECT_EXPORT_PATH} query={{ orgId, year }} fallbackName={`书记项目_${year}.xlsx`} />;
}
