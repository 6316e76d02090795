import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built server,
// started here on a fresh temporary data dir with the demo data.
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = mkdtempSync(path.join(tmpdir(), "dangjian-e2e-"));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Generous limits, not measurements: CI machines are shared and noisy, and the development walk
  // (25 steps, two users) runs beside the other specs on two cores.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node bin/dangjian.js serve",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      DANGJIAN_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      // A web build outside dist/ (a helper's own `vite build --outDir`), when given.
      ...(process.env.DANGJIAN_WEB_DIR ? { DANGJIAN_WEB_DIR: process.env.DANGJIAN_WEB_DIR } : {}),
    },
  },
});
