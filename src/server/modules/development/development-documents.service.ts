import type { FastifyReply, FastifyRequest } from "fastify";
import type { DevelopmentFile } from "../../../shared/contracts/development.contract";
import type { Ctx } from "../../http/context";
import { findOwnerFiles, sendZip, storeUpload, toFileSummary } from "../files/files.service";
import { createDevelopmentWriteForbidden } from "./development.errors";
import { PERSON_FILE_OWNER, caseBodies, requirePersonInScope } from "./development.service";

/**
 * A document of a development case (application, review conclusion, training certificate…), uploaded
 * by the branch or the approving committee of the case; a step then attaches it by id.
 */
export async function uploadDevelopmentDocument(ctx: Ctx, request: FastifyRequest, id: string): Promise<DevelopmentFile> {
  const { person, bodies } = await caseBodies(ctx.db, ctx, id);
  if (bodies.length === 0) throw createDevelopmentWriteForbidden();
  const row = await storeUpload(ctx, request, { ownerType: PERSON_FILE_OWNER, ownerId: person.id, orgId: person.orgId });
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

/** Every document of a case as one zip (the development file's materials). */
export async function sendDevelopmentDocumentsZip(ctx: Ctx, reply: FastifyReply, id: string) {
  const person = await requirePersonInScope(ctx.db, ctx, id);
  const files = await findOwnerFiles(ctx.db, PERSON_FILE_OWNER, id);
  return sendZip(ctx, reply, files, `${person.name}-发展党员材料.zip`);
}
