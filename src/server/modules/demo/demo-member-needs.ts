// The demo's members' needs (党员诉求) in 2026, as of the demo date (2026-11-25): what each branch's
// members asked for and how it went. demo-member-needs.service.ts takes every step through the module's
// services on its own day. 青山村 and 青山社区第一党支部 act as their secretaries' accounts (cun01_shuji,
// sq01_shuji), the town committee as qs_admin; cun01_dangyuan's needs are their own (all closed, so the
// e2e files a fresh one). Everything is dated so that on 25 November the needs stand in every status,
// some acknowledgements and resolutions are overdue, two are private, several went to the committee,
// and one, rated "not satisfied", is being worked again.
import type { NeedCategory, NeedRating, NeedUrgency } from "../../../shared/care";

export type DemoNeedStep =
  | { on: string; do: "acknowledge" | "progress" | "escalate" | "resolve" | "reopen" | "withdraw"; note: string }
  | { on: string; do: "rate"; rating: NeedRating; note?: string };

export interface DemoNeedSpec {
  orgCode: string;
  /** "account": cun01_dangyuan, filing on the web; a number: the n-th ordinary member of the branch, filed for by its officer. */
  member: "account" | number;
  filedOn: string;
  category: NeedCategory;
  title: string;
  description: string;
  urgency?: NeedUrgency;
  isPrivate?: boolean;
  steps: DemoNeedStep[];
}

const ack = (on: string, note = "支部已受理，明确专人跟进。") => ({ on, do: "acknowledge" as const, note });
const progress = (on: string, note: string) => ({ on, do: "progress" as const, note });
const escalate = (on: string, note: string) => ({ on, do: "escalate" as const, note });
const resolve = (on: string, note: string) => ({ on, do: "resolve" as const, note });
const rate = (on: string, rating: NeedRating, note?: string) => ({ on, do: "rate" as const, rating, note });

