import { maskIdNumber, maskPhone } from "../../../shared/id-number";
import { addMonths, chinaToday } from "../../../shared/dates";
import type { Ctx } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { loadRuleSetResolver } from "../development/development-rule-sets.service";
import { createRandom } from "../demo/random";
import { type DevelopmentCaseInsertRow, type MemberInsertRow, insertDevelopmentCaseBatch, insertMemberBatch, insertOrgBatch } from "./synthetic.repository";
import { generateSyntheticCases } from "./synthetic-development";
import { insertSyntheticMeetings } from "./synthetic-meetings";
import { generateSyntheticMembers } from "./synthetic-members";
import { buildSyntheticTree } from "./synthetic-tree";

export interface SyntheticOptions {
  committees: number;
  members: number;
  /** Development cases (发展党员) in the branches; about one per 50 members by default. */
  developmentCases?: number;
  seed?: number;
  batchSize?: number;
}

type Progress = (stage: string, done: number, total: number) => void;

/** Writes `rows` in batches of `batchSize`, reporting after each. */
async function insertInBatches<T>(rows: Iterable<T>, total: number, batchSize: number, insert: (batch: T[]) => Promise<void>, report: (done: number) => void) {
  let batch: T[] = [];
  let done = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === batchSize) {
      await insert(batch);
      done += batch.length;
      batch = [];
      report(done);
    }
  }
  if (batch.length) await insert(batch);
  report(total);
}

/**
 * A province-scale synthetic roster for measuring (`dangjian seed-synthetic`): organizations,
 * members and development cases written in large batches, with valid, encrypted ID numbers. For
 * benchmarks, never for use.
 */
export async function seedSynthetic(ctx: Ctx, options: SyntheticOptions, onProgress: Progress = () => {}) {
  const rng = createRandom(options.seed ?? 1);
  const batchSize = options.batchSize ?? 5000;
  const today = chinaToday(ctx.clock());
  const orgs = buildSyntheticTree(rng, options);
  for (let i = 0; i < orgs.length; i += batchSize) {
    await insertOrgBatch(ctx.db, orgs.slice(i, i + batchSize));
    onProgress("组织", Math.min(i + batchSize, orgs.length), orgs.length);
  }
  const holders = orgs.filter((o) => o.holdsMembers).map((o) => o.id);
  const members = function* (): Generator<MemberInsertRow> {
    for (const m of generateSyntheticMembers(rng, holders, options.members, today)) {
      yield {
        ...m,
        idNumberCipher: ctx.pii.encrypt(m.idNumber),
        idNumberHash: ctx.pii.lookupHash(m.idNumber),
        idNumberMasked: maskIdNumber(m.idNumber),
        phoneCipher: ctx.pii.encrypt(m.phone),
        phoneHash: ctx.pii.lookupHash(m.phone),
        phoneMasked: maskPhone(m.phone),
      };
    }
  };
  await insertInBatches(members(), options.members, batchSize, (batch) => insertMemberBatch(ctx.db, batch), (done) => onProgress("党员", done, options.members));

  // Development cases are handled by branches (the applicant's work, study or home branch, §5).
  const branches = orgs.filter((o) => o.kind === "branch").map((o) => o.id);
  const caseCount = options.developmentCases ?? Math.round(options.members / 50);
  const rules = { ruleSetOn: await loadRuleSetResolver(ctx.db), config: ctx.config.development };
  const cases = function* (): Generator<DevelopmentCaseInsertRow> {
    for (const c of generateSyntheticCases(rng, branches, caseCount, today, rules)) {
      const { idNumber, phone, ...rest } = c;
      yield {
        ...rest,
        idNumberCipher: ctx.pii.encrypt(idNumber),
        idNumberHash: ctx.pii.lookupHash(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        phoneCipher: ctx.pii.encrypt(phone),
        phoneHash: ctx.pii.lookupHash(phone),
        phoneMasked: maskPhone(phone),
      };
    }
  };
  await insertInBatches(cases(), caseCount, batchSize, (batch) => insertDevelopmentCaseBatch(ctx.db, batch), (done) => onProgress("发展党员", done, caseCount));

  // Twelve months of organizational life up to today, in SQL (synthetic-meetings): meeting rows only.
  onProgress("组织生活会议", 0, 1);
  const { meetings } = await insertSyntheticMeetings(ctx.db, { path: "/", from: addMonths(today, -12), to: today, seed: options.seed ?? 1 });
  onProgress("组织生活会议", meetings, meetings);

  const summary = { orgs: orgs.length, members: options.members, developmentCases: caseCount, meetings, rootCode: "SYN" };
  await recordAudit(ctx.db, ctx, { action: "seed.synthetic", entityType: "system", after: summary });
  return summary;
}
