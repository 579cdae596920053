import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Everything `buildServer` and `nightleg serve` need; see docs/api.md for the env vars and flags. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimit: number;
  /** Requests per minute per client address; 0 disables rate limiting. */
  readonly rateLimit: number;
  /** Origins allowed to call the API from a browser; empty = CORS off (same-origin only). */
  readonly corsOrigins: readonly string[];
  readonly logLevel: LogLevel;
  /** The web app build, served at `/` when the directory exists. */
  readonly staticDir: string;
  /**
   * Trust `X-Forwarded-*` from a reverse proxy: false, true (any peer), or the proxies' addresses / subnets
   * (`127.0.0.1`, `10.0.0.0/8`, or the keywords `loopback`, `linklocal`, `uniquelocal`).
   */
  readonly trustProxy: boolean | readonly string[];
  /**
   * Server processes (`nightleg serve` only; node:cluster, sharing one port). 1 = a single process. Each
   * worker is a whole server with its own memory, rate-limit counters and log lines.
   */
  readonly workers: number;
  /** Milliseconds a whole request (headers and body) may take to arrive; then 408 and the connection closes. */
  readonly requestTimeout: number;
  /** Milliseconds the request headers may take to arrive (≤ requestTimeout); then 408. */
  readonly headersTimeout: number;
  /** Milliseconds an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeout: number;
  /**
   * Worker threads per server process for the CPU-heavy work (reading text, assessing, next question), so
   * that it never blocks the event loop. 0 = run it in-process; 'auto' = the cores left after the event
   * loops, shared among the `workers` processes, at least 1 (docs/deploy.md, "Compute pool").
   */
  readonly computeThreads: number | 'auto';
  /** Jobs that may wait for a compute thread (per process); one more is answered 503 with Retry-After. */
  readonly computeQueue: number;
  /** Milliseconds a job may take, waiting included; then 503, and a thread still on it is replaced. */
  readonly computeTimeout: number;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** `<package root>/dist/web`: the same path from src/server (tsx) and dist/server (built). */
export const defaultStaticDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export const defaultConfig: ServerConfig = {
  port: 8787,
  host: '127.0.0.1',
  bodyLimit: 256 * 1024,
  rateLimit: 600,
  corsOrigins: [],
  logLevel: 'info',
  staticDir: defaultStaticDir,
  trustProxy: false,
  workers: 1,
  requestTimeout: 30_000,
  headersTimeout: 10_000,
  keepAliveTimeout: 5_000,
  computeThreads: 'auto',
  computeQueue: 64,
  computeTimeout: 5_000,
};

/** Most compute threads per process (a guard against typos, like `maximumWorkers`). */
export const maximumComputeThreads = 64;

/** Most workers `nightleg serve` starts (a guard against typos; one per core is the useful maximum). */
export const maximumWorkers = 64;

/** A setting that cannot be used; `source` names the env var or flag so the message says what to fix. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const envVars = {
  port: 'NIGHTLEG_PORT',
  host: 'NIGHTLEG_HOST',
  bodyLimit: 'NIGHTLEG_BODY_LIMIT',
  rateLimit: 'NIGHTLEG_RATE_LIMIT',
  corsOrigins: 'NIGHTLEG_CORS_ORIGINS',
  logLevel: 'NIGHTLEG_LOG_LEVEL',
  staticDir: 'NIGHTLEG_STATIC_DIR',
  trustProxy: 'NIGHTLEG_TRUST_PROXY',
  workers: 'NIGHTLEG_WORKERS',
  requestTimeout: 'NIGHTLEG_REQUEST_TIMEOUT',
  headersTimeout: 'NIGHTLEG_HEADERS_TIMEOUT',
  keepAliveTimeout: 'NIGHTLEG_KEEP_ALIVE_TIMEOUT',
  computeThreads: 'NIGHTLEG_COMPUTE_THREADS',
  computeQueue: 'NIGHTLEG_COMPUTE_QUEUE',
  computeTimeout: 'NIGHTLEG_COMPUTE_TIMEOUT',
} as const satisfies Record<keyof ServerConfig, string>;

/** Raw settings as strings, from env vars or CLI flags; absent = keep the default. */
export type RawConfig = { readonly [K in keyof ServerConfig]?: string };

function integer(source: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  if (!/^\d+$/.test(text))
    throw new ConfigError(source, `must be a whole number (got ${JSON.stringify(raw)})`);
  const value = Number(text);
  if (value < min || value > max) {
    throw new ConfigError(source, `must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

// Maps, not plain objects: "1constructor" must be an unknown unit, not Object.prototype.constructor.
const sizeUnits: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1024],
  ['kb', 1024],
  ['m', 1024 ** 2],
  ['mb', 1024 ** 2],
]);
const durationUnits: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['ms', 1],
  ['s', 1000],
  ['m', 60_000],
]);

/** "30000" (milliseconds), "500ms", "30s", "2m"; between 1 s and 10 min. */
function duration(source: string, raw: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = durationUnits.get(match?.[2]?.toLowerCase() ?? 'x');
  if (!match || unit === undefined) {
    throw new ConfigError(
      source,
      `must be a duration, e.g. 30000 (milliseconds), 30s or 2m (got ${JSON.stringify(raw)})`,
    );
  }
  const value = Number(match[1]) * unit;
  if (value < 1000 || value > 600_000) {
    throw new ConfigError(source, `must be between 1s and 10m (got ${JSON.stringify(raw)})`);
  }
  return value;
}

/** "262144", "256k", "256kb", "1m" (binary units). */
function byteSize(source: string, raw: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = sizeUnits.get(match?.[2]?.toLowerCase() ?? 'x');
  if (!match || unit === undefined) {
    throw new ConfigError(
      source,
      `must be a size in bytes, e.g. 262144, 256k or 1m (got ${JSON.stringify(raw)})`,
    );
  }
  const value = Number(match[1]) * unit;
  if (value < 1024 || value > 64 * 1024 ** 2) {
    throw new ConfigError(source, `must be between 1k and 64m (got ${JSON.stringify(raw)})`);
  }
  return value;
}

/** Comma-separated origins (`https://app.example.org,http://localhost:5173`) or `*` for any origin. */
function origins(source: string, raw: string): string[] {
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const origin of list) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        source,
        `"${origin}" is not an origin; use scheme://host[:port] with no path, e.g. https://app.example.org`,
      );
    }
  }
  return list.map((o) => o.replace(/\/$/, ''));
}

