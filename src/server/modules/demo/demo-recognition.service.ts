import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";

export interface DemoCareRefs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

/** The demo's recognition (创先争优), as of the demo date (2026-11-25). Returns the counts for the seed's summary. */
export async function seedDemoRecognition(_tx: Executor, _ctx: Ctx, _refs: DemoCareRefs): Promise<Record<string, number>> {
  return {};
}
