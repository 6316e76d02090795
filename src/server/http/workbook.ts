import type ExcelJS from "exceljs";

/** The pale party red of every export's header row. */
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9E7" } };

export interface SheetColumn {
  header: string;
  width: number;
  numFmt?: string;
}

/** Sets a streamed sheet's columns and writes its bold, centred, filled header row. */
export function writeHeaderRow(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[]) {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : undefined }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  row.commit();
}
