import { maskIdNumber, maskPhone } from "../../../shared/id-number";
import { chinaToday } from "../../../shared/dates";
import type { Ctx } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { createRandom } from "../demo/random";
import { type MemberInsertRow, insertMemberBatch, insertOrgBatch } from "./synthetic.repository";
import { generateSyntheticMembers } from "./synthetic-members";
import { buildSyntheticTree } from "./synthetic-tree";

export interface SyntheticOptions {
  committees: number;
  members: number;
  seed?: number;
  batchSize?: number;
}

/**
 * A province-scale synthetic roster for measuring (`dangjian seed-synthetic`): organizations and
 * members written in large batches, with valid, encrypted ID numbers. For benchmarks, never for use.
 */
export async function seedSynthetic(ctx: Ctx, options: SyntheticOptions, onProgress: (stage: string, done: number, total: number) => void = () => {}) {
  const rng = createRandom(options.seed ?? 1);
  const batchSize = options.batchSize ?? 5000;
  const orgs = buildSyntheticTree(rng, options);
  for (let i = 0; i < orgs.length; i += batchSize) {
    await insertOrgBatch(ctx.db, orgs.slice(i, i + batchSize));
    onProgress("组织", Math.min(i + batchSize, orgs.length), orgs.length);
  }
  const holders = orgs.filter((o) => o.holdsMembers).map((o) => o.id);
  let batch: MemberInsertRow[] = [];
  let done = 0;
  for (const m of generateSyntheticMembers(rng, holders, options.members, chinaToday(ctx.clock()))) {
    batch.push({
      ...m,
      idNumberCipher: ctx.pii.encrypt(m.idNumber),
      idNumberHash: ctx.pii.lookupHash(m.idNumber),
      idNumberMasked: maskIdNumber(m.idNumber),
      phoneCipher: ctx.pii.encrypt(m.phone),
      phoneHash: ctx.pii.lookupHash(m.phone),
      phoneMasked: maskPhone(m.phone),
    });
    if (batch.length === batchSize) {
      await insertMemberBatch(ctx.db, batch);
      done += batch.length;
      batch = [];
      onProgress("党员", done, options.members);
    }
  }
  if (batch.length) await insertMemberBatch(ctx.db, batch);
  onProgress("党员", options.members, options.members);
  const summary = { orgs: orgs.length, members: options.members, rootCode: "SYN" };
  await recordAudit(ctx.db, ctx, { action: "seed.synthetic", entityType: "system", after: summary });
  return summary;
}
