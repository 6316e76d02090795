import { Checkbox, Col, Form, Select } from "antd";
import { chinaToday } from "../../../../shared/dates";
import { FilterButtons, FilterForm, OrgFilterField, useFilterForm, YearFilterField } from "../../../components/FilterBar";
import { HONOUR_OPTIONS, yearOptions } from "../recognition-display";
import type { HonourListFilters } from "../recognition-filters";

const col = { xs: 24, sm: 12, lg: 6, xxl: 4 };
const YEAR_OPTIONS = yearOptions(Number(chinaToday(new Date()).slice(0, 4)));
const SUBJECT_OPTIONS = [
  { value: "member", label: "先进个人" },
  { value: "org", label: "先进集体" },
];

interface FormValues extends Omit<HonourListFilters, "includeRevoked" | "memberId"> {
  includeRevoked?: boolean;
}

const toFormValues = (f: HonourListFilters): FormValues => ({ year: f.year, honour: f.honour, subject: f.subject, orgId: f.orgId, includeRevoked: f.includeRevoked === "true" });

/** Year, honour, person or organization, organization (officers) and 含已撤销 (officers); the member filter comes from links. */
export function HonourFilterBar({ filters, onChange, onReset, isOfficer }: { filters: HonourListFilters; onChange: (f: HonourListFilters) => void; onReset: () => void; isOfficer: boolean }) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const handleFinish = ({ includeRevoked, ...choices }: FormValues) =>
    onChange({ ...choices, memberId: filters.memberId, includeRevoked: includeRevoked ? "true" : undefined });
  return (
    <FilterForm form={form} name="honour-filters" initialValues={values} onFinish={handleFinish} textFields={[]} labelWidth={48}>
      <YearFilterField col={col} options={YEAR_OPTIONS} />
      <Col {...col}>
        <Form.Item label="荣誉" name="honour">
          <Select options={HONOUR_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="对象" name="subject">
          <Select options={SUBJECT_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      {isOfficer && <OrgFilterField col={{ xs: 24, sm: 12, lg: 6, xxl: 5 }} />}
      {isOfficer && (
        <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 2 }}>
          <Form.Item name="includeRevoked" valuePropName="checked">
            <Checkbox>含已撤销</Checkbox>
          </Form.Item>
        </Col>
      )}
      <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 3 }}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
