/**
 * Configuration from the environment, validated once at boot. Every default makes
 * `npm start` work on a fresh machine; a bad value stops the boot with a message
 * naming the variable.
 */
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  port: number;
  host: string;
  /** Null: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  logLevel: LogLevel;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  dataDir: string;
  /** Preferred port of the embedded PostgreSQL; the next free one is used when taken. */
  embeddedPgPort: number;
  bodyLimitBytes: number;
  /** Longest article body accepted, in characters: extraction runs on the event loop, for a time that grows with length. */
  maxArticleChars: number;
  apiKey: string | null;
  /** `true` reflects any origin; a list allows those origins; `false` disables CORS. */
  corsOrigin: boolean | string[];
  /** Load the demo corpus into an empty database at start. */
  seedDemo: 'auto' | 'always' | 'never';
  dbPoolSize: number;
  /** Path of a module exporting createExtractor(); null for the built-in pipeline. */
  extractorModule: string | null;
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  graphiql: boolean;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (!allowed.includes(value)) throw new ConfigError(name, raw, `one of ${allowed.join(', ')}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, raw, 'true or false');
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', raw, 'a postgresql:// URL');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new ConfigError('DATABASE_URL', raw, 'a postgresql:// URL');
  }
  return raw;
}

function corsOrigin(env: Env): boolean | string[] {
  const raw = env.CORS_ORIGIN;
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return true;
  if (['false', 'off', 'none'].includes(raw.trim().toLowerCase())) return false;
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    try {
      new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGIN', raw, '*, false, or a comma-separated list of origins');
    }
  }
  return origins;
}

export function loadConfig(env: Env = process.env): Config {
  const apiKey = env.API_KEY?.trim() || null;
  if (apiKey !== null && apiKey.length < 8) {
    throw new ConfigError('API_KEY', '<redacted>', 'at least 8 characters');
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl: databaseUrl(env),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    dataDir: path.resolve(env.DATA_DIR?.trim() || '.data'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    maxArticleChars: integer(env, 'MAX_ARTICLE_CHARS', 100_000, 1000, 2_000_000),
    apiKey,
    corsOrigin: corsOrigin(env),
    seedDemo: oneOf(env, 'SEED_DEMO', 'auto', ['auto', 'always', 'never'] as const),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    extractorModule: env.EXTRACTOR_MODULE?.trim() || null,
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30000, 1000, 600000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10000, 100, 600000),
    graphiql: boolean(env, 'GRAPHIQL', true),
  };
}
