import { Alert, Col, Form, InputNumber, Row, Typography } from "antd";
import { describeHandlingVote, type HandlingVoteInput } from "../handling-vote";

const third = { xs: 24, sm: 8 };
const half = { xs: 24, sm: 12 };

function CountItem({ name, label, isRequired = true, extra }: { name: keyof HandlingVoteInput; label: string; isRequired?: boolean; extra?: string }) {
  return (
    <Form.Item label={label} name={["vote", name]} rules={isRequired ? [{ required: true, message: `请填写${label}` }] : []} extra={extra}>
      <InputNumber min={0} max={100000} precision={0} style={{ width: "100%" }} />
    </Form.Item>
  );
}

/** The general meeting's vote on 劝退 / 除名 (HANDLE-05) with a live reading of the result. */
export function HandlingVoteFields() {
  const form = Form.useFormInstance();
  const vote = Form.useWatch<HandlingVoteInput | undefined>("vote", form);
  const hint = describeHandlingVote(vote ?? {});
  return (
    <fieldset style={{ border: "1px solid #f0f0f0", borderRadius: 8, padding: "8px 16px 0", marginBottom: 16 }}>
      <legend style={{ width: "auto", padding: "0 8px", margin: 0, fontSize: 14, border: 0 }}>支部党员大会表决</legend>
      <Row gutter={16}>
        <Col {...half}>
          <CountItem name="entitledVoters" label="应到会有表决权的党员" isRequired={false} extra="按党员名册预填（正式党员，不含预备党员）；登记时系统核对" />
        </Col>
        <Col {...half}>
          <CountItem name="present" label="实到有表决权的党员" />
        </Col>
        <Col {...third}>
          <CountItem name="inFavour" label="赞成" />
        </Col>
        <Col {...third}>
          <CountItem name="against" label="反对" />
        </Col>
        <Col {...third}>
          <CountItem name="abstaining" label="弃权" />
        </Col>
      </Row>
      <div style={{ marginBottom: 16 }}>
        {hint.kind === "incomplete" ? (
          <Typography.Text type="secondary">填写应到会和实到人数后，这里提示能否表决、决定能否通过（HANDLE-05）。</Typography.Text>
        ) : (
          <Alert
            type={hint.kind === "counted" ? (hint.isPassed ? "success" : "warning") : "error"}
            showIcon
            title={hint.kind === "counted" ? (hint.isPassed ? "按此票数，决定通过" : "按此票数，决定不通过") : hint.kind === "invalid" ? "票数有误" : "未达到法定人数"}
            description={hint.message}
            data-testid="handling-vote-hint"
          />
        )}
      </div>
    </fieldset>
  );
}
