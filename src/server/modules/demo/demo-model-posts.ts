// The demo town's party-member model posts and responsibility areas (党员示范岗、党员责任区) for 2026, as
// things stand on the demo date (2026-11-25): every branch has two to four, at least one of them a
// safety area; the three safeties of the brief §四 (生产安全、经济安全、政治安全) all appear, the
// enterprises keeping all three. Most carry a few dated entries of the year's record; one was ended in
// the summer (its holder went to work elsewhere), and 青山村 also has last year's areas, now expired.
// Pure: the seed (demo-model-posts.service.ts) writes it through the module's services.
import type { PostKind, SafetyKind } from "../../../shared/care";

export interface DemoPostSpec {
  orgCode: string;
  year: number;
  kind: PostKind;
  safetyKind?: SafetyKind;
  name: string;
  scope: string;
  commitment: string;
  /** MM-DD in the post's year. */
  startedOn: string;
  /** Dated deeds: [MM-DD, what was done]. */
  entries: [string, string][];
  /** Ended with a reason: [MM-DD, reason]. */
  ended?: [string, string];
  /** The holder: the demo account's member (cun01_dangyuan), or the n-th active member of the branch's subtree. */
  holder: { username: string } | { index: number };
}

type Template = Omit<DemoPostSpec, "orgCode" | "year" | "holder">;

const forestFire = (place: string): Template => ({
  kind: "safety_area",
  safetyKind: "production",
  name: `${place}森林防火安全责任区`,
  scope: `${place}周边山林、竹园及沿线农户`,
  commitment: "防火期每周巡山不少于两次，宣传野外不用火，发现火情第一时间报告并参与扑救。",
  startedOn: "01-20",
  entries: [
    ["03-14", "清明前巡山检查，劝阻田间烧荒 1 起"],
    ["04-02", "向沿山农户发放森林防火宣传单 40 份"],
    ["10-28", "参加镇森林防火应急演练"],
  ],
});

const householdArea = (place: string): Template => ({
  kind: "responsibility_area",
  name: `${place}党员联户责任区`,
  scope: `${place}联系农户 10 户`,
  commitment: "每月走访联系户，收集群众意见建议，帮助解决生产生活中的实际困难。",
  startedOn: "02-10",
  entries: [
    ["03-20", "走访联系户 10 户，收集道路修缮意见 2 条"],
    ["06-18", "帮助独居老人办理医保缴费"],
    ["09-05", "组织联系户参加垃圾分类志愿活动"],
  ],
});

const villageServicePost: Template = {
  kind: "model_post",
  name: "村党群服务中心便民代办示范岗",
  scope: "村党群服务中心代办窗口",
  commitment: "代办社保、医保、农业补贴等事项，做到当天受理、限时办结、群众少跑腿。",
  startedOn: "01-06",
  entries: [
    ["04-15", "代办农业补贴申报 15 件"],
    ["08-10", "为外出务工群众代办证明材料 6 件"],
  ],
};

const villageFunds: Template = {
  kind: "safety_area",
  safetyKind: "economic",
  name: "村集体资产资金安全责任区",
  scope: "村级集体资金收支、集体资产发包和村级工程项目",
  commitment: "监督村级集体资金收支和工程项目，坚持村务公开，发现问题及时向党支部报告。",
  startedOn: "02-01",
  entries: [
    ["04-08", "审核一季度村级财务公开清单"],
    ["07-12", "监督竹林承包合同续签，核对承包金入账"],
  ],
};

const gridPolitical = (place: string): Template => ({
  kind: "safety_area",
  safetyKind: "political",
  name: `${place}网格平安稳定责任区`,
  scope: `${place}网格内住户`,
  commitment: "及时掌握网格内社情民意，排查化解矛盾纠纷，抵制非法宗教和邪教宣传，维护政治安全。",
  startedOn: "02-15",
  entries: [
    ["05-09", "排查化解邻里宅基地纠纷 1 起"],
    ["07-20", "开展反邪教宣传进家入户"],
    ["10-15", "收集网格社情民意 5 条并上报"],
  ],
});

const fireSafety = (place: string): Template => ({
  kind: "safety_area",
  safetyKind: "production",
  name: `${place}消防安全责任区`,
  scope: `${place}楼道、电动自行车停放充电点`,
  commitment: "每月检查楼道堆物和电动自行车充电，督促整改隐患，组织居民学习消防常识。",
  startedOn: "02-20",
  entries: [
    ["03-28", "清理楼道堆物 6 处"],
    ["06-30", "劝导电动自行车入户充电 3 起"],
  ],
});

