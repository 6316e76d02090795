// The demo town's secretary projects (书记项目, the brief §二): what each organization's secretary took on
// in 2025 (all evaluated and published, so the ranking and each secretary's record have a past) and in
// 2026, as things stand on DEMO_REFERENCE_DATE (2026-11-25): most under way with their reports and the
// committee's quarterly checks, some behind (an overdue milestone, two), one awaiting approval, one
// returned for revision, one still a draft, two with the year-end report (述职) already in.
// 青山村党支部 (QS-CUN01) has none in 2026: it is left to the user (and the e2e test).
// Pure: the seed (demo-secretary-projects.service.ts) writes it.
import type { ProjectCategory } from "../../../shared/secretary-projects";

export interface DemoIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** The share of the way from baseline to target reached by the reference date (2026) or year end (2025). */
  reached: number;
}

export interface DemoMilestone {
  title: string;
  /** MM-DD within the project's year. */
  due: string;
  owner: string;
  /** Days after the due date it was completed (negative: early); null: not completed. */
  doneAfterDays: number | null;
}

/** Where the 2026 project stands on the reference date. */
export type DemoStory = "draft" | "submitted" | "returned" | "on_track" | "at_risk" | "off_track" | "reported" | "change_pending";

export interface DemoProjectSpec {
  orgCode: string;
  title: string;
  category: ProjectCategory;
  problem: string;
  resources: string;
  indicators: DemoIndicator[];
  milestones: DemoMilestone[];
  story: DemoStory;
}

const done = (title: string, due: string, owner: string, doneAfterDays = -3): DemoMilestone => ({ title, due, owner, doneAfterDays });
const open = (title: string, due: string, owner: string): DemoMilestone => ({ title, due, owner, doneAfterDays: null });

