// The demo town's organizational life in 2026 up to DEMO_REFERENCE_DATE: every meeting the frequency
// rules ask of each organization (meeting-frequency.rules.ts), on plausible days, with attendance —
// and, so the compliance matrix has something to show, a few realistic gaps: a company branch past its
// term that let its meetings slip, a lecture missed, meetings not yet held or not yet signed off this
// month, and two villagers drifting away from organizational life (one past the 6-month limit).
// Pure data: demo-org-life.service.ts writes it.
import { addDays } from "../../../shared/dates";
import type { OrgKind } from "../../../shared/domain";
import type { AttendanceStatus, MeetingTag, MeetingType, PeriodUnit } from "../../../shared/org-life";
import type { OrgLifeConfig } from "../../config";
import { requirementsOf } from "../org-life/meeting-frequency.rules";
import { DEMO_REFERENCE_DATE } from "./demo-dataset";
import { createRandom, type Random } from "./random";

export interface DemoLifeMember {
  id: string;
  name: string;
  isFull: boolean;
  isMobile: boolean;
  /** The member's own org (the branch or one of its groups). */
  orgCode: string;
}

export interface DemoLifeOrg {
  code: string;
  kind: OrgKind;
  unitName: string | null;
  /** Members of the org and of its party groups. */
  members: DemoLifeMember[];
  /** Current officers who are members (a committee meeting's participants). */
  officerIds: string[];
  secretaryName: string | null;
  /** 成立日期: nothing was held before it. */
  establishedOn: string | null;
}

export interface DemoAttendance {
  memberId: string;
  status: AttendanceStatus;
  reason: string | null;
  isVoter: boolean;
}

export interface DemoMeeting {
  orgCode: string;
  type: MeetingType;
  topic: string;
  tags: MeetingTag[];
  heldOn: string;
  startsAt: string;
  endsAt: string;
  place: string;
  hostName: string | null;
  lecturerName: string | null;
  agenda: string;
  minutes: string;
  /** Motions as recorded; whether each passed is decided by the meetings rules when written. */
  resolutions: { title: string; yes: number; no: number; abstain: number }[];
  signedOff: boolean;
  attendance: DemoAttendance[];
}

const YEAR = 2026;
const pad = (n: number) => String(n).padStart(2, "0");
const day = (month: number, d: number) => `${YEAR}-${pad(month)}-${pad(d)}`;

/** Topics by type, with the brief's tags (essay §三、§五: the three safeties, integrity, the unit's key issues). */
const TOPICS: Record<MeetingType, readonly (readonly [string, MeetingTag[]])[]> = {
  general_meeting: [
    ["审议支部委员会季度工作报告", ["key_issues"]],
    ["学习贯彻党的二十届四中全会精神", ["theory_study"]],
    ["讨论确定入党积极分子和发展对象", ["member_development"]],
    ["安全生产专题学习和隐患排查部署", ["production_safety"]],
  ],
  committee_meeting: [
    ["研究本月党建工作安排", ["key_issues"]],
    ["研究党员发展和教育管理工作", ["member_development"]],
    ["研究为民办实事项目推进", ["serving_masses"]],
    ["研究防范化解重大风险工作", ["political_safety", "economic_safety"]],
  ],
  group_meeting: [
    ["学习党章和党内法规", ["theory_study"]],
    ["交流党员联系服务群众情况", ["serving_masses"]],
    ["学习安全生产知识", ["production_safety"]],
  ],
  party_lecture: [
    ["以案为鉴，筑牢廉洁自律防线", ["integrity"]],
    ["学习贯彻习近平新时代中国特色社会主义思想", ["theory_study"]],
    ["守牢意识形态阵地", ["political_safety"]],
    ["防范非法集资和电信诈骗", ["economic_safety"]],
  ],
  theme_day: [
    ["重温入党誓词，开展志愿服务", ["serving_masses"]],
    ["参观廉政教育基地", ["integrity"]],
    ["“安全生产月”主题宣传", ["production_safety"]],
    ["防范电信网络诈骗入户宣传", ["economic_safety"]],
    ["学习身边先进典型", ["theory_study"]],
  ],
  life_meeting: [["2025年度组织生活会暨民主评议党员", ["integrity", "theory_study"]]],
  one_on_one_talk: [["支部书记与党员谈心谈话", ["key_issues"]]],
  study_session: [["专题学习", ["theory_study"]]],
};

const EXCUSES = ["外出务工", "生病住院", "出差在外", "家中有事", "年老行动不便"] as const;

/** The periods of the year a requirement is owed in, each with the day its meeting falls on. */
function meetingDays(unit: PeriodUnit, type: MeetingType, random: Random): string[] {
  if (unit === "month") {
    const base = type === "theme_day" ? 5 : type === "committee_meeting" ? 10 : 18;
    return Array.from({ length: 12 }, (_, i) => day(i + 1, base + random.int(0, 9)));
  }
  if (unit === "quarter") {
    const inMonth = type === "general_meeting" ? 2 : 3;
    return [0, 1, 2, 3].map((q) => day(q * 3 + inMonth, random.int(8, 22)));
  }
  // Yearly: the previous year's 组织生活会 in January or February, as is usual; talks through the year.
  return [type === "life_meeting" ? day(random.int(1, 2), random.int(10, 25)) : day(random.int(3, 10), random.int(5, 25))];
}

