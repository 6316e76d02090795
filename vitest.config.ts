import { defineConfig } from "vitest/config";

const pgUrl = process.env.DANGJIAN_TEST_DATABASE_URL;

// The server suite runs on a fresh in-memory PGlite per file, and again on PostgreSQL (a fresh
// database per file) when DANGJIAN_TEST_DATABASE_URL is set.
const serverProject = (name: string, database: string) => ({
  extends: true as const,
  test: {
    name,
    include: ["src/server/**/*.test.ts", "src/shared/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    env: { DANGJIAN_TEST_DB: database },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      serverProject("server", "pglite"),
      ...(pgUrl ? [{ ...serverProject("server-postgres", "postgres"), test: { ...serverProject("server-postgres", "postgres").test, include: ["src/server/**/*.test.ts", "test/**/*.test.ts"] } }] : []),
      {
        extends: true,
        test: { name: "web", include: ["src/web/**/*.test.{ts,tsx}"], environment: "jsdom" },
      },
    ],
  },
});