function logLevel(source: string, raw: string): LogLevel {
  const value = raw.trim().toLowerCase();
  if (!(logLevels as readonly string[]).includes(value)) {
    throw new ConfigError(source, `must be one of ${logLevels.join(', ')} (got ${JSON.stringify(raw)})`);
  }
  return value as LogLevel;
}

const proxyKeywords = ['loopback', 'linklocal', 'uniquelocal'];

/** An IP address, an IP subnet (`10.0.0.0/8`) or a proxy-addr keyword. */
function isProxyAddress(entry: string): boolean {
  if (proxyKeywords.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function trustProxy(source: string, raw: string): boolean | string[] {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = entries.find((e) => !isProxyAddress(e));
  if (bad !== undefined) {
    throw new ConfigError(
      source,
      `must be true, false, or the proxies' addresses or subnets, e.g. 127.0.0.1,10.0.0.0/8 or loopback (got ${JSON.stringify(bad)})`,
    );
  }
  return entries;
}

function computeThreads(source: string, raw: string): number | 'auto' {
  if (raw.trim().toLowerCase() === 'auto') return 'auto';
  if (!/^\s*\d+\s*$/.test(raw)) {
    throw new ConfigError(
      source,
      `must be auto or a whole number of threads, 0 = in-process (got ${JSON.stringify(raw)})`,
    );
  }
  return integer(source, raw, 0, maximumComputeThreads);
}

function host(source: string, raw: string): string {
  const value = raw.trim();
  if (value === '' || /\s|\//.test(value)) {
    throw new ConfigError(source, `must be a host name or IP address (got ${JSON.stringify(raw)})`);
  }
  return value;
}

function staticDir(source: string, raw: string): string {
  if (raw.trim() === '') throw new ConfigError(source, 'must be a directory path');
  return raw.trim();
}

const readers: { readonly [K in keyof ServerConfig]: (source: string, raw: string) => ServerConfig[K] } = {
  port: (source, raw) => integer(source, raw, 0, 65535),
  host,
  bodyLimit: byteSize,
  rateLimit: (source, raw) => integer(source, raw, 0, 1_000_000),
  corsOrigins: origins,
  logLevel,
  staticDir,
  trustProxy,
  workers: (source, raw) => integer(source, raw, 1, maximumWorkers),
  requestTimeout: duration,
  headersTimeout: duration,
  keepAliveTimeout: duration,
  computeThreads,
  computeQueue: (source, raw) => integer(source, raw, 0, 10_000),
  computeTimeout: duration,
};

/**
 * Apply raw settings over a base config. `sourceOf` names each setting in error messages
 * (the env var, or the CLI flag).
 */
export function applyRaw(
  base: ServerConfig,
  raw: RawConfig,
  sourceOf: (key: keyof ServerConfig) => string,
): ServerConfig {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(readers) as (keyof ServerConfig)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    out[key] = (readers[key] as (source: string, raw: string) => unknown)(sourceOf(key), value);
  }
  const config = out as unknown as ServerConfig;
  // Node refuses a headers timeout longer than the request timeout; say which setting to change.
  if (config.headersTimeout > config.requestTimeout) {
    throw new ConfigError(
      sourceOf('headersTimeout'),
      `must not be longer than the request timeout (${config.headersTimeout} ms > ${config.requestTimeout} ms)`,
    );
  }
  return config;
}

/** Settings from `NIGHTLEG_*` env vars (unset or empty = default). */
export function configFromEnv(env: NodeJS.ProcessEnv, base: ServerConfig = defaultConfig): ServerConfig {
  const raw: Record<string, string> = {};
  for (const [key, name] of Object.entries(envVars)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  return applyRaw(base, raw, (key) => envVars[key]);
}

/** CLI flag names, for error messages. */
export const flagNames: { readonly [K in keyof ServerConfig]: string } = {
  port: '--port',
  host: '--host',
  bodyLimit: '--body-limit',
  rateLimit: '--rate-limit',
  corsOrigins: '--cors',
  logLevel: '--log-level',
  staticDir: '--static-dir',
  trustProxy: '--trust-proxy',
  workers: '--workers',
  requestTimeout: '--request-timeout',
  headersTimeout: '--headers-timeout',
  keepAliveTimeout: '--keep-alive-timeout',
  computeThreads: '--compute-threads',
  computeQueue: '--compute-queue',
  computeTimeout: '--compute-timeout',
};

/** Defaults, then env vars, then CLI flags (flags win). Throws `ConfigError` naming the bad setting. */
export function resolveConfig(env: NodeJS.ProcessEnv, flags: RawConfig = {}): ServerConfig {
  return applyRaw(configFromEnv(env), flags, (key) => flagNames[key]);
}
