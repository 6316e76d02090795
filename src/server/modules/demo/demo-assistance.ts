// The demo's help and visits (帮扶、走访慰问) in 青山镇, 2026: who is recorded beyond the roster's
// struggling and senior members, the three campaigns and what each visit gives. Pure data; the
// service (demo-assistance.service.ts) writes it through the assistance services.

import type { CareRecipientKind, VisitKind } from "../../../shared/care";

/** A member of the roster picked by rule: the nth (by birth date, then name) active member of the org's subtree who is `which`. */
export interface DemoMemberPick {
  orgCode: string;
  which: "struggling" | "senior" | "ordinary";
  nth: number;
}

export interface DemoRecord {
  kind: CareRecipientKind;
  orgCode: string;
  member?: DemoMemberPick;
  personName?: string;
  relation?: string;
  address?: string;
  difficulty: string;
  consentOn?: string;
  consentNote?: string;
  startedOn: string;
  /** Help ended later in the year. */
  ended?: { on: string; reason: string };
}

/** Recorded before the Spring Festival campaign (their help began in 2025). */
export const DEMO_RECORDS_2025: DemoRecord[] = [
  { kind: "long_ill_member", orgCode: "QS-CUN01", member: { orgCode: "QS-CUN01", which: "ordinary", nth: 3 }, difficulty: "患尿毒症，每周透析三次，家庭医疗支出大", startedOn: "2025-09-10" },
  { kind: "long_ill_member", orgCode: "QS-SQ-ZB2", member: { orgCode: "QS-SQ-ZB2", which: "ordinary", nth: 1 }, difficulty: "脑梗后遗症，行动不便，需家人长期照料", startedOn: "2025-06-01" },
  { kind: "struggling_member", orgCode: "QS-CUN01", member: { orgCode: "QS-CUN01", which: "struggling", nth: 0 }, difficulty: "妻子患病，两个孩子上学，家庭收入主要靠务农", address: "青山村三组", startedOn: "2025-03-01" },
  { kind: "struggling_member", orgCode: "QS-CUN07", member: { orgCode: "QS-CUN07", which: "struggling", nth: 0 }, difficulty: "年老体弱，无固定收入，住房老旧", startedOn: "2025-05-12" },
  { kind: "senior_member", orgCode: "QS-SQ-ZB3", member: { orgCode: "QS-SQ-ZB3", which: "senior", nth: 0 }, difficulty: "独居，子女在外地工作，患高血压", address: "青山社区翠竹苑 6 幢", startedOn: "2025-01-15" },
  {
    kind: "deceased_member_family",
    orgCode: "QS-CUN02",
    personName: "陈秀英",
    relation: "配偶（已故老党员周德明，2025年8月去世）",
    address: "青山镇二村四组",
    difficulty: "老伴去世后独居，年老多病",
    startedOn: "2025-09-01",
  },
  {
    kind: "deceased_member_family",
    orgCode: "QS-SQ-ZB1",
    personName: "刘建华",
    relation: "儿子（已故党员刘国平，2024年去世）",
    address: "青山社区桂花苑 2 幢",
    difficulty: "本人肢体残疾，靠低保生活",
    startedOn: "2025-02-20",
  },
  {
    kind: "masses",
    orgCode: "QS-CUN01",
    personName: "吴桂兰",
    address: "青山村五组",
    difficulty: "孤寡老人，住房漏雨，收入仅靠养老金",
    consentOn: "2025-10-08",
    consentNote: "本人签字的书面同意书（村委会存档）",
    startedOn: "2025-10-08",
  },
  {
    kind: "masses",
    orgCode: "QS-CUN04",
    personName: "郑志强",
    address: "青山镇四村一组",
    difficulty: "因病致贫，妻子长期住院，孩子读高中",
    consentOn: "2025-11-20",
    consentNote: "本人签字同意，网格员见证",
    startedOn: "2025-11-21",
    ended: { on: "2026-09-30", reason: "妻子康复出院，家庭经济状况好转，本人申请不再列入帮扶" },
  },
];

