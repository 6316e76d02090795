import { once } from "node:events";
import { PassThrough, type Readable, type Writable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FileSummary } from "../../../shared/contracts/common.contract";
import { Zip, ZipPassThrough } from "fflate";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { type Permission, can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { createStorageKey } from "./file-storage";
import { UploadInspector, readFilePart } from "./files-upload";
import { createFileNotFoundError, createFileReadForbiddenError, createFileTypeNotAllowedError, createFileUploadForbiddenError } from "./files.errors";
import { type FileRow, type OwnerFileRow, findOwnerFileRows, getFileRow, insertFileRow, updateOwnerFilesOrg } from "./files.repository";
import { FILE_TYPES, asciiFileName, attachmentDisposition, fileTypeOfName, sanitizeFileName, uniqueFileNames } from "./files.rules";

export type { FileRow, OwnerFileRow } from "./files.repository";
export { registerFileUploads } from "./files-upload";

/**
 * The record a file belongs to (e.g. `{ownerType: "development_person", ownerId, orgId}`). `orgId`
 * scopes who may download it: the owner's organization.
 */
export interface FileOwner {
  ownerType: string;
  ownerId: string;
  orgId: string;
}


/** What the audit log keeps of a file: never its bytes, only what identifies them. */
const fileSnapshot = (row: FileRow) => ({
  ownerType: row.ownerType,
  ownerId: row.ownerId,
  name: row.name,
  mimeType: row.mimeType,
  size: row.size,
  sha256: row.sha256,
});

/**
 * Stores the multipart field "file" of `request` for `owner`: 403 without file.upload, 400 when
 * missing or empty, 413 too large, 415 not an allowed type (by name and by content). The CALLER
 * has checked that the owner is in the actor's scope. The route's plugin must have registered
 * multipart (`registerFileUploads`).
 */
export async function storeUpload(ctx: Ctx, request: FastifyRequest, owner: FileOwner, permission: Permission = "file.upload"): Promise<FileRow> {
  if (!can(ctx.actor, permission)) throw createFileUploadForbiddenError();
  const part = await readFilePart(request, ctx.config.uploadMaxBytes);
  return storeFile(ctx, owner, { fileName: part.filename, source: part.file, isTruncated: () => part.file.truncated }, permission);
}

/**
 * Stores one file from a stream, with the same checks as an upload: the bytes go to storage
 * through the inspector, then the row and its audit entry are written in one transaction. Any
 * refusal or failure leaves no bytes and no row behind. `isTruncated` reports a source cut short
 * by an upstream limit.
 */
export async function storeFile(
  ctx: Ctx,
  owner: FileOwner,
  input: { fileName: string; source: Readable; isTruncated?: () => boolean },
  permission: Permission = "file.upload",
): Promise<FileRow> {
  if (!can(ctx.actor, permission)) throw createFileUploadForbiddenError();
  const { source } = input;
  const name = sanitizeFileName(input.fileName);
  const type = fileTypeOfName(name);
  if (!type) {
    source.resume(); // let the rest of the request body go by
    throw createFileTypeNotAllowedError();
  }
  const inspector = new UploadInspector(type, ctx.config.uploadMaxBytes, input.isTruncated);
  // A small file may be refused before the storage starts reading: keep the refusal, never let it go unheard.
  let refusal: Error | undefined;
  inspector.on("error", (error) => (refusal ??= error));
  const onSourceError = (error: Error) => inspector.destroy(error);
  source.once("error", onSourceError);
  // pipe(), not pipeline(): a refusal must not destroy the request's part, only stop reading it.
  source.pipe(inspector);
  const key = createStorageKey();
  try {
    await ctx.files.put(key, inspector);
    if (refusal) throw refusal;
  } catch (error) {
    source.unpipe(inspector);
    source.resume(); // let the rest of the request body go by
    await ctx.files.remove(key);
    throw refusal ?? error;
  } finally {
    source.off("error", onSourceError);
  }
  const sha256 = inspector.digest();
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await insertFileRow(tx, {
        orgId: owner.orgId,
        ownerType: owner.ownerType,
        ownerId: owner.ownerId,
        name,
        mimeType: FILE_TYPES[type].mimeType,
        size: inspector.size,
        sha256,
        storageKey: key,
        uploadedBy: userIdOf(ctx),
      });
      await recordAudit(tx, ctx, { action: "file.upload", entityType: "file", entityId: row.id, orgId: row.orgId, after: fileSnapshot(row) });
      return row;
    });
  } catch (error) {
    await ctx.files.remove(key).catch((removeError: unknown) => ctx.log.error({ err: removeError, key }, "could not remove the bytes of a file whose row failed"));
    throw error;
  }
}

/**
 * One file and its bytes for download: 404 outside the actor's scope (by the file's organization)
 * or archived, 403 without file.read. Every download is audited: the documents of a person's case
 * are personal information.
 */
