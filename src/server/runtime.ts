import pino from "pino";
import type { Config } from "./config";
import { createDb, type DatabaseHandle } from "./db/client";
import type { AppDeps } from "./http/context";
import { createLocalFileStorage } from "./modules/files/file-storage";
import { createPiiCipher, loadPiiKey } from "./security/pii-cipher";

export const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });

/** Opens the configured database, applies migrations, and assembles the app's dependencies. */
export async function openRuntime(config: Config): Promise<{ deps: AppDeps; handle: DatabaseHandle }> {
  const handle = createDb({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite` });
  await handle.migrate();
  const deps: AppDeps = {
    db: handle.db,
    databaseKind: handle.kind,
    config,
    clock: () => new Date(),
    pii: createPiiCipher(loadPiiKey(config.secretKey, config.dataDir)),
    files: createLocalFileStorage(`${config.dataDir}/files`),
  };
  return { deps, handle };
}
