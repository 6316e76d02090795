// Where the demo members come from, live and work: 籍贯 from the ID number's county, a home address
// in the fictional 青山镇, and the unit they work for. Plain strings, as a branch would record them.
import type { Occupation } from "../../../shared/domain";
import type { OrgSpec } from "./demo-orgs";
import type { Profile } from "./demo-people";
import type { Random } from "./random";

/** Address codes (GB/T 2260) of 安吉县 and, for members who moved in, its Huzhou neighbours. */
export const ADDRESS_CODES: readonly (readonly [string, number])[] = [["330523", 85], ["330522", 5], ["330521", 4], ["330502", 3], ["330503", 3]];
const NATIVE_PLACE_BY_CODE: Record<string, string> = {
  "330523": "浙江安吉",
  "330522": "浙江长兴",
  "330521": "浙江德清",
  "330502": "浙江湖州",
  "330503": "浙江湖州",
};
/** Families who moved to Anji a generation ago keep their old 籍贯. */
const OTHER_NATIVE_PLACES = ["安徽宣城", "江苏宜兴", "河南信阳", "浙江温州", "江西上饶", "湖北黄冈"];

export function randomNativePlace(rng: Random, addressCode: string): string {
  return rng.chance(0.06) ? rng.pick(OTHER_NATIVE_PLACES) : NATIVE_PLACE_BY_CODE[addressCode] ?? "浙江安吉";
}

const ESTATES = ["青山花园", "溪畔家园", "竹韵小区", "翠竹苑", "青山新村"];
const VILLAGE_OF_BRANCH = (spec: OrgSpec) => spec.name.replace(/党支部$/, "");

/** Villagers live in their village; everyone else in the town's estates or a nearby village. */
export function randomAddress(rng: Random, spec: OrgSpec): string {
  if (spec.profile === "village") return `安吉县青山镇${VILLAGE_OF_BRANCH(spec)}${rng.int(1, 180)}号`;
  if (spec.profile !== "community" && spec.profile !== "retired" && rng.chance(0.35)) {
    return `安吉县青山镇${rng.pick(["青山村", "溪口村", "竹林村", "石桥村"])}${rng.int(1, 180)}号`;
  }
  return `安吉县青山镇${rng.pick(ESTATES)}${rng.int(1, 24)}幢${rng.int(1, 3)}单元${rng.int(1, 6)}0${rng.int(1, 4)}室`;
}

/** Employers of villagers and residents who do not work where their branch is. */
const LOCAL_EMPLOYERS = ["安吉青山竹木制品有限公司", "安吉绿源白茶有限公司", "安吉县青山建设发展集团有限公司", "安吉青山农家乐专业合作社", "青山镇农贸市场"];

export function randomWorkUnit(rng: Random, spec: OrgSpec, occupation: Occupation): string | null {
  if (occupation === "farmer" || occupation === "retiree" || occupation === "student") return null;
  switch (spec.profile satisfies Profile) {
    case "village":
      return occupation === "manager" ? `${VILLAGE_OF_BRANCH(spec)}股份经济合作社` : rng.pick(LOCAL_EMPLOYERS);
    case "community":
    case "retired":
      return occupation === "other" ? null : rng.pick(LOCAL_EMPLOYERS);
    default:
      // A workplace branch's members work there, a joint branch's in one of its units, the committee's at the committee.
      if (spec.kind === "committee") return spec.name;
      return spec.unitName ? rng.pick(spec.unitName.split("、")) : null;
  }
}
