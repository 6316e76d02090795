import type { Honour } from "../../../shared/care";

/**
 * The demo's recognition (创先争优) in 青山镇. The town committee (QS) reviews every nomination of its
 * branches (the nearest committee above them).
 *
 * 2026 “七一” round: nominated in May, shortlisted on 10 June, publicity, decided and published at the
 * 七一 meeting on 28 June — three awards published, one rejected at review, one not awarded after an
 * objection was found true. 2026 year-end round, under way on the demo date (2026-11-25): one awarded
 * and waiting for publication at the year-end meeting, one in publicity with an objection not yet
 * checked, two submitted and waiting for the committee's review.
 * 2025: the town's and the county's honours, entered from the paper records (conferred elsewhere).
 */

/** Who is nominated: the nth full member (0-based) of the organization's subtree, a demo account's member, an officer, or an organization. */
export type DemoNominee =
  | { member: number }
  | { username: string }
  | { officer: "secretary" | "deputy_secretary" | "organization_officer" | "publicity_officer" }
  | { org: string };

export interface DemoNominationSpec {
  orgCode: string;
  honour: Honour;
  nominee: DemoNominee;
  deeds: string;
  submittedOn: string;
  /** The committee's review: shortlisted on a day (publicity from then), or rejected with its reason. */
  review?: { shortlistedOn: string; note?: string } | { rejectedOn: string; note: string };
  objection?: { content: string; finding?: { finding: "upheld" | "dismissed"; note: string } };
  decision?: { decision: "awarded" | "not_awarded"; note: string };
  publishedOn?: string;
}

const JULY_FIRST_SHORTLIST = "2026-06-10";
const JULY_FIRST_MEETING = "2026-06-28";

