import { Checkbox, Col, Form, Select } from "antd";
import { chinaToday } from "../../../../shared/dates";
import { FilterButtons, FilterForm, OrgFilterField, useFilterForm, YearFilterField } from "../../../components/FilterBar";
import { HONOUR_OPTIONS, STATUS_OPTIONS, yearOptions } from "../recognition-display";
import type { NominationListFilters } from "../recognition-filters";

interface NominationFilterBarProps {
  filters: NominationListFilters;
  onChange: (filters: NominationListFilters) => void;
  onReset: () => void;
  /** The organization picker: not for members, who see their own organization's publicity. */
  hasOrgFilter: boolean;
  /** 待我审核: for the committee's side. */
  canReview: boolean;
}

const col = { xs: 24, sm: 12, lg: 6, xxl: 4 };
const YEAR_OPTIONS = yearOptions(Number(chinaToday(new Date()).slice(0, 4)));

interface FormValues extends Omit<NominationListFilters, "awaitingMe"> {
  awaitingMe?: boolean;
}

// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (f: NominationListFilters): FormValues => ({ year: f.year, honour: f.honour, status: f.status, orgId: f.orgId, awaitingMe: f.awaitingMe === "true" });

/** Year, honour, status, organization and 待我审核, each applied at once. */
export function NominationFilterBar({ filters, onChange, onReset, hasOrgFilter, canReview }: NominationFilterBarProps) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const handleFinish = ({ awaitingMe, ...choices }: FormValues) => onChange({ ...choices, awaitingMe: awaitingMe ? "true" : undefined });

  return (
    <FilterForm form={form} name="nomination-filters" initialValues={values} onFinish={handleFinish} textFields={[]} labelWidth={48}>
      <YearFilterField col={col} options={YEAR_OPTIONS} />
      <Col {...col}>
        <Form.Item label="荣誉" name="honour">
          <Select options={HONOUR_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="状态" name="status">
          <Select options={STATUS_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      {hasOrgFilter && <OrgFilterField col={{ xs: 24, sm: 12, lg: 6, xxl: 5 }} />}
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
