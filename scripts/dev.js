#!/usr/bin/env node
// Development: the API server restarting on change (tsx watch) and Vite with hot reload, which
// proxies /api to the server. Open the Vite URL.
import { spawn } from "node:child_process";

const run = (command, args) => spawn(command, args, { stdio: "inherit", env: { ...process.env, DANGJIAN_WEB_DIR: "/nonexistent" } });
const children = [run("npx", ["tsx", "watch", "src/server/cli.ts", "serve"]), run("npx", ["vite"])];
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => { stop(); process.exitCode = code ?? 0; });
