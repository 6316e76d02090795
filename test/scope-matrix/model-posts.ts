import { actingAs } from "../../src/server/http/context";
import { addPostEntry } from "../../src/server/modules/model-posts/model-post-entries.service";
import { createPost } from "../../src/server/modules/model-posts/model-posts.service";
import { matrixPart } from "./part";

const CONTENT = {
  kind: "safety_area" as const,
  safetyKind: "production" as const,
  name: "甲矩阵安全责任区",
  scope: "甲矩阵作坊",
  commitment: "甲矩阵承诺内容",
  startedOn: "2026-02-01",
};

/** model-posts: a safety area of branch A with one entry of its record. */
export const modelPostsPart = matrixPart({
  build: async ({ t, a }) => {
    const ctx = actingAs(t.system, a.officer, a.org);
    const post = await createPost(ctx, { ...CONTENT, orgId: a.org.id, memberId: a.member.id, year: 2026 });
    const entry = await addPostEntry(ctx, post.id, { occurredOn: "2026-03-01", content: "甲矩阵履诺记录" });
    return { post, entry };
  },
  calls: {
    "GET /api/model-posts/:id": ({ post }) => ({ params: { id: post.id } }),
    "PATCH /api/model-posts/:id": ({ post }) => ({ params: { id: post.id }, body: { ...CONTENT, name: "越权修改责任区" } }),
    "POST /api/model-posts/:id/end": ({ post }) => ({ params: { id: post.id }, body: { endedOn: "2026-11-01", reason: "越权撤销" } }),
    "GET /api/model-posts/:id/entries": ({ post }) => ({ params: { id: post.id } }),
    "POST /api/model-posts/:id/entries": ({ post }) => ({ params: { id: post.id }, body: { occurredOn: "2026-11-01", content: "越权记录" } }),
    "POST /api/model-posts/:id/files": ({ post }) => ({ params: { id: post.id } }),
  },
  secrets: ({ post, entry }) => [post.id, post.name, post.commitment, entry.id, entry.content],
});