export const DEMO_NEEDS: readonly DemoNeedSpec[] = [
  // ── 青山村党支部 (cun01_shuji) ──
  {
    orgCode: "QS-CUN01", member: "account", filedOn: "2026-03-09", category: "study",
    title: "希望学习白茶种植新技术",
    description: "家里承包了 8 亩白茶园，近两年病虫害多、产量下降，希望支部帮助联系农技培训。",
    steps: [ack("2026-03-10"), progress("2026-03-20", "已与镇农技站对接，待县里培训班开班。"), resolve("2026-04-08", "已推荐参加县农业农村局白茶种植技术培训班（4 月 8 日至 12 日），并安排农技员到茶园现场指导一次。"), rate("2026-04-10", "satisfied", "培训很实用，茶园病虫害明显减少。")],
  },
  {
    orgCode: "QS-CUN01", member: "account", filedOn: "2026-07-06", category: "life",
    title: "上村组巷道路灯损坏，夜间出行不便",
    description: "上村组主路和 3 条巷道的路灯坏了两个多月，老人晚上出门不安全，希望尽快修复。",
    steps: [
      ack("2026-07-07", "支部已受理，已现场查看损坏情况。"),
      escalate("2026-07-09", "路灯维护经费和施工由镇里统筹，超出支部能力，提交镇党委协调。"),
      progress("2026-07-24", "镇城建办已更换主路路灯 6 盏，巷道采用太阳能路灯方案。"),
      resolve("2026-08-20", "主路更换路灯 6 盏，巷道新增太阳能路灯 4 盏，纳入村日常维护，损坏后 3 日内修复。"),
      rate("2026-08-22", "partly_satisfied", "基本解决，希望以后坏了能及时修。"),
    ],
  },
  {
    orgCode: "QS-CUN01", member: "account", filedOn: "2026-10-12", category: "suggestion",
    title: "建议主题党日增加实地参观",
    description: "建议支部主题党日每季度安排一次到红色教育基地或先进村实地参观学习。",
    steps: [{ on: "2026-10-13", do: "withdraw", note: "已在支部党员大会上当面提出，支部已采纳。" }],
  },
  {
    orgCode: "QS-CUN01", member: 0, filedOn: "2026-02-24", category: "family",
    title: "独居老母亲冬季取暖困难",
    description: "本人在外务工，老母亲独居在老屋，冬季取暖困难，希望组织帮忙照看。",
    steps: [ack("2026-02-25"), resolve("2026-03-06", "联系村妇联和党员志愿者送去取暖器，安排邻近党员每周上门探望。"), rate("2026-03-10", "satisfied")],
  },
  {
    orgCode: "QS-CUN01", member: 1, filedOn: "2026-04-20", category: "health", isPrivate: true,
    title: "确诊慢性病需长期服药，经济压力大",
    description: "今年初确诊慢性病，需要长期服药，每月药费较高，家庭经济压力大，不希望在支部公开。",
    steps: [ack("2026-04-21", "书记已受理，严格保密。"), progress("2026-04-28", "已协助准备慢性病门诊申请材料。"), resolve("2026-05-15", "已协助办理慢性病门诊待遇和困难党员医疗救助。"), rate("2026-05-20", "satisfied", "感谢组织关心。")],
  },
  {
    orgCode: "QS-CUN01", member: 2, filedOn: "2026-05-11", category: "rights",
    title: "承包地流转租金被拖欠",
    description: "本人 5 亩承包地流转给外地企业种植苗木，去年下半年起租金一直未付。",
    steps: [
      ack("2026-05-12"),
      escalate("2026-05-14", "涉及村外企业，需镇司法所和农经站介入。"),
      progress("2026-05-29", "镇司法所已约谈企业负责人，企业承诺分期支付。"),
      resolve("2026-06-19", "经镇司法所调解，企业已分两期付清拖欠租金。"),
      rate("2026-06-25", "satisfied"),
    ],
  },
  {
    orgCode: "QS-CUN01", member: 3, filedOn: "2026-08-17", category: "study",
    title: "希望借阅党史学习书籍",
    description: "希望支部活动室能提供党史学习书籍借阅，方便党员平时学习。",
    steps: [ack("2026-08-18"), resolve("2026-08-21", "支部党员活动室新增书架 1 组、书籍 60 册，每周三、周六开放借阅。"), rate("2026-08-28", "satisfied")],
  },
  {
    orgCode: "QS-CUN01", member: 4, filedOn: "2026-09-14", category: "work",
    title: "子女大学毕业求职，希望提供就业信息",
    description: "女儿今年大学毕业（会计专业），希望组织提供本地企业招聘信息。",
    steps: [ack("2026-09-17"), progress("2026-10-10", "已收集镇内 3 家企业财务岗位信息，正在联系面试。")],
  },
  {
    orgCode: "QS-CUN01", member: 5, filedOn: "2026-11-19", category: "life", urgency: "urgent",
    title: "房屋漏雨，希望帮助联系维修",
    description: "老屋屋顶漏雨，家中只有老两口，希望支部帮助联系维修队伍。",
    steps: [],
  },
  {
    orgCode: "QS-CUN01", member: 6, filedOn: "2026-11-10", category: "other",
    title: "希望支部组织老党员到县城体检",
    description: "村里老党员多，行动不便，希望支部统一组织到县人民医院体检。",
    steps: [ack("2026-11-11", "支部已受理，正在与县人民医院联系体检时间。")],
  },

  // ── 青山社区第一党支部 (sq01_shuji) ──
  {
    orgCode: "QS-SQ-ZB1", member: 0, filedOn: "2026-01-12", category: "life",
    title: "小区电梯经常故障",
    description: "所住 6 号楼电梯一个月内停运 4 次，楼里老人多，上下楼困难。",
    steps: [
      ack("2026-01-13"),
      escalate("2026-01-15", "涉及物业公司和电梯维保单位，需镇里协调。"),
      resolve("2026-02-10", "协调物业更换电梯主板，维保单位承诺故障 2 小时内到场。"),
      rate("2026-02-26", "partly_satisfied", "修好了，但维保响应还是慢。"),
    ],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 1, filedOn: "2026-10-19", category: "family", isPrivate: true,
    title: "家庭矛盾，需要组织帮助调解",
    description: "与家人因赡养问题矛盾较深，希望组织帮助调解，不希望其他人知道。",
    steps: [ack("2026-10-20", "书记已受理，严格保密。"), escalate("2026-10-22", "家事纠纷需镇综治中心专业调解员介入。")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 2, filedOn: "2026-04-13", category: "work",
    title: "希望参加社区网格员招聘",
    description: "本人失业在家，希望了解社区网格员招聘信息。",
    steps: [ack("2026-04-14"), resolve("2026-04-30", "已推荐报名，经考核录用为社区专职网格员。"), rate("2026-05-06", "satisfied")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 3, filedOn: "2026-05-18", category: "suggestion",
    title: "建议党群服务中心设置老年人休息区",
    description: "老年党员来服务中心办事常要久等，建议设置休息区并配备饮水。",
    steps: [ack("2026-05-19"), progress("2026-06-01", "已确定一楼东侧作为休息区。"), resolve("2026-06-15", "休息区已设置，配备座椅、饮水机和老花镜。"), rate("2026-06-20", "satisfied")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 4, filedOn: "2026-06-22", category: "health",
    title: "老伴行动不便，希望提供上门医疗服务",
    description: "老伴中风后行动不便，每次到医院换药都很困难。",
    steps: [ack("2026-06-23"), resolve("2026-07-10", "已联系镇卫生院家庭医生签约，每周上门换药一次。"), rate("2026-07-15", "satisfied")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 5, filedOn: "2026-08-10", category: "rights",
    title: "装修押金被物业扣留",
    description: "装修完工验收合格，物业以各种理由扣留装修押金 3000 元。",
    steps: [ack("2026-08-12"), resolve("2026-09-08", "约谈物业公司，已退还押金，扣除的 200 元为垃圾清运费。"), rate("2026-09-15", "not_satisfied", "押金退了，但扣的清运费没有说清楚依据。")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 6, filedOn: "2026-09-21", category: "life",
    title: "楼道堆物存在消防隐患",
    description: "12 号楼楼道长期堆放杂物和电动车，存在消防隐患。",
    steps: [ack("2026-09-24"), resolve("2026-10-09", "组织党员志愿者清理楼道，物业设置电动车集中充电点。")],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 7, filedOn: "2026-11-18", category: "study",
    title: "希望参加老年大学智能手机课程",
    description: "不会用手机缴费和挂号，希望社区帮助报名老年大学智能手机课程。",
    steps: [],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 8, filedOn: "2026-11-24", category: "life",
    title: "希望社区协助办理居住证",
    description: "外地户籍的儿媳需要办理居住证，希望社区帮助了解办理流程。",
    steps: [],
  },
  {
    orgCode: "QS-SQ-ZB1", member: 9, filedOn: "2026-10-12", category: "life",
    title: "小区消防通道长期被占用停车",
    description: "小区消防通道夜间被私家车占满，物业劝说无效，存在安全隐患。",
    steps: [
      ack("2026-10-13"),
      escalate("2026-10-15", "涉及城管执法和交警，需镇里协调。"),
      resolve("2026-10-30", "镇综合执法队已对占用车辆集中劝离，并在通道口施划禁停标线。"),
      rate("2026-11-02", "not_satisfied", "执法后一周又停满了，没有长效办法。"),
      { on: "2026-11-03", do: "reopen", note: "占用反弹，希望建立长效管理机制。" },
      progress("2026-11-12", "镇综合执法队与物业制定夜间巡查制度，正在协调加装道闸。"),
    ],
  },

  // ── the other branches (their officers have no account in the demo) ──
  {
    orgCode: "QS-CUN02", member: 0, filedOn: "2026-02-09", category: "work",
    title: "茶园采摘季需要雇工",
    description: "明前茶采摘季缺少人手，希望支部帮助对接村里的剩余劳动力。",
    steps: [ack("2026-02-10"), resolve("2026-02-27", "支部组织 12 名村民组成采茶队，已对接到位。"), rate("2026-03-03", "satisfied")],
  },
  {
    orgCode: "QS-CUN02", member: 1, filedOn: "2026-06-08", category: "life", urgency: "urgent",
    title: "自来水水压不足",
    description: "夏季用水高峰时段，高处农户家自来水基本没有水压。",
    steps: [
      ack("2026-06-09"),
      escalate("2026-06-11", "需镇水务站统一改造供水管网，超出支部能力。"),
      resolve("2026-07-20", "镇水务站已加装增压泵站，高处农户用水恢复正常。"),
      rate("2026-07-25", "satisfied"),
    ],
  },
  {
    orgCode: "QS-CUN02", member: 2, filedOn: "2026-11-16", category: "health",
    title: "腰椎病需要调整志愿服务岗位",
    description: "腰椎间盘突出，不能再参加巡河，希望调整为文字宣传类志愿服务。",
    steps: [],
  },
  {
    orgCode: "QS-CUN03", member: 0, filedOn: "2026-03-23", category: "study",
    title: "希望学习电商直播销售笋干",
    description: "家里做笋干加工，想学习电商直播扩大销路。",
    steps: [ack("2026-03-24"), resolve("2026-04-17", "已推荐参加镇电商服务中心直播培训，并提供直播间免费使用。"), rate("2026-04-20", "satisfied")],
  },
  {
    orgCode: "QS-CUN03", member: 1, filedOn: "2026-09-07", category: "family",
    title: "孙子上学需要接送",
    description: "儿子儿媳在外打工，孙子上小学需要接送，自己身体不好。",
    steps: [ack("2026-09-08"), { on: "2026-09-15", do: "withdraw", note: "家里已自行安排接送。" }],
  },
  {
    orgCode: "QS-SQ-ZB3", member: 0, filedOn: "2026-01-19", category: "health",
    title: "希望组织老党员健康体检",
    description: "离退休老党员年纪大，希望支部每年组织一次健康体检。",
    steps: [ack("2026-01-20"), resolve("2026-02-06", "联系镇卫生院为 28 名老党员集中体检并建立健康档案。"), rate("2026-02-10", "satisfied")],
  },
  {
    orgCode: "QS-SQ-ZB3", member: 1, filedOn: "2026-04-07", category: "life",
    title: "希望老旧楼道加装扶手",
    description: "老小区楼道没有扶手，老人上下楼容易摔倒。",
    steps: [
      ack("2026-04-13", "支部已受理（受理时间超过规定期限，已向党员说明）。"),
      escalate("2026-04-15", "需要住建部门和物业共同出资，提交镇党委协调。"),
      resolve("2026-05-22", "已为 8 幢老旧楼道加装扶手，无障碍坡道列入明年改造计划。"),
      rate("2026-05-28", "partly_satisfied", "扶手装了，坡道还没做。"),
    ],
  },
  {
    orgCode: "QS-SQ-ZB3", member: 2, filedOn: "2026-10-13", category: "suggestion",
    title: "建议为行动不便的老党员送学上门",
    description: "部分老党员行动不便参加不了组织生活，建议支部送学上门。",
    steps: [ack("2026-10-16"), progress("2026-10-30", "已摸排行动不便老党员 6 名，正在制定送学计划。")],
  },
  {
    orgCode: "QS-JT-ZB1", member: 0, filedOn: "2026-05-06", category: "work",
    title: "希望参加工程造价职称培训",
    description: "从事工程造价工作 5 年，希望公司支持参加中级职称培训。",
    steps: [ack("2026-05-07"), resolve("2026-05-29", "公司已同意报销培训费用，并安排参加 6 月培训班。"), rate("2026-06-02", "satisfied")],
  },
  {
    orgCode: "QS-JT-ZB1", member: 1, filedOn: "2026-10-26", category: "rights",
    title: "加班费计算有异议",
    description: "三季度项目抢工期间加班费计算方式与以往不同，希望组织帮助了解。",
    steps: [ack("2026-10-27"), progress("2026-11-06", "已与公司人力资源部沟通，正在核对考勤记录。")],
  },
  {
    orgCode: "QS-FG01", member: 0, filedOn: "2026-03-02", category: "suggestion",
    title: "建议在生产车间设立党员示范岗",
    description: "建议在车间设立党员示范岗，带动质量和安全生产。",
    steps: [ack("2026-03-04"), resolve("2026-03-25", "公司已在生产车间设立党员示范岗 3 个。"), rate("2026-03-30", "satisfied")],
  },
  {
    orgCode: "QS-FG01", member: 1, filedOn: "2026-07-13", category: "family", urgency: "urgent",
    title: "配偶失业，家庭收入下降",
    description: "爱人所在工厂停产，家庭收入减少一半，孩子还在上学。",
    steps: [ack("2026-07-14"), resolve("2026-08-07", "经支部推荐，爱人已到公司包装车间上岗。"), rate("2026-08-10", "satisfied", "解决了家里的大难题。")],
  },
  {
    orgCode: "QS-XX", member: 0, filedOn: "2026-09-01", category: "study",
    title: "希望参加党务工作者培训",
    description: "新任支部组织委员，希望参加党务工作者培训。",
    steps: [ack("2026-09-02"), resolve("2026-09-25", "已报名参加县委组织部党务工作者培训班。"), rate("2026-09-28", "satisfied")],
  },
  {
    orgCode: "QS-WSY", member: 0, filedOn: "2026-06-15", category: "suggestion",
    title: "夜班多，希望调整支部活动时间",
    description: "临床科室夜班多，支部活动常安排在下午，很多党员参加不了。",
    steps: [ack("2026-06-17"), resolve("2026-06-26", "支部活动改为每月两个时段，党员可任选其一参加。"), rate("2026-07-02", "satisfied")],
  },
  {
    orgCode: "QS-JG", member: 0, filedOn: "2026-08-03", category: "other",
    title: "希望组织参观红色教育基地",
    description: "希望机关支部组织年轻党员到红色教育基地参观学习。",
    steps: [ack("2026-08-05"), resolve("2026-09-18", "已组织 25 名年轻党员到新四军苏浙军区旧址参观学习。"), rate("2026-09-22", "partly_satisfied", "活动很好，希望多组织几次。")],
  },
];
