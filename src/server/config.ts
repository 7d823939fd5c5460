import { resolve } from 'node:path';

// The only reader of process.env. Everything else receives a Config.
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  logLevel: string;
  webDir: string;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  signInWindowMinutes: number;
  signInMaxFailuresPerAccount: number;
  signInMaxFailuresPerAddress: number;
  bodyLimitBytes: number;
  shutdownGraceSeconds: number;
  /** Run the scheduled jobs (the reminder sweep) in this process; off for a process that only serves requests. */
  jobs: boolean;
  /**
   * The legal minimum monthly wage (gross, full time) in euro cents. Vacancies and placements
   * paying less pro rata get a warning; the share of competitive jobs counts only those at or above.
   */
  minimumMonthlyWageCents: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; it is "${raw}".`);
}

// 'memory://' keeps the embedded database in memory (tests); anything else is a folder.
function dataDirOf(raw: string | undefined): string {
  if (raw?.startsWith('memory://')) return raw;
  return resolve(raw || '.data/kelias');
}

export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: dataDirOf(env.KELIAS_DATA_DIR),
    databaseUrl,
    demo: flag(env, 'KELIAS_DEMO', false),
    logLevel: env.LOG_LEVEL || 'info',
    webDir: resolve(env.KELIAS_WEB_DIR || 'dist/web'),
    trustProxy: flag(env, 'KELIAS_TRUST_PROXY', false),
    sessionIdleMinutes: integer(env, 'KELIAS_SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionMaxHours: integer(env, 'KELIAS_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    signInWindowMinutes: integer(env, 'KELIAS_SIGNIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    signInMaxFailuresPerAccount: integer(env, 'KELIAS_SIGNIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    signInMaxFailuresPerAddress: integer(env, 'KELIAS_SIGNIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100_000),
    bodyLimitBytes: integer(env, 'KELIAS_BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    shutdownGraceSeconds: integer(env, 'KELIAS_SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    jobs: flag(env, 'KELIAS_JOBS', true),
    // 1,153 EUR: Lithuania's minimum monthly wage from 2026-01-01.
    minimumMonthlyWageCents: integer(env, 'KELIAS_MINIMUM_MONTHLY_WAGE_EUR', 1153, 0, 100_000) * 100,
  };
}

/** For the create-admin command only: a password given without a prompt, e.g. in provisioning scripts. */
export function adminPasswordFrom(env: Env): string | undefined {
  return env.KELIAS_ADMIN_PASSWORD || undefined;
}
