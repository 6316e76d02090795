// The demo town's organization tree: one township committee (乡镇党委) with branches in all seven
// domains of ORG_DOMAINS, sized by the 支部工作条例 (rules.md §2.1: a branch normally ≤ 50 members,
// ORG-02; groups inside larger branches, ORG-08; a joint branch for small units, ORG-03), with no
// general branch reaching 100 members (ORG-07) and one small branch of four (ORG-06: a secretary only).
// Terms (rules.md §2.2) as on DEMO_REFERENCE_DATE (2026-11-25): the villages and the community renewed in
// the 2026 round; the town committee and two branches are due within three months; one company's
// branch is past its term.
// 青山镇 is fictional; it is placed in the real 安吉县 (Huzhou, Zhejiang) for its ID address codes.
import type { OrgDomain, OrgKind } from "../../../shared/domain";
import type { Profile } from "./demo-people";

export interface OrgSpec {
  code: string;
  name: string;
  kind: OrgKind;
  domain: OrgDomain | null;
  unitName: string | null;
  /** Members whose relation sits here (spread over the groups when there are any). */
  size: number;
  profile: Profile;
  /** Where these members' relation sits when not here: a committee holds no members itself (MEM-01). */
  membersIn?: string;
  /** Party groups (党小组) by natural village or department: codes `<code>-G<n>`, names `<prefix><name>`. */
  groups?: { prefix: string; names: string[] };
  /** The current term's election day; its length is TERM-02's default for the kind and domain. */
  termStartedOn: string;
  children?: OrgSpec[];
}

/** Villages renewed in January 2026, the 2026 round of village elections (TERM-02: 5 years). */
const village = (n: number, name: string, size: number, groups: string[]): OrgSpec => ({
  code: `QS-CUN0${n}`,
  name: `${name}党支部`,
  kind: "branch",
  domain: "rural",
  unitName: `安吉县青山镇${name}村民委员会`,
  size,
  profile: "village",
  groups: { prefix: name, names: groups },
  termStartedOn: `2026-01-${String(6 + 2 * n).padStart(2, "0")}`,
});

const ordinal = ["第一党小组", "第二党小组", "第三党小组"];

