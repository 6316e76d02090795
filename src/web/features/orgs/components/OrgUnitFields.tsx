import { AutoComplete, DatePicker, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { ORG_DOMAIN_OPTIONS, UNIT_NATURE_OPTIONS } from "./org-options";

/** Domain and unit of an organization: the fields its create and edit forms share. */
export function OrgUnitFields() {
  return (
    <>
      <Form.Item label="所属领域" name="domain">
        <Select options={ORG_DOMAIN_OPTIONS} allowClear placeholder="请选择" />
      </Form.Item>
      <Form.Item label="单位名称" name="unitName">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="单位性质" name="unitNature">
        <AutoComplete options={UNIT_NATURE_OPTIONS} maxLength={30} placeholder="可选择或直接输入" allowClear />
      </Form.Item>
      <Form.Item label="成立日期" name="establishedOn" extra="年中成立的组织，成立当期不计入组织生活落实情况">
        <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
      </Form.Item>
    </>
  );
}