/** The 2026 projects. */
export const DEMO_PROJECTS_2026: DemoProjectSpec[] = [
  {
    orgCode: "QS",
    title: "“竹乡红链”党建引领竹产业共富",
    category: "unit_development",
    problem: "全镇竹产业小散弱，竹农增收乏力，村企之间缺少联结；以党建联建把村、企、合作社串成产业链，带动群众共同富裕。",
    resources: "镇党委班子成员分片联系，竹产业协会和 3 家龙头企业参与，镇级财政扶持资金 80 万元",
    indicators: [
      { name: "党建联建村企结对数", unit: "对", baseline: 4, target: 12, reached: 0.9 },
      { name: "竹农户均增收", unit: "元", baseline: 0, target: 3000, reached: 0.75 },
      { name: "竹制品线上销售额", unit: "万元", baseline: 260, target: 500, reached: 0.8 },
    ],
    milestones: [
      done("制定“竹乡红链”实施方案，成立产业链党委", "03-15", "镇党委书记"),
      done("完成 12 对村企党组织结对签约", "05-31", "组织委员", 10),
      done("举办竹产业直播带货培训 3 期", "08-31", "宣传委员"),
      open("召开产业链党建联席会议，总结推广", "12-20", "镇党委书记"),
    ],
    story: "on_track",
  },
  {
    orgCode: "QS-CUN02",
    title: "“溪口红管家”人居环境长效管理",
    category: "serving_masses",
    problem: "村庄环境整治后反弹明显，卫生保洁靠突击；划分党员责任区，党员当“红管家”，建立长效管理机制。",
    resources: "支部委员 5 人，党员志愿者 26 人，村集体经费 6 万元",
    indicators: [
      { name: "党员责任区覆盖农户比例", unit: "%", baseline: 35, target: 100, reached: 1 },
      { name: "环境卫生月度考评优良率", unit: "%", baseline: 60, target: 90, reached: 0.9 },
      { name: "群众环境问题投诉", unit: "件", baseline: 24, target: 6, reached: 0.85 },
    ],
    milestones: [
      done("划定党员责任区，公开承诺", "02-28", "溪口村书记"),
      done("开展“清垃圾、整庭院”集中行动", "05-31", "组织委员"),
      done("建立“红管家”月度考评和积分制度", "07-31", "溪口村书记"),
      done("总结评估，形成长效管理办法", "11-15", "溪口村书记", -5),
    ],
    story: "reported",
  },
  {
    orgCode: "QS-CUN03",
    title: "竹林村“共富工坊”带动低收入农户增收",
    category: "unit_development",
    problem: "村里留守妇女和低收入农户多，缺少就近就业门路；支部牵头办“共富工坊”，承接竹编来料加工。",
    resources: "支部委员 5 人，竹木公司提供订单和技术培训，村集体闲置厂房 300 平方米",
    indicators: [
      { name: "工坊吸纳就业人数", unit: "人", baseline: 0, target: 40, reached: 0.7 },
      { name: "参与农户人均月增收", unit: "元", baseline: 0, target: 1500, reached: 0.6 },
    ],
    milestones: [
      done("改造闲置厂房，挂牌“共富工坊”", "03-31", "竹林村书记", 12),
      done("与竹木公司签订来料加工协议", "04-30", "竹林村书记"),
      open("完成两期竹编技能培训", "09-30", "组织委员"),
      open("工坊规范运营，总结增收成效", "12-15", "竹林村书记"),
    ],
    story: "at_risk",
  },
  {
    orgCode: "QS-CUN04",
    title: "石桥村党员联户“平安石桥”",
    category: "three_safeties",
    problem: "石桥村地处交通要道，外来人员多，矛盾纠纷和安全隐患排查不及时；党员联户网格化排查化解。",
    resources: "支部委员 5 人，党员 30 人联系 420 户，派出所驻村民警",
    indicators: [
      { name: "党员联户覆盖率", unit: "%", baseline: 50, target: 100, reached: 0.5 },
      { name: "矛盾纠纷就地化解率", unit: "%", baseline: 70, target: 95, reached: 0.3 },
    ],
    milestones: [
      done("划分党员联户网格，建立台账", "03-31", "石桥村书记", 20),
      open("完成全村安全隐患排查整改", "06-30", "纪检委员"),
      open("建成村级矛盾纠纷调解室", "08-31", "石桥村书记"),
      open("开展“平安家庭”评选", "11-30", "宣传委员"),
    ],
    story: "off_track",
  },
  {
    orgCode: "QS-CUN05",
    title: "“茶岭白茶”品牌党建助农",
    category: "unit_development",
    problem: "茶岭村白茶品质好但品牌小、卖价低；党员示范户带头统一标准、统一品牌，提高茶农收入。",
    resources: "支部委员 4 人，党员示范户 12 户，绿源白茶公司技术支持",
    indicators: [
      { name: "统一品牌茶农户数", unit: "户", baseline: 20, target: 80, reached: 1.05 },
      { name: "干茶平均收购价", unit: "元/斤", baseline: 600, target: 800, reached: 0.95 },
    ],
    milestones: [
      done("成立白茶党员示范队", "02-28", "茶岭村书记"),
      done("制定品牌标准，开展采制培训", "04-10", "组织委员"),
      done("举办白茶开采节和线上推介", "05-31", "宣传委员"),
      done("年终总结，表彰示范户", "11-20", "茶岭村书记", -2),
    ],
    story: "reported",
  },
  {
    orgCode: "QS-CUN06",
    title: "龙潭村“银龄守护”老党员关爱",
    category: "serving_masses",
    problem: "龙潭村 70 岁以上老党员多、独居多，日常照料和组织生活参与难；结对关爱，送学上门。",
    resources: "支部委员 5 人，年轻党员 15 人结对，卫生院家庭医生",
    indicators: [
      { name: "老党员结对关爱覆盖率", unit: "%", baseline: 30, target: 100, reached: 0 },
      { name: "送学上门次数", unit: "次", baseline: 0, target: 48, reached: 0 },
    ],
    milestones: [
      open("摸清老党员底数，一人一档", "12-10", "龙潭村书记"),
      open("年轻党员与老党员结对", "12-20", "组织委员"),
    ],
    story: "submitted",
  },
  {
    orgCode: "QS-CUN07",
    title: "桃源村乡村旅游党员示范",
    category: "unit_development",
    problem: "桃源村民宿、农家乐经营分散，服务质量参差不齐；党员经营户带头规范经营。",
    resources: "支部委员 3 人，党员经营户 8 户",
    indicators: [{ name: "星级民宿数量", unit: "家", baseline: 2, target: 6, reached: 0 }],
    milestones: [open("制定民宿服务公约", "12-15", "桃源村书记"), open("评选党员示范民宿", "12-28", "桃源村书记")],
    story: "returned",
  },
  {
    // Recorded through the services by the demo's own accounts (sq01_shuji proposes and reports, qs_admin
    // approves, guides and checks), so its audit trail and comment threads are real.
    orgCode: "QS-SQ-ZB1",
    title: "“红色物业”破解老旧小区管理难题",
    category: "serving_masses",
    problem: "青山社区老旧小区无物业、设施老化，居民反映强烈；支部牵头成立红色物业联盟，党员带头参与小区治理。",
    resources: "支部委员 5 人，在职党员 30 人，社区红色物业联盟 3 家物业企业，专项经费 8 万元",
    indicators: [
      { name: "红色物业覆盖小区", unit: "个", baseline: 1, target: 6, reached: 0.8 },
      { name: "居民满意度", unit: "%", baseline: 62, target: 90, reached: 0.75 },
      { name: "物业问题投诉", unit: "件", baseline: 40, target: 10, reached: 0.7 },
    ],
    milestones: [
      done("成立红色物业联盟，签订共建协议", "03-31", "第一支部书记"),
      done("党员认领小区“微改造”项目", "06-30", "组织委员"),
      done("建立“居民点单、党员接单”机制", "09-30", "第一支部书记", 6),
      open("居民满意度测评和总结", "12-15", "第一支部书记"),
    ],
    story: "on_track",
  },
  {
    orgCode: "QS-SQ-ZB2",
    title: "“楼道红管家”小区治理",
    category: "serving_masses",
    problem: "老旧小区无物业，楼道堆物、停车乱等问题突出；在职党员到社区报到，担任楼道长。",
    resources: "支部党员 32 人，在职党员 45 人报到，社区专项经费 4 万元",
    indicators: [
      { name: "党员楼道长覆盖楼道比例", unit: "%", baseline: 20, target: 90, reached: 0.85 },
      { name: "楼道堆物整治完成率", unit: "%", baseline: 0, target: 100, reached: 0.8 },
    ],
    milestones: [
      done("在职党员报到，认领楼道", "03-31", "第二支部书记"),
      done("开展楼道“微整治”", "06-30", "组织委员", 5),
      done("建立居民议事会", "09-30", "第二支部书记"),
      open("评选“红色楼道”", "12-15", "宣传委员"),
    ],
    story: "on_track",
  },
  {
    orgCode: "QS-SQ-ZB3",
    title: "离退休党员“银发先锋”志愿服务",
    category: "party_building",
    problem: "离退休党员有热情、有经验，但组织化参与少；组建银发先锋队，发挥余热。",
    resources: "离退休党员 28 人，社区活动室",
    indicators: [{ name: "参加志愿服务的离退休党员", unit: "人", baseline: 6, target: 20, reached: 0.85 }],
    milestones: [done("组建银发先锋队", "03-01", "离退休支部书记"), done("开展政策宣讲进小区 10 场", "08-31", "宣传委员"), open("年度表彰银发先锋", "12-10", "离退休支部书记")],
    story: "on_track",
  },
  {
    orgCode: "QS-JT-ZB1",
    title: "“红色工地”安全生产党员先锋岗",
    category: "three_safeties",
    problem: "集团在建项目多、战线长，安全生产压力大；在重点工地设党员先锋岗、安全责任区。",
    resources: "支部党员 30 人，集团安全管理部",
    indicators: [
      { name: "设立党员安全先锋岗", unit: "个", baseline: 3, target: 15, reached: 0.9 },
      { name: "安全隐患整改闭环率", unit: "%", baseline: 80, target: 100, reached: 0.8 },
    ],
    milestones: [done("设岗定责，公开承诺", "03-31", "生产经营支部书记"), done("开展安全隐患“党员找茬”活动", "07-31", "纪检委员"), open("安全生产年度复盘", "12-20", "生产经营支部书记")],
    story: "on_track",
  },
  {
    orgCode: "QS-JT-ZB2",
    title: "廉洁风险防控“清廉国企”",
    category: "integrity",
    problem: "采购、财务等岗位廉洁风险点多，制度执行不严；排查风险点，建立防控清单。",
    resources: "支部党员 22 人，集团纪检监察室",
    indicators: [{ name: "廉洁风险点排查防控覆盖岗位", unit: "个", baseline: 10, target: 36, reached: 0.8 }],
    milestones: [done("排查岗位廉洁风险点", "04-30", "综合支部书记"), done("制定防控清单和制度", "07-31", "纪检委员"), open("开展警示教育和年度评估", "12-15", "综合支部书记")],
    story: "change_pending",
  },
  {
    orgCode: "QS-FG01",
    title: "竹木公司“党员技术攻关”",
    category: "unit_development",
    problem: "产品附加值低，技术工人断层；党员带头技术攻关，师带徒。",
    resources: "支部党员 24 人，公司技术部",
    indicators: [{ name: "党员攻关项目", unit: "项", baseline: 0, target: 5, reached: 0 }],
    milestones: [open("确定攻关课题", "12-20", "竹木公司支部书记")],
    story: "draft",
  },
  {
    orgCode: "QS-JG",
    title: "机关党员“进村入企”服务基层",
    category: "party_building",
    problem: "机关作风建设仍有短板，服务基层不够主动；机关党员常态化进村入企，为群众企业解难题。",
    resources: "机关党员 40 人，分 3 个党小组联系 14 个村企",
    indicators: [
      { name: "机关党员进村入企服务次数", unit: "人次", baseline: 120, target: 400, reached: 0.95 },
      { name: "帮助解决问题件数", unit: "件", baseline: 30, target: 100, reached: 1 },
    ],
    milestones: [
      done("制定联系村企名单和服务清单", "02-28", "机关支部书记"),
      done("上半年走访全覆盖", "06-30", "组织委员"),
      done("问题办理“回头看”", "10-31", "纪检委员"),
      open("年终总结，评选服务之星", "12-10", "机关支部书记"),
    ],
    story: "on_track",
  },
  {
    orgCode: "QS-XX",
    title: "“红烛领航”党员教师结对帮扶学生",
    category: "serving_masses",
    problem: "留守儿童多，学业和心理关爱不足；党员教师一对一结对帮扶。",
    resources: "党员教师 32 人，学校心理辅导室",
    indicators: [
      { name: "党员教师结对留守儿童", unit: "人", baseline: 20, target: 64, reached: 0.9 },
      { name: "结对学生学业进步比例", unit: "%", baseline: 0, target: 70, reached: 0.7 },
    ],
    milestones: [done("建立结对关系", "03-15", "中心学校书记"), done("开展暑期家访全覆盖", "08-25", "组织委员"), open("学期末评估帮扶成效", "12-31", "中心学校书记")],
    story: "on_track",
  },
  {
    orgCode: "QS-WSY",
    title: "党员医生“健康守门人”下村巡诊",
    category: "serving_masses",
    problem: "山区村民看病远，慢性病管理不规范；党员医生定期下村巡诊，签约家庭医生。",
    resources: "党员医生和护士 18 人，巡诊车 1 辆",
    indicators: [
      { name: "下村巡诊次数", unit: "次", baseline: 24, target: 96, reached: 0.8 },
      { name: "高血压患者规范管理率", unit: "%", baseline: 55, target: 80, reached: 0.7 },
    ],
    milestones: [done("制定巡诊排班，覆盖 7 个村", "02-28", "卫生院书记"), done("上半年巡诊全覆盖", "06-30", "组织委员", 8), open("慢病管理年度评估", "12-15", "卫生院书记")],
    story: "on_track",
  },
  {
    orgCode: "QS-SHZZ",
    title: "社会组织联合党建“志愿青山”",
    category: "party_building",
    problem: "社会组织党建起步晚，党员分散在各协会；以志愿服务为载体把党员组织起来。",
    resources: "联合支部党员 15 人，4 家社会组织",
    indicators: [{ name: "党员参与志愿服务时长", unit: "小时", baseline: 0, target: 600, reached: 0.6 }],
    milestones: [done("成立联合党支部志愿服务队", "06-30", "联合支部书记"), open("开展“志愿青山”系列活动", "10-31", "联合支部书记"), open("年终总结表彰", "12-20", "联合支部书记")],
    story: "at_risk",
  },
];

