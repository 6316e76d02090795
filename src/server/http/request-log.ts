import type { IncomingHttpHeaders } from "node:http";

/**
 * Personal numbers never reach the logs (rules.md §7.2, PIPL §51): the roster's search by ID number
 * or phone puts them in the query string, which the access log would otherwise keep in full. Any
 * parameter named like one (`idNumber`, `phone`, `memberIdNumber`, `contactPhone` …) is redacted.
 */
const PERSONAL_PARAM = /^(idNumber|phone)$|(IdNumber|Phone)$/;
const REDACTED = encodeURIComponent("[REDACTED]");

const decodeKey = (raw: string) => {
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return raw;
  }
};

/** The URL with the values of personal parameters replaced; every other byte stays as sent. */
export function redactUrl(url: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const params = url
    .slice(mark + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && PERSONAL_PARAM.test(decodeKey(key)) ? `${key}=${REDACTED}` : pair;
    });
  return `${url.slice(0, mark)}?${params.join("&")}`;
}

/** What the serializer reads: Fastify hands it its request, though its types name the raw one. */
interface LoggedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's own request serializer (lib/logger-pino.js), with the URL redacted. */
export const serializeRequest = (request: LoggedRequest) => {
  const version = request.headers["accept-version"];
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    version: typeof version === "string" ? version : undefined,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
};
