import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/config";
import type { AppDeps, Ctx } from "../src/server/http/context";
import { systemCtx } from "../src/server/http/context";
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
  close(): Promise<void>;
}

/** The real application on a fresh database, for `app.inject()`; `logStream` receives its log lines. */
export async function buildTestApp(options: { logStream?: DestinationStream } = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const clock = createTestClock();
  const deps: AppDeps = {
    db: handle.db,
    databaseKind: handle.kind,
    config: { ...loadConfig({}), webDir: "/nonexistent" },
    clock: clock.now,
    pii: createPiiCipher(randomBytes(32)),
  };
  const app = await buildApp(deps, options);
  const system = systemCtx(deps, app.log);
  return {
    app,
    deps,
    system,
    clock,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
