import { Col, Form, Select } from "antd";
import { FilterButtons, FilterForm, NameFilterField, OrgFilterField, useFilterForm } from "../../../components/FilterBar";
import { DEFAULT_STATUS, type DevelopmentListFilters } from "../development-filters";
import { DUE_OPTIONS, STAGE_OPTIONS, STATUS_OPTIONS } from "../development-options";

interface DevelopmentFilterBarProps {
  filters: DevelopmentListFilters;
  onChange: (filters: DevelopmentListFilters) => void;
  onReset: () => void;
}

const TEXT_FIELDS = ["q"];
const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const wide = { xs: 24, sm: 12, lg: 8, xxl: 5 };
const narrow = { xs: 24, sm: 12, lg: 8, xxl: 3 };
// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (filters: DevelopmentListFilters): DevelopmentListFilters => ({
  orgId: filters.orgId,
  q: filters.q,
  stage: filters.stage,
  status: filters.status ?? DEFAULT_STATUS,
  due: filters.due,
});

/** Organization, name, stage, status and due date; the name applies on Enter, the others at once. */
export function DevelopmentFilterBar({ filters, onChange, onReset }: DevelopmentFilterBarProps) {
  const values = toFormValues(filters);
  // The URL is the source of truth: back, forward, a pasted link or a stage tile refill the bar.
  const form = useFilterForm(values);
  const handleFinish = ({ q, ...choices }: DevelopmentListFilters) => onChange({ ...choices, q: q?.trim() || undefined });

  return (
    <FilterForm form={form} name="development-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={48}>
      <OrgFilterField col={wide} />
      <NameFilterField col={col} />
      <Col {...col}>
        <Form.Item label="阶段" name="stage">
          <Select options={STAGE_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="状态" name="status">
          <Select options={STATUS_OPTIONS} popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="期限" name="due">
          <Select options={[...DUE_OPTIONS]} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...narrow}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
