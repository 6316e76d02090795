import { Checkbox, Col, Flex, Form, Input, Select } from "antd";
import { normalizeIdNumber } from "../../../../shared/id-number";
import { FilterButtons, FilterForm, NameFilterField, OrgFilterField, useFilterForm } from "../../../components/FilterBar";
import type { MemberListFilters, MemberLookup } from "../member-filters";
import {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  GENDER_OPTIONS,
  MEMBER_FLAGS,
  type MemberFlag,
  OCCUPATION_OPTIONS,
  STANDING_OPTIONS,
  STATUS_OPTIONS,
} from "../member-options";

type FormValues = Omit<MemberListFilters, MemberFlag> & MemberLookup & { flags?: MemberFlag[] };

interface MemberFilterBarProps {
  filters: MemberListFilters;
  lookup: MemberLookup;
  onChange: (filters: MemberListFilters, lookup: MemberLookup) => void;
  onReset: () => void;
}

// Typed filters apply on Enter or 查询; picked ones apply at once.
const TEXT_FIELDS = ["q", "idNumber", "phone"];
const FLAG_OPTIONS = MEMBER_FLAGS.map((flag) => ({ value: flag.key, label: flag.label }));
const col = { xs: 24, sm: 12, lg: 8, xxl: 6 };

const toFormValues = (filters: MemberListFilters, lookup: MemberLookup): FormValues => ({
  orgId: filters.orgId,
  q: filters.q,
  idNumber: lookup.idNumber,
  phone: lookup.phone,
  status: filters.status,
  standing: filters.standing,
  gender: filters.gender,
  education: filters.education,
  occupation: filters.occupation,
  ageBand: filters.ageBand,
  flags: MEMBER_FLAGS.filter((flag) => filters[flag.key]).map((flag) => flag.key),
});

const trimmed = (value: string | undefined) => value?.trim() || undefined;

export function MemberFilterBar({ filters, lookup, onChange, onReset }: MemberFilterBarProps) {
  const values = toFormValues(filters, lookup);
  // The URL is the source of truth: back and forward, or a pasted link, refill the bar.
  const form = useFilterForm(values);

  const handleFinish = ({ flags = [], q, idNumber, phone, ...choices }: FormValues) => {
    const next: MemberListFilters = { ...choices, q: trimmed(q) };
    for (const flag of flags) next[flag] = true;
    onChange(next, { idNumber: idNumber?.trim() ? normalizeIdNumber(idNumber) : undefined, phone: trimmed(phone) });
  };

  return (
    <FilterForm form={form} name="member-filters" initialValues={values} onFinish={handleFinish} textFields={TEXT_FIELDS} labelWidth={72}>
      <OrgFilterField col={col} />
      <NameFilterField col={col} />
      <Col {...col}>
        <Form.Item label="身份证号" name="idNumber">
          <Input placeholder="完整 18 位，精确查找" allowClear maxLength={18} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="手机号" name="phone">
          <Input placeholder="完整 11 位，精确查找" allowClear maxLength={11} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="党员类别" name="status">
          <Select options={STATUS_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="党籍状态" name="standing">
          <Select options={STANDING_OPTIONS} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="性别" name="gender">
          <Select options={GENDER_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="年龄段" name="ageBand">
          <Select options={AGE_BAND_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="学历" name="education">
          <Select options={EDUCATION_OPTIONS} allowClear placeholder="全部" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="职业类别" name="occupation">
          <Select options={OCCUPATION_OPTIONS} allowClear placeholder="全部" popupMatchSelectWidth={false} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={16} xxl={12}>
        <Flex gap={12} wrap align="start" justify="space-between">
          <Form.Item label="仅看" name="flags">
            <Checkbox.Group options={FLAG_OPTIONS} />
          </Form.Item>
          <FilterButtons onReset={onReset} />
        </Flex>
      </Col>
    </FilterForm>
  );
}
