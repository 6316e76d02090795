import path from "node:path";

/** Everything configurable comes from the environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  isProduction: boolean;
  /** Hours a session lives without activity. */
  sessionIdleHours: number;
  /** Hard limit of a session, whatever its activity. */
  sessionMaxHours: number;
  /** Sign-in throttling: this many failures in the window answer 429 for the rest of it. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Base64 32-byte key for personal information; else a key file in the data dir. */
  secretKey?: string;
  webDir: string;
  /** Mark the session cookie Secure; turn on behind HTTPS. */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a reverse proxy, so throttling sees the real client address. */
  trustProxy: boolean;
  /**
   * 老党员 (senior member) thresholds: at least this age, or at least this party age. No national
   * rule names them (rules.md glossary "by age or party age, per the spec"): UNVERIFIED, so config.
   */
  seniorMinAge: number;
  seniorMinPartyAge: number;
  /** Months before a term's end from which an organization is due for renewal (换届提醒, TERM-03). */
  renewalDueMonths: number;
}

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DANGJIAN_DATA_DIR ?? "data"),
    isProduction: env.NODE_ENV === "production",
    sessionIdleHours: int(env.DANGJIAN_SESSION_IDLE_HOURS, 2),
    sessionMaxHours: int(env.DANGJIAN_SESSION_MAX_HOURS, 12),
    loginMaxFailures: int(env.DANGJIAN_LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: int(env.DANGJIAN_LOGIN_WINDOW_MINUTES, 15),
    secretKey: env.DANGJIAN_SECRET_KEY || undefined,
    webDir: path.resolve(env.DANGJIAN_WEB_DIR ?? "dist/web"),
    cookieSecure: env.DANGJIAN_COOKIE_SECURE === "true",
    trustProxy: env.DANGJIAN_TRUST_PROXY === "true",
    renewalDueMonths: int(env.DANGJIAN_RENEWAL_DUE_MONTHS, 3),
    seniorMinAge: int(env.DANGJIAN_SENIOR_MIN_AGE, 70),
    seniorMinPartyAge: int(env.DANGJIAN_SENIOR_MIN_PARTY_AGE, 50),
  };
}
