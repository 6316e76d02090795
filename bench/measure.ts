import { performance } from "node:perf_hooks";
import type { sql } from "drizzle-orm";
import type { Ctx } from "../src/server/http/context";

/** The rows of a raw query. */
export const rowsOf = async <T>(ctx: Ctx, query: ReturnType<typeof sql>) => ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
export async function medianMs(work: () => Promise<unknown>, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export function report(name: string, ms: number, baseline?: { name: string; ms: number }) {
  const tail = baseline ? `   ${baseline.name} ${fmt(baseline.ms)}, ratio ${ratio(ms, baseline.ms)}` : "";
  console.log(`  ${name.padEnd(44)} ${fmt(ms).padStart(10)}${tail}`);
}
