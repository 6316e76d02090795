import { actingAs } from "../../src/server/http/context";
import { createCampaign } from "../../src/server/modules/assistance/assistance-campaigns.service";
import { createRecipient } from "../../src/server/modules/assistance/assistance-people.service";
import { addTarget } from "../../src/server/modules/assistance/assistance-targets.service";
import { recordVisit } from "../../src/server/modules/assistance/assistance-visits.service";
import { storeTestFile } from "../fixtures/files";
import { matrixPart } from "./part";

/**
 * assistance: branch A's recorded person (masses, with consent), a visit to them with a file each, and
 * branch A's own campaign with the person as its target. B's officer must get 404 for every one.
 */
export const assistancePart = matrixPart({
  build: async ({ t, a }) => {
    const asA = actingAs(t.system, a.officer, a.org);
    const recipient = await createRecipient(asA, {
      kind: "masses",
      orgId: a.org.id,
      personName: "甲矩阵群众",
      address: "甲矩阵村一组",
      difficulty: "甲矩阵困难情况",
      consentOn: "2026-02-01",
      consentNote: "书面同意",
      startedOn: "2026-02-01",
    });
    const campaign = await createCampaign(asA, { orgId: a.org.id, year: 2026, kind: "july_first", title: "甲矩阵走访计划", startsOn: "2026-06-15", dueOn: "2026-07-01", notes: "" });
    const target = await addTarget(asA, campaign.id, { recipientId: recipient.id, visitorName: "甲矩阵书记" });
    const visit = await recordVisit(asA, { recipientId: recipient.id, visitedOn: "2026-06-20", visitors: ["甲矩阵书记"], kind: "money", amountFen: 20000, notes: "甲矩阵走访情况", campaignId: campaign.id });
    const recipientFile = await storeTestFile(t.system, { ownerType: "care_recipient", ownerId: recipient.id, orgId: a.org.id }, { name: "甲矩阵同意书.pdf" });
    const visitFile = await storeTestFile(t.system, { ownerType: "care_visit", ownerId: visit.id, orgId: a.org.id }, { name: "甲矩阵签收单.pdf" });
    return { recipient, campaign, target, visit, recipientFile, visitFile };
  },
  calls: {
    "GET /api/care/recipients/:id": (r) => ({ params: { id: r.recipient.id } }),
    "PATCH /api/care/recipients/:id": (r) => ({ params: { id: r.recipient.id }, body: { address: "越权改址" } }),
    "POST /api/care/recipients/:id/end": (r) => ({ params: { id: r.recipient.id }, body: { endedOn: "2026-11-01", reason: "越权结束" } }),
    "POST /api/care/recipients/:id/files": (r) => ({ params: { id: r.recipient.id } }),
    "GET /api/care/recipients/:id/files/:fileId": (r) => ({ params: { id: r.recipient.id, fileId: r.recipientFile.id } }),
    "GET /api/care/visits/:id": (r) => ({ params: { id: r.visit.id } }),
    "PUT /api/care/visits/:id": (r) => ({ params: { id: r.visit.id }, body: { visitedOn: "2026-06-21", visitors: ["越权"], kind: "talk", notes: "" } }),
    "POST /api/care/visits/:id/archive": (r) => ({ params: { id: r.visit.id }, body: { reason: "越权作废" } }),
    "POST /api/care/visits/:id/files": (r) => ({ params: { id: r.visit.id } }),
    "GET /api/care/visits/:id/files/:fileId": (r) => ({ params: { id: r.visit.id, fileId: r.visitFile.id } }),
    "GET /api/care/campaigns/:id": (r) => ({ params: { id: r.campaign.id } }),
    "PUT /api/care/campaigns/:id": (r) => ({ params: { id: r.campaign.id }, body: { kind: "july_first", title: "越权改名", startsOn: "2026-06-15", dueOn: "2026-07-01", notes: "" } }),
    "GET /api/care/campaigns/:id/coverage": (r) => ({ params: { id: r.campaign.id } }),
    "GET /api/care/campaigns/:id/targets": (r) => ({ params: { id: r.campaign.id } }),
    "POST /api/care/campaigns/:id/targets": (r) => ({ params: { id: r.campaign.id }, body: {} }),
    "POST /api/care/campaigns/:id/targets/prefill": (r) => ({ params: { id: r.campaign.id }, body: {} }),
    "PATCH /api/care/campaigns/:id/targets/:targetId": (r) => ({ params: { id: r.campaign.id, targetId: r.target.id }, body: { visitorName: "越权" } }),
    "POST /api/care/campaigns/:id/targets/:targetId/remove": (r) => ({ params: { id: r.campaign.id, targetId: r.target.id }, body: { reason: "越权移出" } }),
    "GET /api/care/campaigns/:id/export.xlsx": (r) => ({ params: { id: r.campaign.id } }),
  },
  secrets: (r) => [
    r.recipient.id,
    "甲矩阵群众",
    "甲矩阵困难情况",
    r.campaign.id,
    "甲矩阵走访计划",
    r.target.id,
    r.visit.id,
    "甲矩阵走访情况",
    r.recipientFile.id,
    "甲矩阵同意书.pdf",
    r.visitFile.id,
    "甲矩阵签收单.pdf",
  ],
});
