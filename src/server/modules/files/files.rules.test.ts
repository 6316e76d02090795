import { describe, expect, it } from "vitest";
import { SAMPLE_PDF, SAMPLE_PNG } from "../../../../test/fixtures/files";
import { MAX_FILE_NAME_LENGTH, asciiFileName, attachmentDisposition, fileTypeOfName, hasSignature, sanitizeFileName, uniqueFileNames } from "./files.rules";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ZIP_HEAD = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
const JPEG_HEAD = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46);

describe("fileTypeOfName: only PDF, JPG, PNG, .docx and .xlsx, by extension", () => {
  it("knows the allowed extensions, in any case", () => {
    expect(["入党申请书.pdf", "a.JPG", "a.jpeg", "照片.Png", "思想汇报.docx", "名单.XLSX"].map(fileTypeOfName)).toEqual(["pdf", "jpeg", "jpeg", "png", "docx", "xlsx"]);
  });
  it("refuses everything else, old Office formats and bare extensions included", () => {
    expect(["a.doc", "a.xls", "a.exe", "a.pdf.exe", "a.html", "a.svg", "pdf", ".pdf", "a"].map(fileTypeOfName)).toEqual(Array(9).fill(null));
  });
});

describe("hasSignature: the first bytes must be the claimed type's", () => {
  it("accepts real samples and the zip head of Office packages", () => {
    expect(hasSignature("pdf", SAMPLE_PDF)).toBe(true);
    expect(hasSignature("png", SAMPLE_PNG)).toBe(true);
    expect(hasSignature("jpeg", JPEG_HEAD)).toBe(true);
    expect(hasSignature("docx", ZIP_HEAD)).toBe(true);
    expect(hasSignature("xlsx", ZIP_HEAD)).toBe(true);
  });
  it("refuses another type's bytes, text, and heads too short to tell", () => {
    expect(hasSignature("pdf", SAMPLE_PNG)).toBe(false);
    expect(hasSignature("png", JPEG_HEAD)).toBe(false);
    expect(hasSignature("docx", SAMPLE_PDF)).toBe(false);
    expect(hasSignature("pdf", Buffer.from("<html><script>"))).toBe(false);
    expect(hasSignature("png", SAMPLE_PNG.subarray(0, 7))).toBe(false);
    expect(hasSignature("pdf", bytes())).toBe(false);
  });
});

describe("sanitizeFileName", () => {
  it("keeps only the last path segment, with either slash", () => {
    expect(sanitizeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\张三\\入党申请书.pdf")).toBe("入党申请书.pdf");
  });
  it("drops control characters and bidirectional overrides, and trims", () => {
    expect(sanitizeFileName(" 思想\u0000汇报\n.pdf ")).toBe("思想汇报.pdf");
    expect(sanitizeFileName("报告\u202Efdp.exe")).toBe("报告fdp.exe");
  });
  it("answers empty for nothing left, '.' and '..'", () => {
    expect(["", "  ", "a/", "..", ".", "\u0001"].map(sanitizeFileName)).toEqual(["", "", "", "", "", ""]);
  });
  it("cuts long names to 100 characters, keeping the extension and whole characters", () => {
    const long = sanitizeFileName(`${"党".repeat(150)}.docx`);
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith("党.docx")).toBe(true);
    const emoji = sanitizeFileName("😀".repeat(120));
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toBe("😀".repeat(MAX_FILE_NAME_LENGTH));
  });
});

describe("uniqueFileNames (zip entries)", () => {
  it("numbers repeats before the extension, ignoring case", () => {
    expect(uniqueFileNames(["自传.pdf", "自传.pdf", "A.png", "a.PNG", "自传 (2).pdf", "无扩展名", "无扩展名"])).toEqual([
      "自传.pdf",
      "自传 (2).pdf",
      "A.png",
      "a (2).PNG",
      "自传 (2) (2).pdf",
      "无扩展名",
      "无扩展名 (2)",
    ]);
  });
  it("never lets a path or an empty name into the zip", () => {
    expect(uniqueFileNames(["../../x.pdf", "", ""])).toEqual(["x.pdf", "文件", "文件 (2)"]);
  });
});

describe("Content-Disposition", () => {
  it("sends the UTF-8 name as filename* (RFC 5987) with an ASCII fallback", () => {
    expect(attachmentDisposition("入党申请书(1).pdf")).toBe(
      "attachment; filename=\"1.pdf\"; filename*=UTF-8''%E5%85%A5%E5%85%9A%E7%94%B3%E8%AF%B7%E4%B9%A6%281%29.pdf",
    );
    expect(asciiFileName("入党申请书.pdf")).toBe("file.pdf");
    expect(asciiFileName('report "final".docx')).toBe("report final.docx");
  });
});
