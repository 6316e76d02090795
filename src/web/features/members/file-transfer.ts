import { ApiError, buildUrl, getCsrfToken, NETWORK_ERROR_CODE, notifyUnauthorized, parseErrorResponse, type QueryValue } from "../../lib/api-client";

// Spreadsheet downloads and the upload with progress, which lib/api-client (JSON only) does not do.
// They send the session's CSRF token as api-client does, and a 401 ends the session in the app the same way.

/** The CSRF header of a state-changing request, when a token is known (else the server refuses it). */
const csrfHeader = (): Record<string, string> => {
  const token = getCsrfToken();
  return token ? { "x-csrf-token": token } : {};
};

/** "attachment; filename*=UTF-8''%E5%85%9A…" (RFC 6266) or filename="…"; the fallback otherwise. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // Malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface DownloadOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON with a POST. */
  body?: unknown;
  fallbackName: string;
}

/** Fetches a file with the session cookie and hands it to the browser as a download. */
export async function downloadFile(path: string, { query, body, fallbackName }: DownloadOptions): Promise<void> {
  const isPost = body !== undefined;
  const headers: Record<string, string> = isPost ? { "content-type": "application/json", ...csrfHeader() } : {};
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: isPost ? "POST" : "GET",
      headers,
      credentials: "same-origin",
      body: isPost ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR_CODE, "无法连接服务器，请检查网络后重试");
  }
  if (!response.ok) {
    if (response.status === 401) notifyUnauthorized();
    throw await parseErrorResponse(response);
  }
  saveBlob(await response.blob(), fileNameFromDisposition(response.headers.get("content-disposition"), fallbackName));
}

export type UploadStage = "uploading" | "processing";

/**
 * POSTs a multipart form through XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Resolves with the server's answer whatever its status, as a Response, so the caller decides which
 * error statuses carry a useful body; rejects only when the server cannot be reached.
 */
export async function uploadForm(
  path: string,
  form: FormData,
  onProgress: (stage: UploadStage, percent: number) => void,
): Promise<Response> {
  const response = await new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress("uploading", Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => onProgress("processing", 100);
    xhr.onload = () =>
      resolve(new Response(xhr.responseText, { status: xhr.status, headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" } }));
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR_CODE, "无法连接服务器，请检查网络后重试"));
    xhr.send(form);
  });
  if (response.status === 401) notifyUnauthorized();
  return response;
}
