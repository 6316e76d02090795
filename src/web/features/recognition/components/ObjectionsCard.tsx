import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { OBJECTION_FINDING_LABELS } from "../../../../shared/care";
import type { NominationDetail, Objection } from "../../../../shared/contracts/recognition.contract";
import { FindObjectionModal, RecordObjectionModal } from "./ObjectionModals";

interface ObjectionsCardProps {
  nomination: NominationDetail;
  onChanged: (nomination: NominationDetail) => void;
}

/** 公示期间反映: each objection with its finding; the committee records and checks them while in publicity. */
export function ObjectionsCard({ nomination, onChanged }: ObjectionsCardProps) {
  const [isRecording, setIsRecording] = useState(false);
  const [finding, setFinding] = useState<Objection>();
  const canRecord = nomination.work.includes("objection_record");
  const canFind = nomination.work.includes("objection_find");
  const handleDone = (next: NominationDetail) => {
    setIsRecording(false);
    setFinding(undefined);
    onChanged(next);
  };

  return (
    <Card
      title={`公示期间反映（${nomination.objections.length}）`}
      extra={
        canRecord && (
          <Button icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>
            登记反映
          </Button>
        )
      }
    >
      {nomination.objections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={nomination.publicity ? "公示期间未收到反映" : "尚未公示"} />
      ) : (
        <List
          dataSource={nomination.objections}
          renderItem={(o) => (
            <List.Item
              actions={
                canFind && !o.finding
                  ? [
                      <Button key="find" type="link" onClick={() => setFinding(o)}>
                        核实
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>{o.receivedOn} 收到</span>
                    {o.finding ? <Tag color={o.finding === "upheld" ? "error" : "success"}>{OBJECTION_FINDING_LABELS[o.finding]}</Tag> : <Tag color="warning">待核实</Tag>}
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={2}>
                    <Typography.Text>{o.content}</Typography.Text>
                    {o.findingNote && <Typography.Text type="secondary">核实情况：{o.findingNote}</Typography.Text>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {isRecording && <RecordObjectionModal nomination={nomination} onClose={() => setIsRecording(false)} onDone={handleDone} />}
      {finding && <FindObjectionModal nomination={nomination} objection={finding} onClose={() => setFinding(undefined)} onDone={handleDone} />}
    </Card>
  );
}
