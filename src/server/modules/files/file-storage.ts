import { randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Where the bytes of uploaded files live. The embedded default is a folder of the data dir
 * (`createLocalFileStorage`); a production deployment may put an object store behind the same
 * three calls. Keys are opaque and random (`createStorageKey`); names and types live in the
 * `files` table, never in the store.
 */
export interface FileStorage {
  /** Stores the whole stream under `key`, or nothing: a failed put leaves no bytes under the key. */
  put(key: string, source: Readable): Promise<void>;
  /** The bytes under `key`; rejects when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes under `key`; a key without bytes is not an error. */
  remove(key: string): Promise<void>;
}

export const createStorageKey = () => randomUUID();

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/;

/**
 * Files under `dir`, sharded by the key's first characters (`ab/cd/abcd…`) so no folder grows
 * huge. A put streams into `dir/tmp/` and renames into place at the end, so a half-written file
 * never has its final key.
 */
export function createLocalFileStorage(dir: string): FileStorage {
  const tmpDir = path.join(dir, "tmp");
  const pathOf = (key: string) => {
    // Keys come from createStorageKey; the check keeps a bad one from ever naming a path outside `dir`.
    if (!KEY_PATTERN.test(key)) throw new RangeError(`invalid storage key: ${key}`);
    return path.join(dir, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(key, source) {
      const target = pathOf(key);
      await mkdir(tmpDir, { recursive: true });
      const temp = path.join(tmpDir, `${key}.${randomBytes(4).toString("hex")}.part`);
      const writer = createWriteStream(temp, { flags: "wx" });
      try {
        await pipeline(source, writer);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(temp, target);
      } catch (error) {
        // A refused stream may fail before the file is even open: wait for it to close, then remove it.
        if (!writer.closed) await once(writer, "close").catch(() => undefined);
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      // Opened here, so a missing file rejects now rather than failing a response already under way.
      const handle = await open(pathOf(key), "r");
      return handle.createReadStream();
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
