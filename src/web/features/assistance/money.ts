// Money on the web: the API speaks integer fen (分), people read and type yuan (元). Both ways go
// through strings and integers only, so no float ever rounds a cent away (0.1 + 0.2 ≠ 0.3).

/** The largest amount one visit carries, as the server's AID-07 (1 亿元). */
export const MAX_FEN = 10_000_000_000;
const MAX_YUAN_DIGITS = 9;

export type YuanParse = { ok: true; fen: number } | { ok: false; error: string };

/**
 * "1,234.5", "100.10", "¥20", "20元" → exact fen. Up to two decimals (a cent is the smallest unit);
 * never negative; at most 9 digits of yuan. An empty input is an error too: the caller decides
 * whether the amount is optional.
 */
export function parseYuanToFen(input: string): YuanParse {
  const text = input.trim().replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "").replace(/[,，\s]/g, "");
  if (text === "") return { ok: false, error: "请填写金额" };
  if (text.startsWith("-")) return { ok: false, error: "金额不能为负数" };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === "" && !match[2])) return { ok: false, error: "金额格式不正确，请填写数字，如 500 或 200.50" };
  const [, whole = "", cents = ""] = match;
  if (cents.length > 2) return { ok: false, error: "金额最多精确到分（两位小数）" };
  const yuanDigits = whole.replace(/^0+(?=\d)/, "");
  const tooMuch = { ok: false, error: "金额超过单笔上限（1亿元），请核对" } as const;
  // Nine digits of yuan keep every sum a safe integer; the limit itself is checked on the fen.
  if (yuanDigits.length > MAX_YUAN_DIGITS) return tooMuch;
  const fen = Number(yuanDigits || "0") * 100 + Number(cents.padEnd(2, "0"));
  return fen > MAX_FEN ? tooMuch : { ok: true, fen };
}

/** 123456 → "1,234.56"; thousands separated, always two decimals, from integers only. */
export function formatFenAsYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${yuan}.${String(abs % 100).padStart(2, "0")}`;
}

/** Fen back into the text a form edits: 10010 → "100.10" (no separators, so it parses again). */
export const fenToYuanInput = (fen: number | null | undefined): string => (fen === null || fen === undefined ? "" : formatFenAsYuan(fen).replaceAll(",", ""));

/** "¥1,234.56" or "—" for none. */
export const yuanLabel = (fen: number | null | undefined): string => (fen === null || fen === undefined ? "—" : `¥${formatFenAsYuan(fen)}`);
