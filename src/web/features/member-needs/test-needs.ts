import type { NeedDetail, NeedFigureRow, NeedListItem } from "../../../shared/contracts/member-needs.contract";

// Shared fixtures of the needs' web tests: a need as the API answers it, changed per test.

export const NEED_ID = "00000000-0000-4000-8000-0000000000a1";

export const listItem = (over: Partial<NeedListItem> = {}): NeedListItem => ({
  id: NEED_ID,
  org: { id: "00000000-0000-4000-8000-000000000011", name: "青山村党支部" },
  handlingOrg: { id: "00000000-0000-4000-8000-000000000011", name: "青山村党支部" },
  member: { id: "00000000-0000-4000-8000-000000000021", name: "王建国" },
  category: "life",
  title: "老房屋顶漏雨需要修缮",
  urgency: "normal",
  isPrivate: false,
  status: "submitted",
  filedAt: "2026-11-16T02:00:00.000Z",
  acknowledgeDueOn: "2026-11-19",
  resolveDueOn: null,
  resolvedAt: null,
  rating: null,
  overdue: null,
  ...over,
});

export const detail = (over: Partial<NeedDetail> = {}): NeedDetail => ({
  ...listItem(),
  description: "家中老房屋顶漏雨，本人年老体弱无力修缮，请组织帮助联系。",
  filedByName: null,
  acknowledgedAt: null,
  escalatedAt: null,
  resolution: null,
  ratingComment: null,
  ratedAt: null,
  reopenCount: 0,
  withdrawnAt: null,
  steps: [],
  files: [],
  actions: [],
  canUpload: false,
  ...over,
});

export const figureRow = (over: Partial<NeedFigureRow> = {}): NeedFigureRow => ({
  total: 12,
  withdrawn: 1,
  open: 4,
  resolved: 7,
  escalated: 2,
  acknowledgeOverdue: 1,
  resolveOverdue: 2,
  acknowledgeDaysMedian: 1.5,
  acknowledgeDaysP90: 3,
  resolveDaysMedian: 12,
  resolveDaysP90: 28.4,
  resolutionRate: 63.6,
  rated: 6,
  satisfied: 4,
  partlySatisfied: 1,
  notSatisfied: 1,
  satisfactionRate: 66.7,
  ...over,
});
