import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Spin, Timeline, Typography } from "antd";
import { useState } from "react";
import type { PostDetail } from "../../../../shared/contracts/model-posts.contract";
import { chinaToday } from "../../../../shared/dates";
import { useApiQuery } from "../../../lib/use-api-query";
import { findPostEntries } from "../api";
import { entryDateBounds, entryTimeline } from "../post-record";
import { AddEntryModal } from "./AddEntryModal";

const PAGE_SIZE = 20;

interface PostRecordCardProps {
  post: PostDetail;
  /** After an entry: the post's counts change too. */
  onChanged: () => void;
}

/** 履诺记录: the year's record as a timeline, newest first, with 记录履诺情况 for the branch's officers. */
export function PostRecordCard({ post, onChanged }: PostRecordCardProps) {
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [isAdding, setIsAdding] = useState(false);
  const query = useApiQuery((signal) => findPostEntries(post.id, { page: 1, pageSize }, signal), [post.id, pageSize]);
  const bounds = entryDateBounds(post, chinaToday(new Date()));
  const items = query.data ? entryTimeline(query.data.items) : [];

  return (
    <Card
      title={`履诺记录（${post.year} 年度）`}
      extra={
        post.abilities.canAddEntry && (
          <Button type="primary" icon={<PlusOutlined />} disabled={!bounds} title={bounds ? undefined : "设岗日期之后才能记录"} onClick={() => setIsAdding(true)}>
            记录履诺情况
          </Button>
        )
      }
    >
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      <Spin spinning={query.isLoading}>
        {items.length === 0 && !query.isLoading ? (
          <Empty description="暂无履诺记录" />
        ) : (
          <Timeline
            style={{ marginTop: 8 }}
            items={items.map(({ entry, month }) => ({
              key: entry.id,
              content: (
                <Flex vertical gap={2}>
                  {month && <Typography.Text strong>{month}</Typography.Text>}
                  <span>
                    <Typography.Text type="secondary">{entry.occurredOn.slice(5)}</Typography.Text>　{entry.content}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {entry.recordedByName ?? "系统"} 记录
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
        {query.data && query.data.total > query.data.items.length && (
          <Button block onClick={() => setPageSize((size) => Math.min(size + PAGE_SIZE, 200))}>
            更多记录（共 {query.data.total} 条）
          </Button>
        )}
      </Spin>
      {isAdding && (
        <AddEntryModal
          post={post}
          onClose={() => setIsAdding(false)}
          onAdded={() => {
            setIsAdding(false);
            query.reload();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
