import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Column-level protection of personal information (rules.md §7.2, PIPL §51): AES-256-GCM for the
 * value, HMAC-SHA256 for exact-match lookup and uniqueness without querying plaintext.
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash for lookup; equal inputs give equal hashes. */
  lookupHash(plain: string): string;
}

export function createPiiCipher(key: Buffer): PiiCipher {
  if (key.length !== 32) throw new Error("个人信息加密密钥必须为 32 字节");
  const encKey = createHmac("sha256", key).update("dangjian:pii:enc").digest();
  const macKey = createHmac("sha256", key).update("dangjian:pii:mac").digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
    },
    decrypt(stored) {
      const [version, iv, tag, body] = stored.split(":");
      if (version !== "v1" || !iv || !tag || !body) throw new Error("无法识别的加密数据格式");
      const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    },
    lookupHash(plain) {
      return createHmac("sha256", macKey).update(plain).digest("base64url");
    },
  };
}

/**
 * The key: DANGJIAN_SECRET_KEY (base64 of 32 bytes) when set, as production should; else a key
 * file made once in the data dir, so the embedded default needs no set-up.
 */
export function loadPiiKey(secretKey: string | undefined, dataDir: string): Buffer {
  if (secretKey) return Buffer.from(secretKey, "base64");
  const file = path.join(dataDir, "secret.key");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
}
