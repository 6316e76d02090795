import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, InputNumber, Tag, Typography } from "antd";
import type { AttendanceSummary } from "../../../../shared/contracts/meetings.contract";
import { resolutionPasses } from "../../../../shared/meeting-attendance";

const count = (label: string) => ({ rules: [{ required: true, message: `请填写${label}` }], style: { marginBottom: 0 } });

/**
 * 决议: the motions put to the vote. A motion passes with yes votes more than half of 应到会 (voting
 * members, or committee members), not of those present (MTG-06); the server decides, this shows the reading.
 */
export function ResolutionsField({ summary }: { summary?: AttendanceSummary }) {
  const form = Form.useFormInstance();
  return (
    <Form.List name="resolutions">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => {
            const yes = form.getFieldValue(["resolutions", field.name, "yes"]) as number | undefined;
            return (
              <Flex key={field.key} gap={8} align="center" wrap>
                <Form.Item name={[field.name, "title"]} {...count("表决事项")} style={{ flex: "1 1 240px", marginBottom: 0 }}>
                  <Input placeholder="表决事项，如：同意接收某某为预备党员" maxLength={200} />
                </Form.Item>
                <Form.Item name={[field.name, "yes"]} {...count("赞成票")}>
                  <InputNumber min={0} precision={0} prefix="赞成" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, "no"]} {...count("反对票")}>
                  <InputNumber min={0} precision={0} prefix="反对" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, "abstain"]} {...count("弃权票")}>
                  <InputNumber min={0} precision={0} prefix="弃权" style={{ width: 130 }} />
                </Form.Item>
                {summary && typeof yes === "number" && (
                  <Tag color={resolutionPasses(summary, yes) ? "green" : "red"}>{resolutionPasses(summary, yes) ? "通过" : "未通过"}</Tag>
                )}
                <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除表决事项" onClick={() => remove(field.name)} />
              </Flex>
            );
          })}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add({ title: "", yes: 0, no: 0, abstain: 0 })}>
              添加表决事项
            </Button>
            {summary && (
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                赞成票须超过应到会{summary.quorum.basis === "committee" ? "委员" : "有表决权党员"} {summary.quorum.expected} 人的半数
              </Typography.Text>
            )}
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
