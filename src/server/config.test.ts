import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, defaultConfig, resolveConfig } from './config.js';

describe('server config', () => {
  it('defaults', () => {
    expect(resolveConfig({})).toEqual(defaultConfig);
    expect(defaultConfig).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      bodyLimit: 262144,
      rateLimit: 600,
      corsOrigins: [],
      logLevel: 'info',
      trustProxy: false,
      workers: 1,
    });
    expect(defaultConfig.staticDir).toMatch(/dist[/\\]web$/);
  });

  it('reads NIGHTLEG_* env vars; empty means default', () => {
    const config = configFromEnv({
      NIGHTLEG_PORT: '9000',
      NIGHTLEG_HOST: '0.0.0.0',
      NIGHTLEG_BODY_LIMIT: '1m',
      NIGHTLEG_RATE_LIMIT: '0',
      NIGHTLEG_CORS_ORIGINS: 'https://app.example.org, http://localhost:5173/',
      NIGHTLEG_LOG_LEVEL: 'WARN',
      NIGHTLEG_TRUST_PROXY: 'loopback, 10.0.0.0/8',
      NIGHTLEG_STATIC_DIR: '',
    });
    expect(config).toEqual({
      ...defaultConfig,
      port: 9000,
      host: '0.0.0.0',
      bodyLimit: 1024 * 1024,
      rateLimit: 0,
      corsOrigins: ['https://app.example.org', 'http://localhost:5173'],
      logLevel: 'warn',
      trustProxy: ['loopback', '10.0.0.0/8'],
    });
    expect(configFromEnv({ NIGHTLEG_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ NIGHTLEG_WORKERS: '4' }).workers).toBe(4);
    expect(() => configFromEnv({ NIGHTLEG_WORKERS: '65' })).toThrow(
      /NIGHTLEG_WORKERS: must be between 1 and 64/,
    );
  });

  it('CLI flags override env vars', () => {
    const config = resolveConfig(
      { NIGHTLEG_PORT: '9000', NIGHTLEG_RATE_LIMIT: '10' },
      { port: '9100', corsOrigins: '*' },
    );
    expect(config.port).toBe(9100);
    expect(config.rateLimit).toBe(10);
    expect(config.corsOrigins).toEqual(['*']);
  });

  it('accepts sizes in bytes, k and m', () => {
    expect(resolveConfig({ NIGHTLEG_BODY_LIMIT: '262144' }).bodyLimit).toBe(262144);
    expect(resolveConfig({ NIGHTLEG_BODY_LIMIT: '64kb' }).bodyLimit).toBe(65536);
  });

  const invalid: [Record<string, string>, Record<string, string>, string][] = [
    [{ NIGHTLEG_PORT: 'eighty' }, {}, 'NIGHTLEG_PORT'],
    [{ NIGHTLEG_PORT: '70000' }, {}, 'NIGHTLEG_PORT'],
    [{}, { port: '-1' }, '--port'],
    [{ NIGHTLEG_HOST: 'http://x/' }, {}, 'NIGHTLEG_HOST'],
    [{ NIGHTLEG_BODY_LIMIT: 'lots' }, {}, 'NIGHTLEG_BODY_LIMIT'],
    [{ NIGHTLEG_BODY_LIMIT: '1' }, {}, 'NIGHTLEG_BODY_LIMIT'],
    [{ NIGHTLEG_RATE_LIMIT: '1.5' }, {}, 'NIGHTLEG_RATE_LIMIT'],
    [{}, { rateLimit: 'many' }, '--rate-limit'],
    [{ NIGHTLEG_CORS_ORIGINS: 'app.example.org' }, {}, 'NIGHTLEG_CORS_ORIGINS'],
    [{}, { corsOrigins: 'https://a.example/path' }, '--cors'],
    [{ NIGHTLEG_LOG_LEVEL: 'loud' }, {}, 'NIGHTLEG_LOG_LEVEL'],
    [{ NIGHTLEG_TRUST_PROXY: 'maybe' }, {}, 'NIGHTLEG_TRUST_PROXY'],
    [{ NIGHTLEG_TRUST_PROXY: '2' }, {}, 'NIGHTLEG_TRUST_PROXY'],
    [{}, { trustProxy: '10.0.0.0/40' }, '--trust-proxy'],
  ];
  for (const [env, flags, name] of invalid) {
    it(`invalid ${name} (${JSON.stringify({ ...env, ...flags })}) → an error naming it`, () => {
      expect(() => resolveConfig(env, flags)).toThrow(ConfigError);
      try {
        resolveConfig(env, flags);
      } catch (error) {
        expect((error as ConfigError).source).toBe(name);
        expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
      }
    });
  }
});