export async function getFileForDownload(ctx: Ctx, id: string): Promise<{ row: FileRow; stream: Readable }> {
  const row = await getFileRow(ctx.db, ctx.actor.scope, id);
  if (!row) throw createFileNotFoundError();
  if (!can(ctx.actor, "file.read")) throw createFileReadForbiddenError();
  const stream = await ctx.files.get(row.storageKey);
  try {
    await recordAudit(ctx.db, ctx, { action: "file.download", entityType: "file", entityId: row.id, orgId: row.orgId, after: fileSnapshot(row) });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { row, stream };
}

/**
 * One live file of an owner, with its bytes, for a module that serves its own (sealed) files: the
 * CALLER has checked the actor may see the owner. 404 when the file is not the owner's. Audited.
 */
export async function getOwnerFileForDownload(ctx: Ctx, ownerType: string, ownerId: string, fileId: string): Promise<{ row: FileRow; stream: Readable }> {
  const [row] = await findOwnerFileRows(ctx.db, ownerType, ownerId, [fileId]);
  if (!row) throw createFileNotFoundError();
  const stream = await ctx.files.get(row.storageKey);
  try {
    await recordAudit(ctx.db, ctx, { action: "file.download", entityType: "file", entityId: row.id, orgId: row.orgId, after: fileSnapshot(row) });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { row, stream };
}

/** An owner's live files, oldest first, with the uploader's name. The caller has checked the owner's scope. */
export const findOwnerFiles = (db: Executor, ownerType: string, ownerId: string): Promise<OwnerFileRow[]> => findOwnerFileRows(db, ownerType, ownerId);

/**
 * Those of `ids` that are live files of this owner (to validate attachments: compare the count).
 * Order follows the files' upload, not `ids`.
 */
export const getOwnerFilesByIds = async (db: Executor, ownerType: string, ownerId: string, ids: readonly string[]): Promise<OwnerFileRow[]> =>
  ids.length === 0 ? [] : findOwnerFileRows(db, ownerType, ownerId, [...new Set(ids)]);

/**
 * Moves an owner's live files to `orgId`, inside the caller's transaction: the organization that may
 * download them follows the owner (e.g. a member's accepted transfer). The ids of the files moved;
 * the caller audits the change that caused it.
 */
export const moveOwnerFiles = (tx: Executor, ownerType: string, ownerId: string, orgId: string): Promise<string[]> =>
  updateOwnerFilesOrg(tx, ownerType, ownerId, orgId);

/** A file as lists show it (FileSummarySchema). */
export const toFileSummary = (row: OwnerFileRow): FileSummary => ({
  id: row.id,
  name: row.name,
  sizeBytes: row.size,
  mimeType: row.mimeType,
  sha256: row.sha256,
  createdAt: row.createdAt.toISOString(),
  uploadedByName: row.uploadedByName,
});

/** The headers of a file download: never sniffed, never cached, never run as a page. */
export function sendFile(reply: FastifyReply, row: FileRow, stream: Readable) {
  return reply
    .header("content-type", row.mimeType)
    .header("content-length", row.size)
    .header("content-disposition", attachmentDisposition(row.name))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("cache-control", "private, no-store")
    .send(stream);
}

/**
 * Streams `files` as one zip (stored, not recompressed: PDFs and images are compressed already),
 * with unique names; fflate sets the UTF-8 flag on Chinese names. 403 without file.read; the
 * CALLER has checked the files' owner is in scope. All files are opened before the first byte is
 * sent, so missing bytes fail the request rather than cutting the zip short. Audited once.
 */
export async function sendZip(ctx: Ctx, reply: FastifyReply, files: readonly FileRow[], zipName: string) {
  if (!can(ctx.actor, "file.read")) throw createFileReadForbiddenError();
  const sources: Readable[] = [];
  try {
    for (const file of files) sources.push(await ctx.files.get(file.storageKey));
    await recordAudit(ctx.db, ctx, {
      action: "file.zip_download",
      entityType: "file",
      orgId: files[0]?.orgId ?? null,
      after: { name: zipName, files: files.map((f) => ({ id: f.id, ownerType: f.ownerType, ownerId: f.ownerId, name: f.name, sha256: f.sha256 })) },
    });
  } catch (error) {
    for (const source of sources) source.destroy();
    throw error;
  }
  const names = uniqueFileNames(files.map((f) => f.name));
  const entries = files.map((file, i) => ({ name: names[i]!, mtime: file.createdAt, source: sources[i]! }));
  const out = new PassThrough();
  // Headers go out with the first bytes; a later failure can only cut the download short.
  writeZip(out, entries).catch((error: unknown) => {
    ctx.log.error({ err: error, requestId: ctx.requestId }, "zip download failed while streaming");
    for (const source of sources) source.destroy();
    out.destroy(error as Error);
  });
  const name = sanitizeFileName(zipName) || "files.zip";
  return reply
    .header("content-type", "application/zip")
    .header("content-disposition", attachmentDisposition(name, asciiFileName(name, "files")))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(out);
}

async function writeZip(out: Writable, entries: { name: string; mtime: Date; source: Readable }[]) {
  const zip = new Zip((error, chunk, final) => {
    if (error) return void out.destroy(error);
    out.write(chunk);
    if (final) out.end();
  });
  for (const [i, entry] of entries.entries()) {
    const file = new ZipPassThrough(entry.name);
    file.mtime = entry.mtime;
    zip.add(file);
    for await (const chunk of entry.source) {
      file.push(chunk as Uint8Array);
      if (!(await drained(out))) {
        // The client went away: close what is still open and stop.
        for (const rest of entries.slice(i)) rest.source.destroy();
        return;
      }
    }
    file.push(new Uint8Array(0), true);
  }
  zip.end();
}

/** Waits until `out` wants more; false when it was closed instead. */
async function drained(out: Writable): Promise<boolean> {
  if (out.destroyed) return false;
  if (!out.writableNeedDrain) return true;
  const done = new AbortController();
  await Promise.race([once(out, "drain", { signal: done.signal }), once(out, "close", { signal: done.signal })]).catch(() => undefined);
  done.abort();
  return !out.destroyed;
}