export const DEMO_NOMINATIONS: DemoNominationSpec[] = [
  // ── 2026 “七一” round ───────────────────────────────────────────────────────────────────────────
  {
    orgCode: "QS-CUN01",
    honour: "excellent_member",
    nominee: { member: 2 },
    deeds: "担任村级白茶合作社负责人，带领 32 户茶农统一品牌、统一销售，户均增收 1.2 万元；防汛期间连续五昼夜值守后坞水库，组织转移群众 46 人。",
    submittedOn: "2026-05-20",
    review: { shortlistedOn: JULY_FIRST_SHORTLIST, note: "事迹突出，群众公认，同意确定为公示对象" },
    objection: {
      content: "来电反映该同志在合作社分红中照顾亲属。",
      finding: { finding: "dismissed", note: "经镇纪委会同村务监督委员会查阅合作社分红台账，分红按入股比例发放，反映不属实。" },
    },
    decision: { decision: "awarded", note: "经镇党委会议研究，决定授予“优秀共产党员”称号" },
    publishedOn: JULY_FIRST_MEETING,
  },
  {
    orgCode: "QS-SQ-ZB1",
    honour: "advanced_org",
    nominee: { org: "QS-SQ-ZB1" },
    deeds: "推行“红色网格”服务，党员联系 1200 户居民全覆盖，全年办结居民诉求 386 件；老旧小区加装电梯 6 部，群众满意率 98%。",
    submittedOn: "2026-05-22",
    review: { shortlistedOn: JULY_FIRST_SHORTLIST },
    decision: { decision: "awarded", note: "经镇党委会议研究，决定授予“先进基层党组织”称号" },
    publishedOn: JULY_FIRST_MEETING,
  },
  {
    orgCode: "QS-XX",
    honour: "excellent_party_worker",
    nominee: { officer: "organization_officer" },
    deeds: "负责学校党支部组织工作八年，规范“三会一课”台账，培养入党积极分子 9 名；牵头“党员先锋岗”，带动青年教师开展课后服务。",
    submittedOn: "2026-05-25",
    review: { shortlistedOn: JULY_FIRST_SHORTLIST },
    decision: { decision: "awarded", note: "经镇党委会议研究，决定授予“优秀党务工作者”称号" },
    publishedOn: JULY_FIRST_MEETING,
  },
  {
    orgCode: "QS-WSY",
    honour: "excellent_member",
    nominee: { member: 4 },
    deeds: "长期在基层医疗一线工作，积极参加家庭医生签约服务，工作认真负责，受到群众好评。",
    submittedOn: "2026-05-26",
    review: { rejectedOn: "2026-06-08", note: "事迹材料较为笼统，缺少具体实绩，本次不予通过，建议充实后下一年度推荐。" },
  },
  {
    orgCode: "QS-FG01",
    honour: "excellent_member",
    nominee: { member: 1 },
    deeds: "带领车间党员攻关竹纤维板材工艺，产品合格率提高 6 个百分点，帮助 12 名困难群众在本企业就业。",
    submittedOn: "2026-05-27",
    review: { shortlistedOn: JULY_FIRST_SHORTLIST },
    objection: {
      content: "有职工来信反映，该同志分管的车间 2025 年拖欠劳务人员工资两个月。",
      finding: { finding: "upheld", note: "经镇人力社保所核实，该车间确有拖欠劳务人员工资的情况，已于 2026 年 3 月补发，反映属实。" },
    },
    decision: { decision: "not_awarded", note: "公示期间反映经核实属实，根据规定不予表彰。" },
  },
  // ── 2026 year-end round, under way ────────────────────────────────────────────────────────────
  {
    orgCode: "QS-JG",
    honour: "excellent_party_worker",
    nominee: { officer: "organization_officer" },
    deeds: "承担镇机关党支部日常党务工作，建立党员积分管理制度，完成 2026 年党员发展和党费收缴工作，全年无差错。",
    submittedOn: "2026-11-02",
    review: { shortlistedOn: "2026-11-10" },
    decision: { decision: "awarded", note: "经镇党委会议研究，决定授予“优秀党务工作者”称号，于年终总结大会上发布" },
  },
  {
    orgCode: "QS-CUN01",
    honour: "excellent_party_worker",
    nominee: { officer: "organization_officer" },
    deeds: "兼任村支部组织委员，组织开展主题党日 12 次，建立流动党员微信联络群，联系在外党员 9 名，全部按时参加组织生活。",
    submittedOn: "2026-11-18",
    review: { shortlistedOn: "2026-11-23", note: "同意确定为公示对象" },
    objection: { content: "村民反映该同志在村里的土地流转协调中态度生硬，群众有意见。" },
  },
  {
    orgCode: "QS-CUN01",
    honour: "advanced_org",
    nominee: { org: "QS-CUN01" },
    deeds: "推行“支部+合作社+农户”模式，村集体经营性收入突破 120 万元；完成全村人居环境整治，获评县级美丽乡村精品村。",
    submittedOn: "2026-11-21",
  },
  {
    orgCode: "QS-CUN03",
    honour: "excellent_member",
    nominee: { member: 3 },
    deeds: "退役军人党员，组建竹林村应急救援队，全年参与山林防火巡查 60 余次，扑救初起火灾 2 起，守护群众生命财产安全。",
    submittedOn: "2026-11-24",
  },
];

export interface DemoHonourSpec {
  honour: Honour;
  year: number;
  /** A member (as in DemoNominee) of `orgCode`, or the organization itself. */
  orgCode: string;
  nominee: DemoNominee;
  conferredBy: string;
  conferredOn: string;
}

const TOWN = "中共青山镇委员会";
const COUNTY = "中共安吉县委";

/** 2025's honours, entered by the committee from the paper records. */
export const DEMO_HONOURS_2025: DemoHonourSpec[] = [
  { honour: "advanced_org", year: 2025, orgCode: "QS", nominee: { org: "QS" }, conferredBy: COUNTY, conferredOn: "2025-06-30" },
  { honour: "advanced_org", year: 2025, orgCode: "QS-CUN03", nominee: { org: "QS-CUN03" }, conferredBy: TOWN, conferredOn: "2025-06-27" },
  { honour: "excellent_party_worker", year: 2025, orgCode: "QS-CUN01", nominee: { officer: "secretary" }, conferredBy: COUNTY, conferredOn: "2025-06-30" },
  { honour: "excellent_member", year: 2025, orgCode: "QS-CUN01", nominee: { username: "cun01_dangyuan" }, conferredBy: TOWN, conferredOn: "2025-06-27" },
  { honour: "excellent_member", year: 2025, orgCode: "QS-SQ-ZB2", nominee: { member: 5 }, conferredBy: TOWN, conferredOn: "2025-06-27" },
  { honour: "excellent_member", year: 2025, orgCode: "QS-JT-ZB1", nominee: { member: 2 }, conferredBy: TOWN, conferredOn: "2025-06-27" },
];
