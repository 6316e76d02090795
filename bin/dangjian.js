#!/usr/bin/env node
// The `dangjian` command. The server runs from its TypeScript sources through tsx (see README).
import { register } from "tsx/esm/api";

register();
await import("../src/server/cli.ts");
