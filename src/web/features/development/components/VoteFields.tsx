import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Col, Flex, Form, InputNumber, Radio, Row, Select, Typography } from "antd";
import { BALLOT_OPTIONS, type VoteFormValues } from "../step-form";
import { QUORUM_EXCLUSION_OPTIONS } from "../development-options";
import { describeVote, type VoteHint } from "../vote-hint";
import { MemberPicker } from "./MemberPicker";

const third = { xs: 24, sm: 8 };
const half = { xs: 24, sm: 12 };
const countRules = (label: string, isRequired: boolean) => (isRequired ? [{ required: true, message: `请填写${label}` }] : []);

function CountItem({ name, label, isRequired = false, tooltip }: { name: keyof VoteFormValues; label: string; isRequired?: boolean; tooltip?: string }) {
  return (
    <Form.Item label={label} name={["vote", name]} rules={countRules(label, isRequired)} tooltip={tooltip}>
      <InputNumber min={0} max={100000} precision={0} style={{ width: "100%" }} />
    </Form.Item>
  );
}

/** The live reading of the vote (DEV-15), once the entitled voters and the attendance are filled in. */
export function VoteHintAlert({ hint }: { hint: VoteHint }) {
  if (hint.kind === "incomplete") {
    return <Typography.Text type="secondary">填写应到会人数和实到人数后，这里提示是否达到法定人数、决议能否通过（DEV-15）。</Typography.Text>;
  }
  const type = hint.kind === "counted" ? (hint.isPassed ? "success" : "warning") : "error";
  const title = hint.kind === "invalid" ? "票数有误" : hint.kind === "no_quorum" ? "未达到法定人数" : hint.isPassed ? "按此票数，决议通过" : "按此票数，决议不通过";
  return (
    <Alert
      type={type}
      showIcon
      title={title}
      description={
        <>
          <div>{hint.message}</div>
          <Typography.Text type="secondary">按填写的应到会人数计算；登记时系统按党员名册核对应到会人数。</Typography.Text>
        </>
      }
      data-testid="vote-hint"
    />
  );
}

/**
 * The vote of a branch general meeting (admission or conversion): counts, written opinions, the way
 * of voting, members left out of the quorum, and a live hint of the result.
 */
export function VoteFields({ orgId }: { orgId: string }) {
  const form = Form.useFormInstance();
  const vote = Form.useWatch<VoteFormValues | undefined>("vote", form);
  const hint = describeVote(vote ?? {});

  return (
    <fieldset style={{ border: "1px solid #f0f0f0", borderRadius: 8, padding: "8px 16px 0", marginBottom: 16 }}>
      <legend style={{ width: "auto", padding: "0 8px", margin: 0, fontSize: 14, border: 0 }}>支部大会表决</legend>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            label="应到会有表决权的党员人数"
            name={["vote", "entitledVoters"]}
            extra="留空则按名册自动计算：本支部正式党员（不含预备党员）"
          >
            <InputNumber min={0} max={100000} precision={0} style={{ width: "100%" }} placeholder="可选" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <CountItem name="present" label="实到有表决权的党员人数" isRequired />
        </Col>
        <Col {...third}>
          <CountItem name="inFavour" label="赞成票" isRequired />
        </Col>
        <Col {...third}>
          <CountItem name="against" label="反对票" isRequired />
        </Col>
        <Col {...third}>
          <CountItem name="abstaining" label="弃权票" isRequired />
        </Col>
        <Col {...third}>
          <CountItem name="writtenInFavour" label="书面意见赞成" tooltip="因故不能到会的正式党员会前提交的书面意见，计入表决结果" />
        </Col>
        <Col {...third}>
          <CountItem name="writtenAgainst" label="书面意见反对" />
        </Col>
        <Col {...third}>
          <CountItem name="writtenAbstaining" label="书面意见弃权" />
        </Col>
        <Col span={24}>
          <Form.Item label="表决方式" name={["vote", "ballot"]} rules={[{ required: true, message: "请选择表决方式" }]}>
            <Radio.Group options={[...BALLOT_OPTIONS]} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name={["vote", "excludedFromQuorum"]}>
        {(fields, { add, remove }) => (
          <Form.Item
            label="不计入应到会人数的党员"
            extra="经上级党组织同意、支部大会决定，可不计入应到会人数（如因病不能表达本人意志、自费出国半年以上等）；可不填"
          >
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, "memberId"]} rules={[{ required: true, message: "请选择党员" }]} style={{ flex: 1, minWidth: 0 }}>
                  <MemberPicker orgId={orgId} placeholder="选择党员" />
                </Form.Item>
                <Form.Item name={[field.name, "reason"]} rules={[{ required: true, message: "请选择原因" }]} style={{ flex: 1, minWidth: 0 }}>
                  <Select options={QUORUM_EXCLUSION_OPTIONS} placeholder="原因" popupMatchSelectWidth={false} />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
              添加不计入应到会人数的党员
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <div style={{ marginBottom: 16 }}>
        <VoteHintAlert hint={hint} />
      </div>
    </fieldset>
  );
}
