import { ApiError, buildUrl, NETWORK_ERROR_CODE, notifyUnauthorized, parseErrorResponse, type QueryValue } from "./api-client";

/** The file name of "attachment; filename*=UTF-8''…" (RFC 6266), else the fallback. */
export function fileNameOf(header: string | null, fallback: string): string {
  const encoded = header && /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: use the fallback.
    }
  }
  return fallback;
}

/**
 * GETs a file the server streams (no length known ahead) and reads it chunk by chunk, reporting the
 * bytes received, then hands it to the browser as a download. Errors come back as ApiError, as from
 * api-client; a 401 ends the session the same way.
 */
export async function downloadWithProgress(
  path: string,
  query: Record<string, QueryValue>,
  fallbackName: string,
  onProgress: (receivedBytes: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: "same-origin", signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, NETWORK_ERROR_CODE, "无法连接服务器，请检查网络后重试");
  }
  if (!response.ok) {
    if (response.status === 401) notifyUnauthorized();
    throw await parseErrorResponse(response);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received);
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    chunks.push(buffer);
    onProgress(buffer.byteLength);
  }
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response.headers.get("content-disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "356 KB", "1.2 MB". */
export const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