describe('timeouts', () => {
  it('defaults: 30 s request, 10 s headers, 5 s keep-alive', () => {
    expect(defaultConfig).toMatchObject({
      requestTimeout: 30_000,
      headersTimeout: 10_000,
      keepAliveTimeout: 5_000,
    });
  });

  it('reads durations in ms, s or m; flags win over env vars', () => {
    const config = resolveConfig(
      {
        NIGHTLEG_REQUEST_TIMEOUT: '2m',
        NIGHTLEG_HEADERS_TIMEOUT: '15000',
        NIGHTLEG_KEEP_ALIVE_TIMEOUT: '1s',
      },
      { keepAliveTimeout: '2500ms' },
    );
    expect(config).toMatchObject({
      requestTimeout: 120_000,
      headersTimeout: 15_000,
      keepAliveTimeout: 2_500,
    });
  });

  it('rejects bad durations and a headers timeout longer than the request timeout, naming the setting', () => {
    expect(() => configFromEnv({ NIGHTLEG_REQUEST_TIMEOUT: 'soon' })).toThrow(
      /NIGHTLEG_REQUEST_TIMEOUT: must be a duration/,
    );
    expect(() => configFromEnv({ NIGHTLEG_KEEP_ALIVE_TIMEOUT: '10ms' })).toThrow(/between 1s and 10m/);
    expect(() => configFromEnv({ NIGHTLEG_REQUEST_TIMEOUT: '1constructor' })).toThrow(ConfigError);
    expect(() => resolveConfig({}, { requestTimeout: '5s' })).toThrow(
      /--headers-timeout: must not be longer/,
    );
  });
});

describe('compute pool settings', () => {
  it('defaults: auto threads, 64 waiting jobs, 5 s per job', () => {
    expect(defaultConfig).toMatchObject({ computeThreads: 'auto', computeQueue: 64, computeTimeout: 5000 });
  });

  it('reads threads (auto, or 0 for in-process), queue and timeout; flags win over env vars', () => {
    expect(
      resolveConfig(
        { NIGHTLEG_COMPUTE_THREADS: '3', NIGHTLEG_COMPUTE_QUEUE: '10', NIGHTLEG_COMPUTE_TIMEOUT: '2s' },
        { computeThreads: '0' },
      ),
    ).toMatchObject({ computeThreads: 0, computeQueue: 10, computeTimeout: 2000 });
    expect(resolveConfig({ NIGHTLEG_COMPUTE_THREADS: 'AUTO' }).computeThreads).toBe('auto');
  });

  it('rejects bad values, naming the setting', () => {
    expect(() => resolveConfig({ NIGHTLEG_COMPUTE_THREADS: 'many' })).toThrow(
      /NIGHTLEG_COMPUTE_THREADS: .*auto/,
    );
    expect(() => resolveConfig({}, { computeThreads: '65' })).toThrow(
      /--compute-threads: must be between 0 and 64/,
    );
    expect(() => resolveConfig({}, { computeQueue: '-1' })).toThrow(/--compute-queue/);
    expect(() => resolveConfig({ NIGHTLEG_COMPUTE_TIMEOUT: '10ms' })).toThrow(
      /NIGHTLEG_COMPUTE_TIMEOUT: must be between 1s and 10m/,
    );
    expect(() => resolveConfig({ NIGHTLEG_COMPUTE_THREADS: '1' })).not.toThrow(ConfigError);
  });
});
