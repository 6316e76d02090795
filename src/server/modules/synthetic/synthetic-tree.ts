import { randomUUID } from "node:crypto";
import { ORG_DOMAINS, type OrgDomain, type OrgKind } from "../../../shared/domain";
import type { Random } from "../demo/random";

/** One organization of the synthetic tree, with its id and materialized path precomputed. */
export interface SyntheticOrg {
  id: string;
  code: string;
  name: string;
  kind: OrgKind;
  domain: OrgDomain | null;
  parentId: string | null;
  path: string;
  depth: number;
  /** Where members may be placed: branches and groups. */
  holdsMembers: boolean;
}

const DOMAIN_NAMES: Record<OrgDomain, readonly [string, string]> = {
  rural: ["镇", "村"],
  state_enterprise: ["集团公司", "分公司"],
  agency: ["局", "科室"],
  public_institution: ["中心", "科室"],
  community: ["街道", "社区"],
  non_public_enterprise: ["工业园区", "企业"],
  social_organization: ["社会组织综合", "协会"],
};

/**
 * A province-shaped tree: a root committee over `committees` primary committees, each with branches
 * (some grouped under general branches) and party groups, sized for about `membersPerBranch`.
 */
export function buildSyntheticTree(rng: Random, options: { committees: number; members: number; membersPerBranch?: number }): SyntheticOrg[] {
  const perBranch = options.membersPerBranch ?? 40;
  const branchesPerCommittee = Math.max(1, Math.round(options.members / perBranch / options.committees));
  const orgs: SyntheticOrg[] = [];
  const add = (parent: SyntheticOrg | null, kind: OrgKind, code: string, name: string, domain: OrgDomain | null): SyntheticOrg => {
    const id = randomUUID();
    const org: SyntheticOrg = {
      id,
      code,
      name,
      kind,
      domain,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      holdsMembers: kind === "branch" || kind === "group",
    };
    orgs.push(org);
    return org;
  };
  const root = add(null, "committee", "SYN", "中共合成市委员会", null);
  for (let c = 1; c <= options.committees; c++) {
    const domain = rng.pick(ORG_DOMAINS);
    const [unit, sub] = DOMAIN_NAMES[domain];
    const committee = add(root, "committee", `SYN-${c}`, `中共合成第${c}${unit}委员会`, domain);
    let parent = committee;
    for (let b = 1; b <= branchesPerCommittee; b++) {
      // About one branch in eight opens a general branch that holds the next few branches.
      if (b % 8 === 1 && branchesPerCommittee >= 8) parent = add(committee, "general_branch", `SYN-${c}-Z${b}`, `合成第${c}${unit}第${b}党总支`, domain);
      const branch = add(parent, "branch", `SYN-${c}-B${b}`, `合成第${c}${unit}第${b}${sub}党支部`, domain);
      const groups = rng.int(0, 2);
      for (let g = 1; g <= groups; g++) add(branch, "group", `SYN-${c}-B${b}-G${g}`, `第${b}${sub}第${g}党小组`, domain);
    }
  }
  return orgs;
}