const counterPost = (name: string, scope: string): Template => ({
  kind: "model_post",
  name,
  scope,
  commitment: "亮身份、作表率，热情服务、一次讲清、限时办结，接受群众监督。",
  startedOn: "01-10",
  entries: [
    ["05-20", "窗口服务群众 260 余人次，无投诉"],
    ["09-18", "梳理常见事项办理清单，张贴公示"],
  ],
});

const workshopSafety = (workshop: string): Template => ({
  kind: "safety_area",
  safetyKind: "production",
  name: `${workshop}安全生产责任区`,
  scope: `${workshop}作业现场和设备`,
  commitment: "班前检查设备和防护，杜绝违章作业，发现隐患立即停工整改并报告。",
  startedOn: "01-15",
  entries: [
    ["04-20", "组织安全生产月班组隐患排查，整改 4 处"],
    ["06-16", "开展安全生产月应急演练"],
    ["11-10", "检查冬季用电和防火设施"],
  ],
});

const financeSafety = (unit: string): Template => ({
  kind: "safety_area",
  safetyKind: "economic",
  name: `${unit}资金和合同风险防控责任区`,
  scope: `${unit}资金支付、合同签订和采购`,
  commitment: "严格执行资金审批和合同审查制度，防范廉洁风险和经营风险，做到账实相符。",
  startedOn: "01-15",
  entries: [
    ["05-30", "参与上半年合同履约情况检查"],
    ["10-22", "开展廉洁风险点排查，完善采购比价记录"],
  ],
});

const ideologySafety = (unit: string, scope: string): Template => ({
  kind: "safety_area",
  safetyKind: "political",
  name: `${unit}意识形态安全责任区`,
  scope,
  commitment: "掌握职工思想动态，管好宣传阵地和工作群，及时发现和报告苗头性问题。",
  startedOn: "02-01",
  entries: [
    ["06-25", "开展职工思想动态分析，谈心谈话 8 人次"],
    ["09-26", "检查宣传栏和工作群信息发布"],
  ],
});

const vanguard = (name: string, scope: string, commitment: string, entries: [string, string][]): Template => ({ kind: "model_post", name, scope, commitment, startedOn: "01-10", entries });

const villages: [string, string, string][] = [
  ["QS-CUN01", "青山村", "上村"],
  ["QS-CUN02", "溪口村", "溪东"],
  ["QS-CUN03", "竹林村", "大竹林"],
  ["QS-CUN04", "石桥村", "枫树湾"],
  ["QS-CUN05", "茶岭村", "岭下"],
  ["QS-CUN06", "龙潭村", "后山"],
  ["QS-CUN07", "桃源村", "杏花坞"],
];

function villagePosts(): DemoPostSpec[] {
  return villages.flatMap(([orgCode, village, hamlet], v) => {
    // Two to four each: the fire area always, then in turn the households, the counter, the funds and the grid.
    const extras = [householdArea(hamlet), villageServicePost, villageFunds, gridPolitical(village)];
    const picked = [forestFire(village), ...extras.filter((_, i) => (i + v + 1) % 4 !== 0).slice(0, 1 + ((v + 2) % 3))];
    return picked.map((template, i): DemoPostSpec => ({
      ...template,
      orgCode,
      year: 2026,
      // 青山村's household area is held by the demo member (cun01_dangyuan), whose record shows it.
      holder: orgCode === "QS-CUN01" && template.kind === "responsibility_area" ? { username: "cun01_dangyuan" } : { index: 3 + i * 5 },
      // 竹林村's fire area ended in the summer: its holder went to work in the city.
      ...(orgCode === "QS-CUN03" && i === 0 ? { ended: ["08-31", "本人外出务工，责任区由村党支部另行安排党员负责"] as [string, string], entries: template.entries.slice(0, 2) } : {}),
    }));
  });
}

const lastYear: DemoPostSpec[] = [
  { ...forestFire("青山村"), orgCode: "QS-CUN01", year: 2025, holder: { index: 11 }, entries: [["03-10", "清明前巡山 6 次"], ["11-20", "秋冬防火期巡查"]] },
  { ...gridPolitical("青山村"), orgCode: "QS-CUN01", year: 2025, holder: { index: 17 }, entries: [["06-05", "化解山林界址纠纷 1 起"]] },
];

