import dayjs from "dayjs";
import type { ProjectContent, ProjectDetail } from "../../../shared/contracts/secretary-projects.contract";
import type { ProjectCategory } from "../../../shared/secretary-projects";
import type { IndicatorRowValues, MilestoneRowValues } from "./components/ContentFormTables";

/** The project form's values (a due date as a Dayjs) and their way to and from the contract's content. */
export interface ProjectFormValues {
  /** A new proposal's organization: the caller's own (not a field of the form). */
  orgId?: string;
  year?: number;
  title: string;
  category: ProjectCategory;
  problem: string;
  resources?: string;
  indicators: IndicatorRowValues[];
  milestones: MilestoneRowValues[];
  /** A change request's reason (PROJ-07). */
  reason?: string;
}

const DATE_FORMAT = "YYYY-MM-DD";

export function toContent(values: ProjectFormValues): ProjectContent {
  return {
    title: values.title.trim(),
    category: values.category,
    problem: values.problem.trim(),
    resources: values.resources?.trim() ?? "",
    indicators: (values.indicators ?? []).map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      name: i.name.trim(),
      unit: (i.unit ?? "").trim(),
      baseline: i.baseline,
      target: i.target,
    })),
    milestones: (values.milestones ?? []).map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      title: m.title.trim(),
      dueOn: m.dueOn.format(DATE_FORMAT),
      ownerName: m.ownerName.trim(),
      ...(m.ownerMemberId ? { ownerMemberId: m.ownerMemberId } : {}),
    })),
  };
}

/** The content in force (or the draft) as the form starts from: every row keeps its id. */
export function toFormValues(project: ProjectDetail): ProjectFormValues {
  return {
    year: project.year,
    title: project.title,
    category: project.category,
    problem: project.problem,
    resources: project.resources,
    indicators: project.indicators.map(({ id, name, unit, baseline, target }) => ({ id, name, unit, baseline, target })),
    milestones: project.milestones.map(({ id, title, dueOn, ownerName, ownerMemberId, completedOn }) => ({ id, title, dueOn: dayjs(dueOn), ownerName, ownerMemberId, completedOn })),
  };
}

/** A new proposal's starting point: one empty indicator and one empty milestone to fill in. */
export const NEW_PROJECT_VALUES: Partial<ProjectFormValues> = {
  category: "party_building",
  resources: "",
  indicators: [{ name: "", unit: "", baseline: 0, target: undefined as unknown as number }],
  milestones: [{ title: "", ownerName: "" } as MilestoneRowValues],
};
