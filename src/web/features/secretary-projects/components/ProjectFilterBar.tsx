import { Checkbox, Col, Form, Input, Select } from "antd";
import { chinaToday } from "../../../../shared/dates";
import { FilterButtons, FilterForm, OrgFilterField, useFilterForm, YearFilterField } from "../../../components/FilterBar";
import { CATEGORY_OPTIONS, STATUS_OPTIONS } from "../project-display";
import type { ProjectListFilters } from "../project-filters";

interface ProjectFilterBarProps {
  filters: ProjectListFilters;
  onChange: (filters: ProjectListFilters) => void;
  onReset: () => void;
  /** The organization picker: not for members, whose list is their own organization's and those above. */
  hasOrgFilter: boolean;
  /** 待我审核: for the committee's side. */
  canReview: boolean;
}

const TEXT_FIELDS = ["q"];
const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const thisYear = Number(chinaToday(new Date()).slice(0, 4));
const YEAR_OPTIONS = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y} 年度` }));
const OVERDUE_OPTIONS = [
  { value: "true", label: "有逾期节点" },
  { value: "false", label: "无逾期节点" },
];

interface FormValues extends Omit<ProjectListFilters, "awaitingMe"> {
  awaitingMe?: boolean;
}

// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (f: ProjectListFilters): FormValues => ({
  year: f.year,
  orgId: f.orgId,
  status: f.status,
  category: f.category,
  overdue: f.overdue,
  awaitingMe: f.awaitingMe === "true",
  q: f.q,
});

/** Year, organization, status, category, overdue, 待我审核 and a name search (applied on Enter). */
export function ProjectFilterBar({ filters, onChange, onReset, hasOrgFilter, canReview }: ProjectFilterBarProps) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const handleFinish = ({ q, awaitingMe, ...choices }: FormValues) => onChange({ ...choices, q: q?.trim() || undefined, awaitingMe: awaitingMe ? "true" : undefined });

  return (
    <FilterForm form={form} name="project-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={48}>
      <YearFilterField col={col} options={YEAR_OPTIONS} />
      {hasOrgFilter && <OrgFilterField col={{ xs: 24, sm: 12, lg: 8, xxl: 5 }} />}
      <Col {...col}>
        <Form.Item label="状态" name="status">
          <Select options={STATUS_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="类别" name="category">
          <Select options={CATEGORY_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="逾期" name="overdue">
          <Select options={OVERDUE_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="搜索" name="q">
          <Input placeholder="项目或组织名称，回车" allowClear maxLength={50} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Col>
      {canReview && (
        <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 2 }}>
          <Form.Item name="awaitingMe" valuePropName="checked">
            <Checkbox>待我审核</Checkbox>
          </Form.Item>
        </Col>
      )}
      <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 3 }}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