export const DEMO_ORG_TREE: OrgSpec = {
  code: "QS",
  name: "中共青山镇委员会",
  kind: "committee",
  // A township committee leads every domain of its area, so it has none of its own.
  domain: null,
  unitName: "安吉县青山镇",
  // Five committee officers (党委委员) work at the committee; like every member, their relation sits in
  // a branch (MEM-01): the town agency's, where they come first.
  size: 5,
  profile: "agency",
  membersIn: "QS-JG",
  // Elected at the town's party congress of January 2022 for 5 years: due for renewal.
  termStartedOn: "2022-01-14",
  children: [
    village(1, "青山村", 48, ["上村党小组", "下村党小组", "竹园党小组", "后坞党小组"]),
    village(2, "溪口村", 42, ["溪东党小组", "溪西党小组", "溪南党小组"]),
    village(3, "竹林村", 45, ["大竹林党小组", "小竹林党小组", "新村党小组"]),
    village(4, "石桥村", 38, ["石桥党小组", "枫树湾党小组", "石门党小组"]),
    village(5, "茶岭村", 36, ["茶岭党小组", "岭下党小组"]),
    village(6, "龙潭村", 40, ["龙潭党小组", "后山党小组", "外坑党小组"]),
    village(7, "桃源村", 33, ["桃源党小组", "杏花坞党小组"]),
    {
      code: "QS-SQ",
      name: "青山社区党总支",
      kind: "general_branch",
      domain: "community",
      unitName: "安吉县青山镇青山社区居民委员会",
      size: 0,
      profile: "community",
      termStartedOn: "2026-02-12",
      children: [
        { code: "QS-SQ-ZB1", name: "青山社区第一党支部", kind: "branch", domain: "community", unitName: "安吉县青山镇青山社区居民委员会", size: 34, profile: "community", groups: { prefix: "青山社区第一支部", names: ordinal }, termStartedOn: "2026-02-05" },
        { code: "QS-SQ-ZB2", name: "青山社区第二党支部", kind: "branch", domain: "community", unitName: "安吉县青山镇青山社区居民委员会", size: 32, profile: "community", groups: { prefix: "青山社区第二支部", names: ordinal.slice(0, 2) }, termStartedOn: "2026-02-06" },
        { code: "QS-SQ-ZB3", name: "青山社区离退休党员党支部", kind: "branch", domain: "community", unitName: "安吉县青山镇青山社区居民委员会", size: 28, profile: "retired", groups: { prefix: "青山社区离退休支部", names: ordinal }, termStartedOn: "2026-02-06" },
      ],
    },
    {
      code: "QS-JT",
      name: "青山建设发展集团有限公司党总支",
      kind: "general_branch",
      domain: "state_enterprise",
      unitName: "安吉县青山建设发展集团有限公司",
      size: 0,
      profile: "enterprise",
      termStartedOn: "2024-06-18",
      children: [
        { code: "QS-JT-ZB1", name: "青山建设发展集团生产经营党支部", kind: "branch", domain: "state_enterprise", unitName: "安吉县青山建设发展集团有限公司", size: 30, profile: "enterprise", groups: { prefix: "生产经营支部", names: ["工程党小组", "水务党小组"] }, termStartedOn: "2024-06-12" },
        { code: "QS-JT-ZB2", name: "青山建设发展集团综合党支部", kind: "branch", domain: "state_enterprise", unitName: "安吉县青山建设发展集团有限公司", size: 22, profile: "enterprise", groups: { prefix: "综合支部", names: ["财务党小组", "行政党小组"] }, termStartedOn: "2024-06-13" },
      ],
    },
    // Elected August 2023 for 3 years: the term ended in August 2026 and the renewal has not been held.
    { code: "QS-FG01", name: "安吉青山竹木制品有限公司党支部", kind: "branch", domain: "non_public_enterprise", unitName: "安吉青山竹木制品有限公司", size: 24, profile: "private_enterprise", groups: { prefix: "竹木公司", names: ["生产车间党小组", "销售党小组"] }, termStartedOn: "2023-08-18" },
    // A small company's branch: four full members, above ORG-01's three, so a secretary only (ORG-06).
    { code: "QS-FG02", name: "安吉绿源白茶有限公司党支部", kind: "branch", domain: "non_public_enterprise", unitName: "安吉绿源白茶有限公司", size: 4, profile: "private_enterprise", termStartedOn: "2025-05-20" },
    { code: "QS-JG", name: "青山镇机关党支部", kind: "branch", domain: "agency", unitName: "中共青山镇委员会、青山镇人民政府", size: 40, profile: "agency", groups: { prefix: "镇机关", names: ["党政办党小组", "经济发展党小组", "社会事务党小组"] }, termStartedOn: "2025-03-21" },
    // Due: elected December 2023 and February 2024 for 3 years.
    { code: "QS-XX", name: "青山镇中心学校党支部", kind: "branch", domain: "public_institution", unitName: "安吉县青山镇中心学校", size: 32, profile: "school", groups: { prefix: "中心学校", names: ["小学部党小组", "初中部党小组", "行政后勤党小组"] }, termStartedOn: "2023-12-28" },
    { code: "QS-WSY", name: "青山镇卫生院党支部", kind: "branch", domain: "public_institution", unitName: "安吉县青山镇卫生院", size: 18, profile: "health", groups: { prefix: "卫生院", names: ["临床党小组", "公共卫生党小组"] }, termStartedOn: "2024-02-06" },
    // Four small units with fewer than 3 full members each share one joint branch (ORG-03: ≤ 5 units).
    { code: "QS-SHZZ", name: "青山镇社会组织联合党支部", kind: "joint_branch", domain: "social_organization", unitName: "青山镇商会、青山镇志愿者协会、青山镇竹产业协会、安吉青山乡村振兴服务中心", size: 15, profile: "social", termStartedOn: "2025-07-09" },
  ],
};
