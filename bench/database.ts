import pg from "pg";
import { createDb, type DatabaseHandle } from "../src/server/db/client";

/** A fresh PostgreSQL database for one bench run, dropped at the end. */
export async function createBenchDatabase(adminUrl: string): Promise<DatabaseHandle & { url: string }> {
  const name = `dangjian_bench_${Date.now()}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = createDb({ url: url.toString() });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
