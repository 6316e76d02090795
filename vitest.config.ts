import { defineConfig } from "vitest/config";

const serverTests = ["src/server/**/*.test.ts", "src/shared/**/*.test.ts", "test/**/*.test.ts"];
const databaseTests = ["src/server/**/*.{routes,service,repository}.test.ts", "test/**/*.test.ts"];

// The server suite runs on a fresh in-memory PGlite per file, and again on PostgreSQL (a fresh
// database per file) when DANGJIAN_TEST_DATABASE_URL is set.
const serverProject = (name: string, database: "pglite" | "postgres", include: string[]) => ({
  extends: true as const,
  test: {
    name,
    include,
    environment: "node",
    env: { DANGJIAN_TEST_DB: database },
    globalSetup: database === "pglite" ? ["test/global-setup.ts"] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      serverProject("server", "pglite", serverTests),
      // Pure rule tests need no second run; everything that touches the database gets one.
      ...(process.env.DANGJIAN_TEST_DATABASE_URL ? [serverProject("server-postgres", "postgres", databaseTests)] : []),
      { extends: true, test: { name: "web", include: ["src/web/**/*.test.{ts,tsx}"], environment: "jsdom" } },
    ],
  },
});
