import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../src/server/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | undefined;
  }
}

const migrationsDir = path.join(import.meta.dirname, "../src/server/db/migrations");

/**
 * Migrates one PGlite database once per run and keeps its data dir as a tarball named by the
 * migrations' hash; every test file starts its own fresh database from it (test/db.ts).
 */
export default async function setup(project: TestProject) {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsDir, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsDir, file);
    if (file.endsWith(".sql") || file.endsWith(".json")) hash.update(file).update(readFileSync(full));
  }
  const file = path.join(tmpdir(), `dangjian-pglite-${hash.digest("hex").slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const handle = createDb({});
    await handle.migrate();
    const dump = await handle.dump!();
    await handle.close();
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    const { rename } = await import("node:fs/promises");
    await rename(partial, file);
  }
  project.provide("pgliteTemplate", file);
}