/** Recorded during 2026, after the Spring Festival (so only the later campaigns list them). */
export const DEMO_RECORDS_2026: DemoRecord[] = [
  { kind: "masses", orgCode: "QS-SQ-ZB1", personName: "孙丽娟", address: "青山社区香樟苑 9 幢", difficulty: "单亲母亲，下岗后待业，孩子上小学", consentOn: "2026-03-16", consentNote: "本人签字的书面同意书", startedOn: "2026-03-18" },
  { kind: "masses", orgCode: "QS-CUN01", personName: "钱福根", address: "青山村二组", difficulty: "独居残疾人，生活自理困难", consentOn: "2026-04-02", consentNote: "本人按手印的书面同意书", startedOn: "2026-04-02" },
  { kind: "long_ill_member", orgCode: "QS-JT-ZB1", member: { orgCode: "QS-JT-ZB1", which: "ordinary", nth: 0 }, difficulty: "确诊肺癌，正在化疗", startedOn: "2026-05-06" },
  { kind: "deceased_member_family", orgCode: "QS-CUN05", personName: "黄美华", relation: "配偶（已故党员王建国，2026年3月去世）", difficulty: "丈夫去世后无固定收入", startedOn: "2026-04-10" },
];

export interface DemoCampaign {
  key: "spring" | "july" | "chongyang";
  orgCode: string;
  /** The account that plans it (and prefills its targets). */
  planner: string;
  kind: "spring_festival" | "july_first" | "other";
  title: string;
  startsOn: string;
  dueOn: string;
  notes: string;
  /** The day the plan was made and its targets prefilled (the senior rule applies on that day). */
  plannedOn: string;
  /** The share of targets visited under the campaign. */
  coverage: number;
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    key: "spring",
    orgCode: "QS",
    planner: "qs_admin",
    kind: "spring_festival",
    title: "2026年春节走访慰问",
    startsOn: "2026-01-20",
    dueOn: "2026-02-15",
    notes: "各党组织书记带队，对困难党员、老党员、去世党员家属和困难群众全覆盖走访。慰问金标准：困难党员 500 元、长期患病党员 1000 元、老党员和困难群众 300 元。",
    plannedOn: "2026-01-12",
    coverage: 0.98,
  },
  {
    key: "july",
    orgCode: "QS",
    planner: "qs_admin",
    kind: "july_first",
    title: "2026年“七一”走访慰问",
    startsOn: "2026-06-15",
    dueOn: "2026-07-01",
    notes: "重点走访老党员、生活困难党员和长期患病党员，送去党组织的关怀。",
    plannedOn: "2026-06-08",
    coverage: 0.55,
  },
  {
    key: "chongyang",
    orgCode: "QS-CUN01",
    planner: "cun01_shuji",
    kind: "other",
    title: "青山村2026年重阳节走访",
    startsOn: "2026-10-22",
    dueOn: "2026-10-31",
    notes: "重阳节前走访本村老党员和困难群众，送去慰问品。",
    plannedOn: "2026-10-15",
    coverage: 0.8,
  },
];

/** What a visit gives, by campaign and the target's kind: the kind of help and the fen (exact). */
export function demoGift(campaign: DemoCampaign["key"], kind: CareRecipientKind, roll: number): { kind: VisitKind; amountFen: number | null } {
  if (campaign === "spring") {
    if (kind === "struggling_member") return { kind: "money", amountFen: 50_000 };
    if (kind === "long_ill_member") return { kind: "money", amountFen: 100_000 };
    if (kind === "deceased_member_family") return { kind: "goods", amountFen: 26_880 };
    return { kind: "money", amountFen: 30_000 };
  }
  if (campaign === "july") {
    if (kind === "struggling_member" || kind === "long_ill_member") return { kind: "money", amountFen: 30_000 };
    return roll < 0.5 ? { kind: "goods", amountFen: 16_850 } : { kind: "talk", amountFen: null };
  }
  return { kind: "goods", amountFen: 12_800 };
}

/** Help beyond the campaigns during the year: a talk, a service, job help, now and then money. */
export const DEMO_EVERYDAY_HELP: { kind: VisitKind; amountFen: number | null; notes: string }[] = [
  { kind: "talk", amountFen: null, notes: "上门谈心，了解身体和生活情况" },
  { kind: "services", amountFen: null, notes: "帮助代办医保报销手续" },
  { kind: "services", amountFen: null, notes: "组织党员志愿者上门打扫卫生、检修电路" },
  { kind: "job_help", amountFen: null, notes: "推荐到镇竹木加工企业就业" },
  { kind: "money", amountFen: 20_050, notes: "送去临时困难救助金" },
];
