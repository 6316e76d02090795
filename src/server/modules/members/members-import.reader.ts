import { type Readable, Transform, pipeline } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import { cellText } from "./members-import.rows";
import { COLUMN_BY_HEADER, type MemberColumnKey } from "./members-excel.columns";

export type RosterItem =
  | { type: "header"; columns: ReadonlySet<MemberColumnKey>; isDate1904: boolean }
  | { type: "row"; row: number; cells: Map<MemberColumnKey, unknown> };

/** The first bytes of every .xlsx (a zip archive): PK\x03\x04. An .xls starts with D0 CF 11 E0. */
export const isZipArchive = (head: Buffer) => head.length >= 4 && head.readUInt32BE(0) === 0x504b0304;
export const isLegacyXls = (head: Buffer) => head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0;

/**
 * Streams the roster sheet of a workbook: exceljs's streaming reader hands over one row at a time,
 * so a 100,000-row file is never held as a workbook model, only as the rows the import keeps.
 * The roster is the first sheet whose first non-empty row carries 姓名 and 身份证号 (the template's
 * 说明 and 选项 sheets, or any sheet a user adds, are skipped); unknown columns are ignored.
 * Yields one "header" item, then the non-empty rows; nothing at all when no sheet has the header.
 */
export async function* readRosterSheet(source: Readable): AsyncGenerator<RosterItem> {
  const reader = new Utf8SafeWorkbookReader(source, {
    sharedStrings: "cache",
    // Styles are not needed: dates arrive as day numbers, which the row parser converts.
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  let isFound = false;
  for await (const sheet of reader) {
    let columns: Map<number, MemberColumnKey> | null = null;
    let isPastFirstRow = false;
    // Every sheet is read to its end, even the ones skipped: the zip stream must be drained.
    for await (const row of sheet) {
      if (isFound && !columns) continue;
      const values = row.values as unknown[];
      if (!columns) {
        if (isPastFirstRow || values.every((v) => cellText(v) === "")) continue;
        isPastFirstRow = true;
        columns = matchHeader(values);
        if (!columns) continue;
        isFound = true;
        const properties = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties;
        yield { type: "header", columns: new Set(columns.values()), isDate1904: properties?.model?.date1904 === true };
        continue;
      }
      const cells = new Map<MemberColumnKey, unknown>();
      let isEmpty = true;
      for (const [index, key] of columns) {
        const value = values[index] ?? null;
        if (isEmpty && cellText(value) !== "") isEmpty = false;
        cells.set(key, value);
      }
      if (!isEmpty) yield { type: "row", row: row.number, cells };
    }
  }
}

/** Column index → key for the known headers; null unless it looks like the roster's header row. */
function matchHeader(values: unknown[]): Map<number, MemberColumnKey> | null {
  const columns = new Map<number, MemberColumnKey>();
  const seen = new Set<MemberColumnKey>();
  values.forEach((value, index) => {
    // Tolerate a required-field star or spaces that people add to headers.
    const column = COLUMN_BY_HEADER.get(cellText(value).replace(/[\s*＊]/g, ""));
    if (column && !seen.has(column.key)) {
      seen.add(column.key);
      columns.set(index, column.key);
    }
  });
  return seen.has("name") && seen.has("idNumber") ? columns : null;
}

/**
 * exceljs 4.4 decodes each inflated chunk of a sheet on its own (utils/parse-sax.js), so a Chinese
 * character whose three UTF-8 bytes straddle two chunks turns into "��": about one row in 500 of
 * a Chinese roster, silently. The shared strings and the sheets are fed to it as text decoded across
 * chunk boundaries instead; its parser takes strings as they are. (The workbook and relationship
 * parts keep the flaw, but only sheet names come from them, which the import does not use.)
 */
class Utf8SafeWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(...args: ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>) {
    super(...args);
    const inner = this as unknown as Internals;
    const parseSharedStrings = inner._parseSharedStrings.bind(this);
    const parseWorksheet = inner._parseWorksheet.bind(this);
    // pipeline, not pipe: a broken archive's error must reach the parser, or the read would hang.
    inner._parseSharedStrings = (entry) => parseSharedStrings(pipeline(entry, utf8Decoder(), () => {}));
    inner._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodeUtf8(iterator), sheetNo);
  }
}

interface Internals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

const utf8Decoder = () => {
  const decoder = new StringDecoder("utf8");
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.write(chunk);
      done(null, text || undefined);
    },
    flush(done) {
      done(null, decoder.end() || undefined);
    },
  });
};

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
