import { App, Button, Flex, Input, Tag, Typography, theme } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { CommentThread, CreateProjectComment, ProjectComment } from "../../../../shared/contracts/secretary-project-progress.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { createProjectComment } from "../api-progress";

/** A text box and its button: guidance (点评) or a reply (回复). */
export function CommentBox({ placeholder, submitText, onSubmit, onCancel }: { placeholder: string; submitText: string; onSubmit: (body: string) => Promise<unknown>; onCancel?: () => void }) {
  const { message } = App.useApp();
  const [body, setBody] = useState("");
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async () => {
    setIsSaving(true);
    try {
      await onSubmit(body.trim());
      setBody("");
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Input.TextArea value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={2000} placeholder={placeholder} aria-label={placeholder} />
      <Flex gap={8} justify="flex-end">
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            取消
          </Button>
        )}
        <Button size="small" type="primary" loading={isSaving} disabled={body.trim().length < 2} onClick={() => void handleSubmit()}>
          {submitText}
        </Button>
      </Flex>
    </Flex>
  );
}

/** Saves a comment and tells the page; the server decides the side (PROJ-02/03). */
export function useCommentSubmit(projectId: string, onChanged: () => void) {
  const { message } = App.useApp();
  return async (input: CreateProjectComment, done: string) => {
    await createProjectComment(projectId, input);
    message.success(done);
    onChanged();
  };
}

function CommentLine({ comment }: { comment: ProjectComment }) {
  const isGuidance = comment.side === "committee";
  return (
    <div data-testid={isGuidance ? "project-guidance" : "project-reply"}>
      <Flex gap={8} align="center" wrap>
        <Tag color={isGuidance ? "red" : "blue"} style={{ marginInlineEnd: 0 }}>
          {isGuidance ? "上级党委点评" : "书记回复"}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${comment.authorName ?? "—"} · ${dayjs(comment.createdAt).format("YYYY-MM-DD HH:mm")}`}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: "4px 0 0", whiteSpace: "pre-wrap" }}>{comment.body}</Typography.Paragraph>
    </div>
  );
}

interface CommentThreadsProps {
  projectId: string;
  threads: readonly CommentThread[];
  /** The secretary's side while replies are taken. */
  canReply: boolean;
  onChanged: () => void;
}

/** Guidance threads: each 点评 with the secretary's replies under it, and a 回复 box for the secretary. */
export function CommentThreads({ projectId, threads, canReply, onChanged }: CommentThreadsProps) {
  const { token } = theme.useToken();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const submit = useCommentSubmit(projectId, onChanged);
  if (threads.length === 0) return null;

  return (
    <Flex vertical gap={8}>
      {threads.map((thread) => (
        <div key={thread.id} style={{ background: token.colorFillQuaternary, borderRadius: token.borderRadius, padding: "8px 12px" }}>
          <CommentLine comment={thread} />
          {thread.replies.length > 0 && (
            <Flex vertical gap={6} style={{ marginTop: 6, paddingInlineStart: 12, borderInlineStart: `2px solid ${token.colorBorderSecondary}` }}>
              {thread.replies.map((reply) => (
                <CommentLine key={reply.id} comment={reply} />
              ))}
            </Flex>
          )}
          {canReply &&
            (replyingTo === thread.id ? (
              <div style={{ marginTop: 8 }}>
                <CommentBox
                  placeholder="回复上级党委的点评：落实情况、下一步打算"
                  submitText="回复"
                  onCancel={() => setReplyingTo(null)}
                  onSubmit={async (body) => {
                    await submit({ parentId: thread.id, body }, "已回复");
                    setReplyingTo(null);
                  }}
                />
              </div>
            ) : (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setReplyingTo(thread.id)}>
                回复
              </Button>
            ))}
        </div>
      ))}
    </Flex>
  );
}
