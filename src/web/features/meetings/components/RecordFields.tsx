import { Col, DatePicker, Form, Input, Row, Select, TimePicker } from "antd";
import type { AttendanceSummary } from "../../../../shared/contracts/meetings.contract";
import type { MeetingType } from "../../../../shared/org-life";
import { TAG_OPTIONS, VOTING_TYPES } from "../meeting-options";
import { ResolutionsField } from "./ResolutionsField";

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

/**
 * The record's own fields: topic, date and times, place, host, recorder, lecturer (党课 only),
 * agenda, minutes, tags, and the motions where votes count. Shared by the new page, the draft
 * editor and the amendment modal.
 */
export function RecordFields({ type, summary }: { type: MeetingType | undefined; summary?: AttendanceSummary }) {
  return (
    <>
      <Form.Item label="会议主题" name="topic" rules={[{ required: true, whitespace: true, message: "请填写会议主题" }]}>
        <Input maxLength={200} placeholder="如：学习贯彻党的二十届四中全会精神" />
      </Form.Item>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item label="会议日期" name="heldOn" rules={[{ required: true, message: "请选择会议日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="开始时间" name="startsAt">
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: "100%" }} needConfirm={false} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="结束时间" name="endsAt">
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: "100%" }} needConfirm={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label="会议地点" name="place">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label="主题标签" name="tags">
            <Select mode="multiple" options={TAG_OPTIONS} placeholder="三大安全、党风廉政、热点难点重点、发展党员……" allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item label="主持人" name="hostName">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item label="记录人" name="recorderName">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        {type === "party_lecture" && (
          <Col {...third}>
            <Form.Item label="授课人" name="lecturerName" rules={[{ required: true, whitespace: true, message: "党课须填写授课人" }]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item label="会议议程" name="agenda">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label="会议内容" name="minutes">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20000} placeholder="会议的主要内容、发言和议定事项" />
      </Form.Item>
      {type && VOTING_TYPES.includes(type) && (
        <Form.Item label="表决事项（决议）">
          <ResolutionsField summary={summary} />
        </Form.Item>
      )}
    </>
  );
}