/** Deliberate gaps, by org code and day: these meetings were never held. */
function isSkipped(org: DemoLifeOrg, type: MeetingType, heldOn: string, random: Random): boolean {
  const month = Number(heldOn.slice(5, 7));
  // The company branch whose term ran out in August (demo-orgs.ts) let its organizational life slip too.
  if (org.code === "QS-FG01") return (type === "theme_day" && [3, 7, 8].includes(month)) || (type === "general_meeting" && month === 5) || (type === "party_lecture" && month >= 9);
  if (org.code === "QS-WSY" && type === "party_lecture" && month === 9) return true;
  // Party groups miss the odd monthly meeting.
  return type === "group_meeting" && random.chance(0.05);
}

export function buildDemoOrgLife(orgs: readonly DemoLifeOrg[], config: OrgLifeConfig, drifting: ReadonlySet<string>): DemoMeeting[] {
  const random = createRandom(20260701);
  const meetings: DemoMeeting[] = [];
  for (const org of orgs) {
    const fullMembers = org.members.filter((m) => m.isFull).length;
    for (const requirement of requirementsOf(org.kind, fullMembers, config)) {
      for (const heldOn of meetingDays(requirement.unit, requirement.type, random)) {
        for (let n = 0; n < requirement.count; n++) {
          const on = n === 0 ? heldOn : addDays(heldOn, 3 * n);
          if (on > DEMO_REFERENCE_DATE || (org.establishedOn && on < org.establishedOn) || isSkipped(org, requirement.type, on, random)) continue;
          meetings.push(buildMeeting(org, requirement.type, on, random, drifting));
        }
      }
    }
  }
  return meetings;
}

function buildMeeting(org: DemoLifeOrg, type: MeetingType, heldOn: string, random: Random, drifting: ReadonlySet<string>): DemoMeeting {
  const [topic, tags] = random.pick(TOPICS[type]);
  const participants = participantsOf(org, type, random);
  const attendance = participants.map((m) => ({ memberId: m.id, isVoter: m.isFull, ...attend(m, heldOn, random, drifting) }));
  const presentVoters = attendance.filter((a) => a.isVoter && a.status === "present").length;
  const resolutions = type === "general_meeting" && topic.startsWith("审议") ? [{ title: "通过支部委员会季度工作报告", yes: presentVoters, no: 0, abstain: 0 }] : [];
  // This month's meetings are partly still drafts, waiting for the secretary's sign-off.
  const signedOff = !(heldOn >= "2026-11-15" && random.chance(0.4));
  return {
    orgCode: org.code,
    type,
    topic,
    tags,
    heldOn,
    startsAt: type === "theme_day" ? "09:00" : "19:00",
    endsAt: type === "theme_day" ? "11:30" : "20:30",
    place: `${org.unitName ?? ""}党员活动室`,
    hostName: org.secretaryName,
    lecturerName: type === "party_lecture" ? org.secretaryName : null,
    agenda: `1. ${topic}\n2. 交流讨论\n3. 布置下阶段工作`,
    minutes: `会议由${org.secretaryName ?? "支部书记"}主持。围绕“${topic}”，与会党员结合实际交流发言，会议对下阶段工作作了部署。`,
    resolutions,
    signedOff,
    attendance,
  };
}

function participantsOf(org: DemoLifeOrg, type: MeetingType, random: Random): DemoLifeMember[] {
  if (type === "committee_meeting") return org.members.filter((m) => org.officerIds.includes(m.id));
  if (type === "one_on_one_talk") {
    const secretary = org.members.find((m) => org.officerIds[0] === m.id);
    const other = random.pick(org.members.filter((m) => m.id !== secretary?.id));
    return secretary ? [secretary, other] : [other];
  }
  return org.members;
}

function attend(member: DemoLifeMember, heldOn: string, random: Random, drifting: ReadonlySet<string>): { status: AttendanceStatus; reason: string | null } {
  if (member.isMobile) return { status: "excused", reason: "流动党员，在流入地参加组织生活" };
  if (drifting.has(member.id) && heldOn >= driftStart(member.id, drifting)) return { status: "absent", reason: null };
  const roll = random.next();
  if (roll < 0.88) return { status: "present", reason: null };
  if (roll < 0.96) return { status: "excused", reason: random.pick(EXCUSES) };
  return { status: "absent", reason: null };
}

/** The first drifting member stopped in May (over the 6-month limit by late November), the second in August. */
const driftStart = (memberId: string, drifting: ReadonlySet<string>) => ([...drifting].indexOf(memberId) === 0 ? "2026-05-01" : "2026-07-20");