const others: DemoPostSpec[] = [
  ...[gridPolitical("青山社区第一网格"), fireSafety("青山社区幸福苑小区"), counterPost("社区党群服务中心示范岗", "社区党群服务中心前台")].map((t, i) => ({ ...t, orgCode: "QS-SQ-ZB1", holder: { index: 2 + i * 4 } })),
  ...[fireSafety("青山社区和园小区"), householdArea("青山社区第二网格")].map((t, i) => ({ ...t, orgCode: "QS-SQ-ZB2", holder: { index: 4 + i * 6 } })),
  ...[
    vanguard("老党员宣讲示范岗", "社区居民和青少年", "每季度为居民和中小学生宣讲党史和身边的故事，带头参加社区志愿服务。", [["06-28", "在“七一”前为青山小学学生宣讲党史"], ["10-01", "参加国庆社区志愿服务"]]),
    gridPolitical("青山社区离退休党员"),
  ].map((t, i) => ({ ...t, orgCode: "QS-SQ-ZB3", holder: { index: 1 + i * 5 } })),
  ...[workshopSafety("工程项目部施工现场"), workshopSafety("水务公司供水站"), financeSafety("集团工程"), ideologySafety("生产经营支部", "项目部和供水站职工")].map((t, i) => ({ ...t, orgCode: "QS-JT-ZB1", holder: { index: 2 + i * 6 } })),
  ...[financeSafety("集团财务"), ideologySafety("集团机关", "集团机关各部门职工和网站、公众号"), counterPost("集团办事大厅党员示范岗", "集团办事大厅")].map((t, i) => ({ ...t, orgCode: "QS-JT-ZB2", holder: { index: 1 + i * 5 } })),
  ...[workshopSafety("竹木加工车间"), financeSafety("竹木公司销售"), ideologySafety("竹木公司", "生产车间和销售部职工"), vanguard("生产车间党员先锋岗", "竹木加工一号生产线", "带头攻坚技术难题，产品合格率保持 99% 以上，带好新员工。", [["05-12", "带领班组完成竹地板新产品试产"], ["09-03", "结对带教新员工 3 人"]])].map((t, i) => ({ ...t, orgCode: "QS-FG01", holder: { index: 1 + i * 5 } })),
  ...[workshopSafety("白茶加工厂房"), financeSafety("绿源白茶"), ideologySafety("绿源白茶", "公司全体职工")].map((t, i) => ({ ...t, orgCode: "QS-FG02", holder: { index: i } })),
  ...[counterPost("镇便民服务中心党员示范窗口", "镇便民服务中心"), financeSafety("镇机关"), ideologySafety("镇机关", "镇政府网站、公众号和各类工作群")].map((t, i) => ({ ...t, orgCode: "QS-JG", holder: { index: 6 + i * 7 } })),
  ...[
    vanguard("党员教师示范岗", "初中部九年级", "上好每一堂课，结对帮扶学习困难学生，做学生的引路人。", [["06-20", "结对帮扶学生 4 名，期末均有进步"], ["10-30", "开展公开课示范教学"]]),
    { ...workshopSafety("校园食堂和校车"), name: "校园食品和交通安全责任区", scope: "学校食堂、校车和上下学路段" },
  ].map((t, i) => ({ ...t, orgCode: "QS-XX", holder: { index: 2 + i * 6 } })),
  ...[
    vanguard("党员医疗服务示范岗", "卫生院全科门诊", "热情接诊、规范诊疗，每月下村巡诊一次，服务慢病患者。", [["04-25", "下村巡诊，随访高血压患者 32 人"], ["08-22", "为老年人开展免费体检"]]),
    { ...workshopSafety("院感防控"), name: "院感防控安全责任区", scope: "门诊、病房和发热门诊" },
    { ...financeSafety("医保基金"), name: "医保基金使用安全责任区", scope: "卫生院医保结算和药品耗材采购" },
  ].map((t, i) => ({ ...t, orgCode: "QS-WSY", holder: { index: 1 + i * 4 } })),
  ...[
    vanguard("志愿服务示范岗", "青山镇志愿者协会", "每月组织一次志愿服务，带头参与乡村振兴和文明创建。", [["05-15", "组织“美丽乡村”环境整治志愿服务"], ["09-20", "开展敬老院慰问志愿服务"]]),
    ideologySafety("社会组织", "四家社会组织的活动阵地和会员群"),
  ].map((t, i) => ({ ...t, orgCode: "QS-SHZZ", holder: { index: i * 4 } })),
].map((spec) => ({ ...spec, year: 2026 }));

export const DEMO_POSTS: DemoPostSpec[] = [...villagePosts(), ...lastYear, ...others];
