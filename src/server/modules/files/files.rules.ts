/**
 * What an uploaded document may be (issue 5: "size and type limits"). Pure: the service streams the
 * bytes and asks these functions. A type is accepted only when the name's extension AND the first
 * bytes agree; the mimetype the browser declares is never trusted, and the stored one comes from here.
 */

export const FILE_TYPES = {
  pdf: { extensions: [".pdf"], mimeType: "application/pdf", label: "PDF" },
  jpeg: { extensions: [".jpg", ".jpeg"], mimeType: "image/jpeg", label: "JPG" },
  png: { extensions: [".png"], mimeType: "image/png", label: "PNG" },
  docx: { extensions: [".docx"], mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word（.docx）" },
  xlsx: { extensions: [".xlsx"], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel（.xlsx）" },
} as const;
export type FileType = keyof typeof FILE_TYPES;

/** "PDF、JPG、PNG、Word（.docx）、Excel（.xlsx）", for messages. */
export const ALLOWED_TYPES_LABEL = Object.values(FILE_TYPES)
  .map((t) => t.label)
  .join("、");

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": .docx and .xlsx are zip packages (ECMA-376 Part 2)
const SIGNATURES: Record<FileType, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // "%PDF-"
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  docx: ZIP,
  xlsx: ZIP,
};

/** How many leading bytes `hasSignature` needs to decide. */
export const SIGNATURE_LENGTH = Math.max(...Object.values(SIGNATURES).map((s) => s.length));

/** The type a (sanitized) name's extension claims, or null when it is not an allowed one. */
export function fileTypeOfName(name: string): FileType | null {
  const lower = name.toLowerCase();
  for (const [type, spec] of Object.entries(FILE_TYPES) as [FileType, (typeof FILE_TYPES)[FileType]][]) {
    if (spec.extensions.some((ext) => lower.length > ext.length && lower.endsWith(ext))) return type;
  }
  return null;
}

/** Whether the first bytes of a file are those of `type` (its "magic bytes"). */
export function hasSignature(type: FileType, head: Uint8Array): boolean {
  const signature = SIGNATURES[type];
  return head.length >= signature.length && signature.every((byte, i) => head[i] === byte);
}

export const MAX_FILE_NAME_LENGTH = 100;

// C0/C1 controls, and the bidirectional overrides that make "文件‮fdp.exe" read as "文件exe.pdf".
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name safe to store, show and put in a zip or a header: the last path segment only (either
 * slash), no control characters, trimmed, at most 100 characters with the extension kept.
 * Answers "" when nothing is left.
 */
export function sanitizeFileName(raw: string): string {
  const segment = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = segment.replace(UNSAFE_CHARS, "").trim();
  if (cleaned === "." || cleaned === "..") return "";
  const chars = Array.from(cleaned); // code points: never cut a character in half
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  if (ext.length === 0 || ext.length > 10) return chars.slice(0, MAX_FILE_NAME_LENGTH).join("");
  const base = Array.from(cleaned.slice(0, dot));
  return base.slice(0, MAX_FILE_NAME_LENGTH - ext.length).join("").trimEnd() + ext.join("");
}

/**
 * Names unique within one zip, compared case-insensitively (Windows and macOS unzip that way):
 * the second "自传.pdf" becomes "自传 (2).pdf". Empty names become "文件".
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const name = sanitizeFileName(raw) || "文件";
    const dot = name.lastIndexOf(".");
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** An ASCII-only stand-in for the old `filename=` parameter; the real name goes in `filename*`. */
export function asciiFileName(name: string, fallback = "file"): string {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && /^\.[A-Za-z0-9]{1,10}$/.test(name.slice(dot)) ? name.slice(dot) : "";
  const base = (dot > 0 && ext ? name.slice(0, dot) : name).replace(/[^A-Za-z0-9._ -]/g, "").trim();
  return `${base || fallback}${ext}`;
}

/** `attachment` with the UTF-8 name (RFC 5987/6266) and an ASCII fallback for old clients. */
export function attachmentDisposition(name: string, asciiFallback = asciiFileName(name)): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/["\\]/g, "")}"; filename*=UTF-8''${encoded}`;
}
