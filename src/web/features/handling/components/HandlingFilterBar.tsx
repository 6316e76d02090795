import { Col, Form, Select } from "antd";
import { FilterButtons, FilterForm, NameFilterField, OrgFilterField, useFilterForm } from "../../../components/FilterBar";
import type { HandlingListFilters } from "../handling-filters";
import { METHOD_OPTIONS, STATUS_OPTIONS } from "../handling-options";

interface HandlingFilterBarProps {
  filters: HandlingListFilters;
  onChange: (filters: HandlingListFilters) => void;
  onReset: () => void;
}

const TEXT_FIELDS = ["q"];
const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const wide = { xs: 24, sm: 12, lg: 8, xxl: 5 };
const OVERDUE_OPTIONS = [
  { value: "yes", label: "仅逾期" },
  { value: "no", label: "未逾期" },
];

interface FormValues extends Omit<HandlingListFilters, "overdue"> {
  overdue?: "yes" | "no";
}

// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (filters: HandlingListFilters): FormValues => ({
  orgId: filters.orgId,
  q: filters.q,
  status: filters.status,
  method: filters.method,
  overdue: filters.overdue === undefined ? undefined : filters.overdue ? "yes" : "no",
  awaitingApproval: filters.awaitingApproval,
});

/** Organization, name, status, method and overdue; the name applies on Enter, the others at once. */
export function HandlingFilterBar({ filters, onChange, onReset }: HandlingFilterBarProps) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const handleFinish = ({ q, overdue, ...choices }: FormValues) =>
    onChange({ ...choices, q: q?.trim() || undefined, overdue: overdue === undefined ? undefined : overdue === "yes" });

  return (
    <FilterForm form={form} name="handling-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={48}>
      <OrgFilterField col={wide} />
      <NameFilterField col={col} />
      <Col {...col}>
        <Form.Item label="状态" name="status">
          <Select options={STATUS_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="方式" name="method">
          <Select options={METHOD_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="逾期" name="overdue">
          <Select options={OVERDUE_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Form.Item name="awaitingApproval" hidden>
        <Select />
      </Form.Item>
      <Col {...{ xs: 24, sm: 12, lg: 8, xxl: 3 }}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
