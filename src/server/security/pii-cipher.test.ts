import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPiiCipher, loadPiiKey } from "./pii-cipher";

describe("PII cipher", () => {
  const cipher = createPiiCipher(randomBytes(32));

  it("round-trips and never stores the plain value", () => {
    const stored = cipher.encrypt("11010519491231002X");
    expect(stored).not.toContain("11010519491231002X");
    expect(cipher.decrypt(stored)).toBe("11010519491231002X");
  });
  it("uses a fresh IV each time but a stable lookup hash", () => {
    expect(cipher.encrypt("13800001234")).not.toBe(cipher.encrypt("13800001234"));
    expect(cipher.lookupHash("13800001234")).toBe(cipher.lookupHash("13800001234"));
    expect(cipher.lookupHash("13800001234")).not.toBe(cipher.lookupHash("13800001235"));
  });
  it("rejects tampered data and a different key", () => {
    const stored = cipher.encrypt("secret");
    const parts = stored.split(":");
    parts[3] = Buffer.from("SECRET").toString("base64");
    expect(() => cipher.decrypt(parts.join(":"))).toThrow();
    expect(() => createPiiCipher(randomBytes(32)).decrypt(stored)).toThrow();
  });
  it("creates a key file once and reuses it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dj-key-"));
    const first = loadPiiKey(undefined, dir);
    expect(first).toHaveLength(32);
    expect(loadPiiKey(undefined, dir).equals(first)).toBe(true);
    expect(readFileSync(path.join(dir, "secret.key"), "utf8")).toBe(first.toString("base64"));
  });
});
