import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { listStoredFiles } from "../../../../test/fixtures/files";
import { createLocalFileStorage, createStorageKey } from "./file-storage";

const dir = mkdtempSync(path.join(tmpdir(), "dj-storage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const storage = createLocalFileStorage(dir);

describe("createLocalFileStorage", () => {
  it("stores, reads back and removes bytes under sharded folders", async () => {
    const key = createStorageKey();
    await storage.put(key, Readable.from([Buffer.from("第一段"), Buffer.from("第二段")]));
    expect(listStoredFiles(dir)).toContain(path.join(key.slice(0, 2), key.slice(2, 4), key));
    expect(await text(await storage.get(key))).toBe("第一段第二段");
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: "ENOENT" });
    await storage.remove(key); // removing again is no error
  });

  it("keeps nothing, not even the temporary file, when the source fails midway", async () => {
    const key = createStorageKey();
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(100_000, 1);
        throw new Error("client went away");
      })(),
    );
    await expect(storage.put(key, failing)).rejects.toThrow("client went away");
    expect(listStoredFiles(dir).filter((f) => f.includes(key))).toEqual([]);
    await expect(storage.get(key)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses a key that could name a path outside its folder", async () => {
    for (const key of ["../../etc/passwd", "a/b", "", "短"]) {
      await expect(storage.get(key)).rejects.toThrow(RangeError);
      await expect(storage.remove(key)).rejects.toThrow(RangeError);
    }
  });
});
