import { Alert, Button, Card, Flex, Form, Input, Radio, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { Checkpoint, ProjectCheckpoints, RateCheckpoint } from "../../../../shared/contracts/secretary-project-progress.contract";
import { CHECKPOINT_RATINGS, CHECKPOINT_RATING_LABELS, type CheckpointRating } from "../../../../shared/secretary-projects";
import { FormModal } from "../../../components/FormModal";
import { useApiQuery } from "../../../lib/use-api-query";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { getProjectCheckpoints, rateCheckpoint } from "../api-progress";

export const RATING_COLORS: Record<CheckpointRating, string> = { on_track: "green", at_risk: "orange", off_track: "red" };
const QUARTER_NAMES = ["第一季度", "第二季度", "第三季度", "第四季度"];

function RateModal({ projectId, checkpoint, onClose, onRated }: { projectId: string; checkpoint: Checkpoint; onClose: () => void; onRated: (view: ProjectCheckpoints) => void }) {
  const [form] = Form.useForm<RateCheckpoint>();
  const { isSaving, handleFinish } = useFormSubmit(form, (values: RateCheckpoint) => rateCheckpoint(projectId, checkpoint.quarter, values), {
    success: `已评定${QUARTER_NAMES[checkpoint.quarter - 1]}督查结果`,
    onDone: onRated,
  });
  return (
    <FormModal form={form} isSaving={isSaving} onClose={onClose} title={`季度督查 · ${QUARTER_NAMES[checkpoint.quarter - 1]}`} okText="评定" destroyOnHidden>
      <Form<RateCheckpoint>
        form={form}
        name="checkpoint-rating"
        layout="vertical"
        initialValues={{ rating: checkpoint.rating ?? checkpoint.suggestion ?? undefined, comment: checkpoint.comment ?? "" }}
        onFinish={handleFinish}
      >
        {checkpoint.suggestion && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`系统建议：${CHECKPOINT_RATING_LABELS[checkpoint.suggestion]}`}
            description="依据截至季度末（本季度内为今天）的节点逾期情况：一个节点逾期为“存在风险”，两个以上逾期或逾期超过规定天数为“进度滞后”。评定由党委作出。"
          />
        )}
        <Form.Item label="督查评定" name="rating" rules={[{ required: true, message: "请选择督查评定" }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={CHECKPOINT_RATINGS.map((r) => ({ value: r, label: CHECKPOINT_RATING_LABELS[r] }))} />
        </Form.Item>
        <Form.Item label="督查意见" name="comment">
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="发现的问题和整改要求（可选）" />
        </Form.Item>
        {checkpoint.rating && <Typography.Text type="secondary">重新评定将覆盖原评定，原评定记入审计日志。</Typography.Text>}
      </Form>
    </FormModal>
  );
}

function QuarterRow({ checkpoint, canRate, onRate }: { checkpoint: Checkpoint; canRate: boolean; onRate: () => void }) {
  const { quarter, rating, suggestion, isOpen } = checkpoint;
  return (
    <Flex vertical gap={4} data-testid="checkpoint-quarter" style={{ paddingBlock: 8, borderBottom: "1px solid rgba(5,5,5,0.06)" }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{QUARTER_NAMES[quarter - 1]}</Typography.Text>
        {rating ? (
          <Tag color={RATING_COLORS[rating]} style={{ marginInlineEnd: 0 }}>
            {CHECKPOINT_RATING_LABELS[rating]}
          </Tag>
        ) : isOpen ? (
          <Tag style={{ marginInlineEnd: 0 }}>待评定</Tag>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${checkpoint.opensOn} 起可评定`}</Typography.Text>
        )}
      </Flex>
      {suggestion && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          系统建议：<Typography.Text style={{ fontSize: 12, color: "inherit" }}>{CHECKPOINT_RATING_LABELS[suggestion]}</Typography.Text>
          {rating && checkpoint.suggestedRatingWhenRated && checkpoint.suggestedRatingWhenRated !== suggestion
            ? `（评定时建议：${CHECKPOINT_RATING_LABELS[checkpoint.suggestedRatingWhenRated]}）`
            : ""}
        </Typography.Text>
      )}
      {checkpoint.comment && <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{checkpoint.comment}</Typography.Text>}
      {rating && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${checkpoint.ratedByName ?? "—"} · ${checkpoint.ratedAt ? dayjs(checkpoint.ratedAt).format("YYYY-MM-DD") : ""}`}
        </Typography.Text>
      )}
      {canRate && isOpen && (
        <div>
          <Button size="small" type={rating ? "default" : "primary"} onClick={onRate}>
            {rating ? "重新评定" : "评定"}
          </Button>
        </div>
      )}
    </Flex>
  );
}

/** 季度督查 (PROJ-10): the four quarters, the rules' suggestion, and the committee's rating form. */
export function CheckpointPanel({ projectId, refreshKey, onChanged }: { projectId: string; refreshKey: number; onChanged: () => void }) {
  const query = useApiQuery((signal) => getProjectCheckpoints(projectId, signal), [projectId, refreshKey]);
  const [rating, setRating] = useState<Checkpoint | null>(null);
  const view = query.data;

  return (
    <Card title={view ? `季度督查（${view.year}年）` : "季度督查"} size="small" loading={query.isLoading && !view}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {view?.quarters.map((checkpoint) => (
        <QuarterRow key={checkpoint.quarter} checkpoint={checkpoint} canRate={view.canRate} onRate={() => setRating(checkpoint)} />
      ))}
      {view && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "8px 0 0" }}>
          上级党委自每季度最后一个月起评定该季度：按计划推进、存在风险、进度滞后（PROJ-10）。
        </Typography.Paragraph>
      )}
      {rating && (
        <RateModal
          projectId={projectId}
          checkpoint={rating}
          onClose={() => setRating(null)}
          onRated={() => {
            setRating(null);
            query.reload();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