/** The 2025 projects: title and category per organization; their figures come from the 2026 shape. */
export const DEMO_PROJECTS_2025: { orgCode: string; title: string; category: ProjectCategory; score: number }[] = [
  { orgCode: "QS", title: "“红色根脉”基层党建示范带建设", category: "party_building", score: 93.5 },
  { orgCode: "QS-CUN01", title: "青山村“党建+民宿”集体经济增收", category: "unit_development", score: 91.2 },
  { orgCode: "QS-CUN02", title: "溪口村党员“河长”护水行动", category: "three_safeties", score: 88.6 },
  { orgCode: "QS-CUN03", title: "竹林村“村规民约”移风易俗", category: "serving_masses", score: 82.4 },
  { orgCode: "QS-CUN04", title: "石桥村党员带头拆违治乱", category: "party_building", score: 71.3 },
  { orgCode: "QS-CUN05", title: "茶岭村白茶“党员示范园”", category: "unit_development", score: 90.1 },
  { orgCode: "QS-CUN06", title: "龙潭村“幸福食堂”助老", category: "serving_masses", score: 84.7 },
  { orgCode: "QS-CUN07", title: "桃源村“桃花节”党员志愿服务", category: "unit_development", score: 78.9 },
  { orgCode: "QS-SQ-ZB1", title: "社区“红色物业”试点", category: "serving_masses", score: 89.8 },
  { orgCode: "QS-SQ-ZB2", title: "社区党员“微心愿”认领", category: "serving_masses", score: 83.2 },
  { orgCode: "QS-SQ-ZB3", title: "离退休党员“红色故事会”", category: "party_building", score: 86.0 },
  { orgCode: "QS-JT-ZB1", title: "重点工程“党员突击队”", category: "unit_development", score: 87.5 },
  { orgCode: "QS-JT-ZB2", title: "财务管理“阳光工程”", category: "integrity", score: 80.6 },
  { orgCode: "QS-FG01", title: "竹木公司“党员责任区”安全生产", category: "three_safeties", score: 76.4 },
  { orgCode: "QS-JG", title: "机关“最多跑一次”党员服务窗口", category: "party_building", score: 92.0 },
  { orgCode: "QS-XX", title: "“书香校园”党员读书会", category: "party_building", score: 81.7 },
  { orgCode: "QS-WSY", title: "党员医生“家庭医生签约”提质", category: "serving_masses", score: 85.3 },
  { orgCode: "QS-FG02", title: "白茶公司党员“传帮带”", category: "unit_development", score: 58.5 },
];
