import { actingAs } from "../../src/server/http/context";
import { fileNeed } from "../../src/server/modules/member-needs/member-needs.service";
import { storeTestFile } from "../fixtures/files";
import { matrixPart } from "./part";

/**
 * member-needs: a need of branch A's member, filed by A's officer (not private, so A's officer reads it
 * back), with a file (a sealed owner, served only through the need). B's officer gets 404 everywhere.
 */
export const memberNeedsPart = matrixPart({
  build: async ({ t, a }) => {
    const need = await fileNeed(actingAs(t.system, a.officer, a.org), {
      memberId: a.member.id,
      category: "rights",
      title: "甲矩阵诉求标题",
      description: "甲矩阵诉求内容：希望组织协调解决拖欠工资问题。",
    });
    const file = await storeTestFile(t.system, { ownerType: "member_need", ownerId: need.id, orgId: a.org.id }, { name: "甲矩阵诉求材料.pdf" });
    return { need, file };
  },
  calls: {
    "GET /api/member-needs/:id": ({ need }) => ({ params: { id: need.id } }),
    "POST /api/member-needs/:id/actions": ({ need }) => ({ params: { id: need.id }, body: { action: "acknowledge", note: "越权受理" } }),
    "POST /api/member-needs/:id/files": ({ need }) => ({ params: { id: need.id } }),
    "GET /api/member-needs/:id/files/:fileId": ({ need, file }) => ({ params: { id: need.id, fileId: file.id } }),
  },
  secrets: ({ need, file }) => [need.id, need.title, "甲矩阵诉求内容", file.id, file.name],
});
