// The demo roster's lifecycle events (rules.md §5): some villagers and residents working away as
// mobile members, a few lost-contact members (one of them suspended, LC-01), and one transfer between
// two village branches waiting to be accepted. The seed records them through the events service, so
// they obey the same rules as any other.
import { addDays, addMonths } from "../../../shared/dates";
import { ageOn } from "../../../shared/id-number";
import type { DemoMember } from "./demo-dataset";
import type { Random } from "./random";

export type DemoEvent =
  | { type: "mobile_registered"; occurredOn: string; reason: string; destination: string; cardNumber: string }
  | { type: "lost_contact"; occurredOn: string; reason: string }
  | { type: "suspended"; occurredOn: string; reason: string }
  | { type: "transfer_out"; occurredOn: string; reason: string; toOrgCode: string; letterNumber: string };

const DESTINATIONS = ["浙江省杭州市余杭区", "上海市嘉定区", "江苏省苏州市昆山市", "浙江省宁波市北仑区", "浙江省湖州市吴兴区"];
const MOBILE_REASONS = ["外出务工", "外出经商", "随子女外出居住"];

/** Who may get an event: a full member of a village or community branch, holding no post, converted long enough ago. */
export interface LifecycleCandidate {
  member: DemoMember;
  isLocalResident: boolean;
}

/** The transfer waiting in the demo: from 溪口村 to 青山村, so 青山村's secretary has one to accept. */
export const DEMO_TRANSFER = { fromBranch: "QS-CUN02", toOrgCode: "QS-CUN01" } as const;

/** `excludedIdNumbers`: officers and demo accounts, who stay at home and reachable. */
export function addLifecycleEvents(rng: Random, candidates: LifecycleCandidate[], excludedIdNumbers: Set<string>, today: string) {
  const pool = candidates.filter(
    (c) => c.isLocalResident && c.member.status === "full" && !excludedIdNumbers.has(c.member.idNumber) && c.member.fullMemberOn! <= addMonths(today, -36),
  );
  const working = (m: DemoMember) => {
    const age = ageOn(m.birthDate, today);
    return age >= 22 && age <= 50;
  };

  // Mobile (流动党员, §5.3): away for a few months, registered with a card.
  let card = 0;
  for (const { member } of pool) {
    if (!working(member) || !rng.chance(0.08)) continue;
    card += 1;
    member.events.push({
      type: "mobile_registered",
      occurredOn: addDays(today, -rng.int(20, 150)),
      reason: rng.pick(MOBILE_REASONS),
      destination: rng.pick(DESTINATIONS),
      cardNumber: `青流〔2026〕${String(card).padStart(3, "0")}号`,
    });
  }

  // Lost contact (§5.4): three, the longest suspended once six months had passed (LC-01).
  const unreachable = rng.shuffle(pool.filter((c) => c.member.events.length === 0 && working(c.member))).slice(0, 3);
  for (const [i, { member }] of unreachable.entries()) {
    const lostOn = i === 0 ? addMonths(today, -20) : addDays(today, -rng.int(60, 300));
    member.events.push({ type: "lost_contact", occurredOn: lostOn, reason: "外出务工后更换联系方式，经多方查找未能取得联系" });
    if (i === 0) member.events.push({ type: "suspended", occurredOn: addMonths(lostOn, 7), reason: "失去联系满六个月，经多方查找仍无法取得联系，经支部大会讨论停止党籍" });
  }

  // One transfer out within the system, not yet accepted (TR-03: the sender stays responsible).
  const mover = pool.find((c) => c.member.orgCode.startsWith(`${DEMO_TRANSFER.fromBranch}-`) && c.member.events.length === 0);
  mover?.member.events.push({
    type: "transfer_out",
    occurredOn: addDays(today, -10),
    reason: "婚后迁居青山村",
    toOrgCode: DEMO_TRANSFER.toOrgCode,
    letterNumber: "青组转〔2026〕018号",
  });
}
