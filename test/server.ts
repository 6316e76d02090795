import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp } from "../src/server/app";
import { type Config, loadConfig } from "../src/server/config";
import type { AppDeps, Ctx } from "../src/server/http/context";
import { systemCtx } from "../src/server/http/context";
import { createLocalFileStorage } from "../src/server/modules/files/file-storage";
import { createPiiCipher } from "../src/server/security/pii-cipher";
import { createTestDatabase } from "./db";

/** A clock the test moves by hand. */
export function createTestClock(start = "2026-11-25T08:00:00Z") {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advanceMinutes: (minutes: number) => {
      now += minutes * 60_000;
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  system: Ctx;
  clock: ReturnType<typeof createTestClock>;
  /** The folder of the app's file storage (a fresh temp dir, removed on close). */
  filesDir: string;
  close(): Promise<void>;
}

/**
 * The real application on a fresh database, for `app.inject()`; `logStream` receives its log lines,
 * `config` overrides settings (e.g. a small upload limit).
 */
export async function buildTestApp(options: { logStream?: DestinationStream; config?: Partial<Config> } = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const clock = createTestClock();
  const filesDir = mkdtempSync(path.join(tmpdir(), "dj-files-"));
  const deps: AppDeps = {
    db: handle.db,
    databaseKind: handle.kind,
    config: { ...loadConfig({}), webDir: "/nonexistent", ...options.config },
    clock: clock.now,
    pii: createPiiCipher(randomBytes(32)),
    files: createLocalFileStorage(filesDir),
  };
  const app = await buildApp(deps, { logStream: options.logStream });
  const system = systemCtx(deps, app.log);
  return {
    app,
    deps,
    system,
    clock,
    filesDir,
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
