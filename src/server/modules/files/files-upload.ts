import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import fastifyMultipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../../config";
import { createFileMissingError, createFileTooLargeError, createFileTypeNotAllowedError } from "./files.errors";
import { type FileType, SIGNATURE_LENGTH, hasSignature } from "./files.rules";

/** The multipart limits of an upload form: one file (field "file") and a few text fields. */
export const uploadLimits = (maxBytes: number) => ({ files: 1, fileSize: maxBytes, fields: 10, parts: 11 });

/**
 * The first file part of a multipart request, which must be the field "file". The limits are
 * passed again here, so the size limit holds whatever the plugin was registered with.
 */
export async function readFilePart(request: FastifyRequest, maxBytes: number): Promise<MultipartFile> {
  if (typeof request.file !== "function") throw new TypeError("multipart is not registered: call registerFileUploads(app) in the route's plugin");
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: uploadLimits(maxBytes) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") throw createFileMissingError();
    if (code === "FST_REQ_FILE_TOO_LARGE") throw createFileTooLargeError(maxBytes);
    throw error;
  }
  if (!part) throw createFileMissingError();
  if (part.fieldname !== "file") {
    part.file.resume();
    throw createFileMissingError();
  }
  return part;
}

/**
 * Passes an upload through while counting its bytes, hashing them (SHA-256) and checking its first
 * bytes against the type its name claims. Fails the stream with the AppError of the refusal, so the
 * storage keeps nothing: too large (past `maxBytes`, or cut short by the multipart limit, which
 * `isTruncated` reports at the end), not the claimed type, or empty.
 */
export class UploadInspector extends Transform {
  size = 0;
  private readonly hash = createHash("sha256");
  private head = Buffer.alloc(0);
  private isHeadChecked = false;

  constructor(
    private readonly type: FileType,
    private readonly maxBytes: number,
    private readonly isTruncated: () => boolean = () => false,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return callback(createFileTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    if (!this.isHeadChecked) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SIGNATURE_LENGTH - this.head.length)]);
      if (this.head.length >= SIGNATURE_LENGTH) {
        if (!hasSignature(this.type, this.head)) return callback(createFileTypeNotAllowedError(true));
        this.isHeadChecked = true;
      }
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback) {
    if (this.isTruncated()) return callback(createFileTooLargeError(this.maxBytes));
    if (this.size === 0) return callback(createFileMissingError(true));
    // Files shorter than the longest signature are checked here, against their own type's.
    if (!this.isHeadChecked && !hasSignature(this.type, this.head)) return callback(createFileTypeNotAllowedError(true));
    callback();
  }

  /** The SHA-256 of every byte passed, in hex; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest("hex");
  }
}

/**
 * Multipart for the calling plugin only (style: not app-wide), with the upload limits. Call it at
 * the top of a routes plugin whose routes call `storeUpload`.
 */
export async function registerFileUploads(app: FastifyInstance, config: Pick<Config, "uploadMaxBytes"> = app.deps.config) {
  await app.register(fastifyMultipart, { limits: uploadLimits(config.uploadMaxBytes) });
}
