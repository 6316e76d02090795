import { describe, expect, it } from "vitest";
import { isSessionAlive, throttleMessage, throttleState } from "./auth.rules";

const now = new Date("2026-11-25T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("throttleState", () => {
  it("allows sign-in below the limit", () => {
    expect(throttleState([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], now, 5, 15)).toEqual({
      isThrottled: false,
      retryAfterSeconds: 0,
    });
  });
  it("throttles at the limit until the oldest counted failure leaves the window", () => {
    const state = throttleState([minutesAgo(10), minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], now, 5, 15);
    expect(state.isThrottled).toBe(true);
    expect(state.retryAfterSeconds).toBe(5 * 60);
  });
  it("counts from the failure that keeps the count at the limit when there are more", () => {
    const failures = [minutesAgo(14), minutesAgo(12), minutesAgo(3), minutesAgo(2), minutesAgo(1), minutesAgo(0.5)];
    expect(throttleState(failures, now, 5, 15).retryAfterSeconds).toBe(3 * 60);
  });
  it("says in Chinese how many minutes to wait", () => {
    expect(throttleMessage(301)).toBe("登录失败次数过多，请 6 分钟后再试");
  });
});

describe("isSessionAlive", () => {
  const base = { createdAt: minutesAgo(60), lastSeenAt: minutesAgo(30), expiresAt: new Date(now.getTime() + 3_600_000), revokedAt: null };
  it("keeps an active session", () => expect(isSessionAlive(base, now, 2)).toBe(true));
  it("ends a revoked session at once", () => expect(isSessionAlive({ ...base, revokedAt: minutesAgo(1) }, now, 2)).toBe(false));
  it("ends an idle session", () => expect(isSessionAlive({ ...base, lastSeenAt: minutesAgo(121) }, now, 2)).toBe(false));
  it("ends a session at its hard limit whatever its activity", () =>
    expect(isSessionAlive({ ...base, lastSeenAt: now, expiresAt: now }, now, 2)).toBe(false));
});
