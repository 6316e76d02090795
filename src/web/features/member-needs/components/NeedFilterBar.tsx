import { Checkbox, Col, Form, Input, Select } from "antd";
import { chinaToday } from "../../../../shared/dates";
import { FilterButtons, FilterForm, OrgFilterField, useFilterForm, YearFilterField } from "../../../components/FilterBar";
import { CATEGORY_OPTIONS, OVERDUE_OPTIONS, STATUS_OPTIONS } from "../need-display";
import type { NeedListFilters } from "../need-filters";

interface NeedFilterBarProps {
  filters: NeedListFilters;
  onChange: (filters: NeedListFilters) => void;
  onReset: () => void;
  /** Officers: the organization picker, 待我办理 and the overdue filter; a member lists only their own needs. */
  isOfficer: boolean;
}

const TEXT_FIELDS = ["q"];
const col = { xs: 24, sm: 12, lg: 8, xxl: 4 };
const thisYear = Number(chinaToday(new Date()).slice(0, 4));
const YEAR_OPTIONS = Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }));

// Every key, even when empty, so refilling the bar also clears what the new view leaves out.
const toFormValues = (f: NeedListFilters): NeedListFilters => ({
  year: f.year,
  orgId: f.orgId,
  status: f.status,
  category: f.category,
  overdue: f.overdue,
  handledByMe: f.handledByMe ?? false,
  q: f.q,
});

/** Year, organization, status, category, overdue, 待我办理 and a search (applied on Enter). */
export function NeedFilterBar({ filters, onChange, onReset, isOfficer }: NeedFilterBarProps) {
  const values = toFormValues(filters);
  const form = useFilterForm(values);
  const handleFinish = ({ q, handledByMe, ...choices }: NeedListFilters) => onChange({ ...choices, q: q?.trim() || undefined, handledByMe: handledByMe || undefined });

  return (
    <FilterForm form={form} name="need-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={48}>
      <YearFilterField col={col} options={YEAR_OPTIONS} />
      {isOfficer && <OrgFilterField col={{ xs: 24, sm: 12, lg: 8, xxl: 5 }} />}
      <Col {...col}>
        <Form.Item label="状态" name="status">
          <Select options={STATUS_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="类别" name="category">
          <Select options={CATEGORY_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      {isOfficer && (
        <Col {...col}>
          <Form.Item label="超期" name="overdue">
            <Select options={OVERDUE_OPTIONS} allowClear placeholder="全部" />
          </Form.Item>
        </Col>
      )}
      <Col {...col}>
        <Form.Item label="搜索" name="q">
          <Input placeholder={isOfficer ? "标题或党员姓名，回车" : "诉求标题，回车"} allowClear maxLength={40} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Col>
      {isOfficer && (
        <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 2 }}>
          <Form.Item name="handledByMe" valuePropName="checked">
            <Checkbox>待我办理</Checkbox>
          </Form.Item>
        </Col>
      )}
      <Col {...{ xs: 12, sm: 6, lg: 4, xxl: 3 }}>
        <FilterButtons onReset={onReset} />
      </Col>
    </FilterForm>
  );
}
