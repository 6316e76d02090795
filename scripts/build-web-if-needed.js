#!/usr/bin/env node
// Builds the web client (dist/web) when it is missing or older than its sources, so that
// `npm install && npm start` works with no separate build step (run by `prepare` and `start`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const output = path.join(root, "dist/web/index.html");
const sources = ["src/web", "src/shared", "vite.config.ts", "package-lock.json"].map((p) => path.join(root, p));

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

if (!existsSync(path.join(root, "node_modules/vite"))) {
  console.log("未安装 vite（生产依赖安装），跳过前端构建");
} else if (existsSync(output) && statSync(output).mtimeMs >= Math.max(...sources.map(newestMtime))) {
  console.log("前端已是最新构建（dist/web）");
} else {
  console.log("正在构建前端（vite build）…");
  execFileSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
}
