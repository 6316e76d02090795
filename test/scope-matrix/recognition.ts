import { actingAs } from "../../src/server/http/context";
import { recordHonour } from "../../src/server/modules/recognition/honours.service";
import { actOnNomination, recordObjection } from "../../src/server/modules/recognition/recognition-actions.service";
import { createNomination } from "../../src/server/modules/recognition/recognition.service";
import { buildUser } from "../factories";
import { matrixPart } from "./part";

const DEEDS = "甲矩阵先进事迹：带头发展产业，服务群众两百余次，群众评价很高。";
const OBJECTION = "甲矩阵公示期间反映：反映其曾有不当行为";

/**
 * recognition: branch A's nomination of its member, shortlisted by the committee with an objection on
 * it, and an honour of the member recorded by the committee.
 */
export const recognitionPart = matrixPart({
  build: async ({ t, committee, a }) => {
    const committeeAdmin = await buildUser(t.system, { role: "org_admin", org: committee });
    const asCommittee = actingAs(t.system, committeeAdmin, committee);
    const created = await createNomination(actingAs(t.system, a.officer, a.org), { year: 2026, honour: "excellent_member", memberId: a.member.id, deeds: DEEDS });
    await actOnNomination(asCommittee, created.id, { action: "shortlist" });
    const nomination = await recordObjection(asCommittee, created.id, { receivedOn: "2026-11-25", content: OBJECTION });
    const honour = await recordHonour(asCommittee, { honour: "excellent_member", year: 2025, memberId: a.member.id, conferredBy: "甲矩阵县委", conferredOn: "2025-06-28" });
    return { nomination, objection: nomination.objections[0]!, honour };
  },
  calls: {
    "GET /api/recognition/nominations/:id": ({ nomination }) => ({ params: { id: nomination.id } }),
    "POST /api/recognition/nominations/:id/actions": ({ nomination }) => ({ params: { id: nomination.id }, body: { action: "withdraw" } }),
    "POST /api/recognition/nominations/:id/objections": ({ nomination }) => ({
      params: { id: nomination.id },
      body: { receivedOn: "2026-11-25", content: "越权登记的反映内容" },
    }),
    "POST /api/recognition/nominations/:id/objections/:objectionId/finding": ({ nomination, objection }) => ({
      params: { id: nomination.id, objectionId: objection.id },
      body: { finding: "dismissed", note: "越权核实的情况说明" },
    }),
    "POST /api/recognition/honours/:id/revoke": ({ honour }) => ({ params: { id: honour.id }, body: { reason: "越权撤销荣誉" } }),
  },
  secrets: ({ nomination, objection, honour }) => [nomination.id, objection.id, honour.id, DEEDS, OBJECTION, "甲矩阵县委"],
});
