import { Col, Form, Input, Select } from "antd";
import { FilterButtons, FilterForm, OrgFilterField, useFilterForm, YearFilterField } from "../../../components/FilterBar";
import { KIND_OPTIONS, SAFETY_OPTIONS, yearOptions } from "../post-display";
import type { PostListFilters } from "../post-filters";

interface PostFilterBarProps {
  filters: PostListFilters;
  onChange: (filters: PostListFilters) => void;
  onReset: () => void;
  /** The organization picker: not for members, whose list is their own organization's. */
  hasOrgFilter: boolean;
}

const TEXT_FIELDS = ["q"];
const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const ACTIVE_OPTIONS = [
  { value: "true", label: "在岗" },
  { value: "false", label: "已撤销或到期" },
];

// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (f: PostListFilters): PostListFilters => ({ year: f.year, orgId: f.orgId, kind: f.kind, safetyKind: f.safetyKind, active: f.active, q: f.q, memberId: f.memberId });

/** Year, organization, kind, safety kind, 在岗 and a name search (applied on Enter). */
export function PostFilterBar({ filters, onChange, onReset, hasOrgFilter }: PostFilterBarProps) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const kind = Form.useWatch("kind", form);
  const handleFinish = ({ q, ...choices }: PostListFilters) =>
    // A safety kind belongs to the safety areas: choosing another kind drops it.
    onChange({ ...choices, safetyKind: choices.kind && choices.kind !== "safety_area" ? undefined : choices.safetyKind, q: q?.trim() || undefined, memberId: filters.memberId });

  return (
    <FilterForm form={form} name="post-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={72}>
      <YearFilterField col={col} options={yearOptions()} />
      {hasOrgFilter && <OrgFilterField col={{ xs: 24, sm: 12, lg: 8, xxl: 5 }} />}
      <Col {...col}>
        <Form.Item label="类型" name="kind">
          <Select options={KIND_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="安全类别" name="safetyKind">
          <Select options={SAFETY_OPTIONS} allowClear placeholder="全部" disabled={!!kind && kind !== "safety_area"} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="状态" name="active">
          <Select options={ACTIVE_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="搜索" name="q">
          <Input placeholder="岗位或党员姓名，回车" allowClear maxLength={30} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Col>
      <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 3 }}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
