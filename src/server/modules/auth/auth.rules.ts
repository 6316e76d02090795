/**
 * Sign-in throttling, pure. Failures are counted per username and per client address; once `max`
 * of them fall inside the sliding window, sign-in is refused (HTTP 429) until enough age out.
 */
export interface ThrottleState {
  isThrottled: boolean;
  /** Seconds until a sign-in may be tried again; 0 when not throttled. */
  retryAfterSeconds: number;
}

export function throttleState(failuresInWindow: Date[], now: Date, max: number, windowMinutes: number): ThrottleState {
  if (failuresInWindow.length < max) return { isThrottled: false, retryAfterSeconds: 0 };
  const ascending = failuresInWindow.map((d) => d.getTime()).sort((a, b) => a - b);
  // Throttled until the failure that keeps the count at `max` leaves the window.
  const releaseAt = ascending[ascending.length - max]! + windowMinutes * 60_000;
  return { isThrottled: true, retryAfterSeconds: Math.max(1, Math.ceil((releaseAt - now.getTime()) / 1000)) };
}

export const throttleMessage = (retryAfterSeconds: number) =>
  `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`;

/** A session ends at its hard limit, or earlier after a period without activity. */
export function isSessionAlive(session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date, idleHours: number): boolean {
  if (session.revokedAt) return false;
  if (session.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleHours * 3_600_000;
}
