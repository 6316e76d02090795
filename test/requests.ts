import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Session } from "./factories";
import type { TestApp } from "./server";

/** Requests of the API tests, signed in as `session` (its cookie and CSRF headers). */
export type Method = "GET" | "POST" | "PUT" | "PATCH";

export const request = (t: TestApp, session: Session, method: Method, url: string, payload?: object): Promise<LightMyRequestResponse> =>
  t.app.inject({ method, url, headers: session.headers, payload });

/** A request that must succeed; answers the body. */
export async function ok<T>(t: TestApp, session: Session, method: Method, url: string, payload?: object): Promise<T> {
  const response = await request(t, session, method, url, payload);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as T;
}

/** A request that must be refused with this status and error code; answers the error. */
export async function refused(t: TestApp, session: Session, method: Method, url: string, payload: object | undefined, status: number, code?: string) {
  const response = await request(t, session, method, url, payload);
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json() as { error: { code: string; message: string; details?: { field: string; rule?: string; message: string }[] } };
  if (code) expect(body.error.code).toBe(code);
  return body.error;
}
