import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import pg from "pg";
import { createDb, type DatabaseHandle } from "../src/server/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server of DANGJIAN_TEST_DATABASE_URL (the `server-postgres` project), dropped
 * on close. No test shares rows with another file.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.DANGJIAN_TEST_DB !== "postgres") {
    const handle = createDb({ template: await pgliteTemplate() });
    await handle.migrate();
    return handle;
  }
  const adminUrl = process.env.DANGJIAN_TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("DANGJIAN_TEST_DATABASE_URL is not set");
  return createScratchPostgres(adminUrl, `dangjian_test_${randomBytes(6).toString("hex")}`);
}

/** A new, migrated database `name` on the server of `adminUrl`, dropped on close (tests, bench). */
export async function createScratchPostgres(adminUrl: string, name: string): Promise<DatabaseHandle & { url: string }> {
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = createDb({ url: url.toString() });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The migrated database of test/global-setup.ts, loaded instead of running initdb and every
 * migration again in each file (a few seconds per file). Without it (a test run outside the
 * configured projects) a fresh database is migrated as before.
 */
async function pgliteTemplate(): Promise<Blob | undefined> {
  const file = inject("pgliteTemplate");
  return file ? new Blob([await readFile(file)]) : undefined;
}
