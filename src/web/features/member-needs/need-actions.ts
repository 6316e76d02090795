import type { NeedAction } from "../../../shared/contracts/member-needs.contract";

/** The modal of each action the working side or the member may take (NEED-05); rating has its own form. */
export type NoteAction = Exclude<NeedAction, "rate">;

export interface NoteActionText {
  button: string;
  title: string;
  noteLabel: string;
  placeholder: string;
  /** The contract's minimum length; 0 when the note may be left out. */
  minLength: number;
  maxLength: number;
  /** What happens, said before the user confirms. */
  hint?: string;
  success: string;
}

export const NOTE_ACTIONS: Record<NoteAction, NoteActionText> = {
  acknowledge: {
    button: "受理",
    title: "受理诉求",
    noteLabel: "受理意见",
    placeholder: "如：已受理，由支部委员某某负责联系办理",
    minLength: 1,
    maxLength: 1000,
    hint: "受理后开始计算办结时限。",
    success: "已受理",
  },
  progress: { button: "登记进展", title: "登记办理进展", noteLabel: "办理进展", placeholder: "写明已做的工作和下一步安排", minLength: 1, maxLength: 1000, success: "已登记办理进展" },
  escalate: {
    button: "提交上级党委",
    title: "提交上级党委办理",
    noteLabel: "提交上级党委的理由",
    placeholder: "写明支部已做的工作和需要上级党委协调解决的问题",
    minLength: 5,
    maxLength: 1000,
    hint: "提交后由上级党委在同一记录中办理，办结时限重新计算；每条诉求只能提交一次。",
    success: "已提交上级党委办理",
  },
  resolve: {
    button: "办结",
    title: "办结诉求",
    noteLabel: "办理结果或答复",
    placeholder: "写明办理结果；不能解决的，写明原因和答复意见",
    minLength: 5,
    maxLength: 2000,
    hint: "办结后由党员对办理结果进行评价。",
    success: "已办结，等待党员评价",
  },
  reopen: {
    button: "申请重新办理",
    title: "申请重新办理",
    noteLabel: "重新办理的理由",
    placeholder: "写明对办理结果不满意的地方和希望怎样解决",
    minLength: 5,
    maxLength: 1000,
    hint: "每条诉求只能申请重新办理一次，由原办结的组织重新办理。",
    success: "已申请重新办理",
  },
  withdraw: {
    button: "撤回诉求",
    title: "撤回诉求",
    noteLabel: "撤回理由",
    placeholder: "选填",
    minLength: 0,
    maxLength: 500,
    hint: "撤回后这条诉求不再办理。",
    success: "已撤回",
  },
};

/** The buttons' order: the working side's steps, then the member's. */
export const NOTE_ACTION_ORDER: readonly NoteAction[] = ["acknowledge", "progress", "resolve", "escalate", "reopen", "withdraw"];

/** The actions the server offers (`actions`) that open a note modal, in the page's order. */
export const noteActionsOf = (actions: readonly NeedAction[]): NoteAction[] => NOTE_ACTION_ORDER.filter((a) => actions.includes(a));
