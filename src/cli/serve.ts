import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { ClusterHandle } from '../server/cluster.js';
import type { RawConfig, resolveConfig } from '../server/config.js';
import type { Io } from './assess.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  rateLimit?: string;
  cors?: string;
  bodyLimit?: string;
  logLevel?: string;
  staticDir?: string;
  trustProxy?: string;
  workers?: string;
  requestTimeout?: string;
  headersTimeout?: string;
  keepAliveTimeout?: string;
  computeThreads?: string;
  computeQueue?: string;
  computeTimeout?: string;
}

/** Exit codes: 0 serving (then closed cleanly), 1 could not listen, 2 bad configuration. */
export const serveExitCodes = { ok: 0, listenFailed: 1, badConfig: 2 } as const;

export type ServeOutcome =
  /** One server process (or one worker of a cluster). */
  | { readonly code: 0; readonly url: string; readonly app: FastifyInstance; close(): Promise<unknown> }
  /** The primary of `--workers N`: it serves nothing itself. */
  | { readonly code: 0; readonly url: string; readonly cluster: ClusterHandle; close(): Promise<unknown> }
  | { readonly code: 1 | 2 };

function rawFlags(options: ServeOptions): RawConfig {
  const raw: { -readonly [K in keyof RawConfig]: RawConfig[K] } = {};
  if (options.port !== undefined) raw.port = options.port;
  if (options.host !== undefined) raw.host = options.host;
  if (options.rateLimit !== undefined) raw.rateLimit = options.rateLimit;
  if (options.cors !== undefined) raw.corsOrigins = options.cors;
  if (options.bodyLimit !== undefined) raw.bodyLimit = options.bodyLimit;
  if (options.logLevel !== undefined) raw.logLevel = options.logLevel;
  if (options.staticDir !== undefined) raw.staticDir = options.staticDir;
  if (options.trustProxy !== undefined) raw.trustProxy = options.trustProxy;
  if (options.workers !== undefined) raw.workers = options.workers;
  if (options.requestTimeout !== undefined) raw.requestTimeout = options.requestTimeout;
  if (options.headersTimeout !== undefined) raw.headersTimeout = options.headersTimeout;
  if (options.keepAliveTimeout !== undefined) raw.keepAliveTimeout = options.keepAliveTimeout;
  if (options.computeThreads !== undefined) raw.computeThreads = options.computeThreads;
  if (options.computeQueue !== undefined) raw.computeQueue = options.computeQueue;
  if (options.computeTimeout !== undefined) raw.computeTimeout = options.computeTimeout;
  return raw;
}

/** Resolve the config (env vars, then flags), build the server, listen, print the URL. */
export async function startServer(
  options: ServeOptions,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServeOutcome> {
  // Loaded here, not at the top, as the rest of the HTTP stack below: other commands never pay for it.
  const { ConfigError, resolveConfig } = await import('../server/config.js');
  let config: ReturnType<typeof resolveConfig>;
  try {
    config = resolveConfig(env, rawFlags(options));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`nightleg serve: ${error.message}\n`);
    return { code: serveExitCodes.badConfig };
  }
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const announce = (url: string, detail = '') =>
    io.stderr.write(
      `nightleg API listening on ${url}${detail}  (docs: ${url}/docs, OpenAPI: ${url}/openapi.json)\n`,
    );
  const { isPrimary, isWorker, startCluster } = await import('../server/cluster.js');
  if (config.workers > 1 && isPrimary()) {
    const handle = await startCluster({ workers: config.workers, stderr: io.stderr });
    if (!handle) return { code: serveExitCodes.listenFailed };
    const url = `http://${shownHost}:${handle.port}`;
    announce(url, ` with ${config.workers} worker processes`);
    return { code: serveExitCodes.ok, cluster: handle, url, close: () => handle.close() };
  }
  const { buildServer } = await import('../server/app.js');
  const { createComputePool } = await import('../server/compute-pool.js');
  // The compute threads start (and warm up) before the server listens: no request pays for it.
  let logger: FastifyInstance['log'] | undefined;
  let compute: Awaited<ReturnType<typeof createComputePool>>;
  try {
    compute = await createComputePool(config, (error) =>
      logger?.error({ err: error }, 'compute thread failed; replaced'),
    );
  } catch (error) {
    io.stderr.write(`nightleg serve: cannot start the compute threads (${(error as Error).message})\n`);
    return { code: serveExitCodes.listenFailed };
  }
  const app = buildServer({ ...config, compute, logStream: io.stdout });
  logger = app.log;
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    io.stderr.write(
      `nightleg serve: cannot listen on ${config.host}:${config.port} (${(error as Error).message})\n`,
    );
    await app.close();
    return { code: serveExitCodes.listenFailed };
  }
  const port = (app.server.address() as { port?: number } | null)?.port ?? config.port;
  const url = address.startsWith('http') ? `http://${shownHost}:${port}` : address;
  // In a cluster the primary announces the URL once.
  if (!isWorker()) announce(url);
  return { code: serveExitCodes.ok, app, url, close: () => app.close() };
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('Start the HTTP API (and the web app, when built); stops cleanly on SIGTERM / Ctrl-C')
    .option('--port <port>', 'port to listen on (env NIGHTLEG_PORT, default 8787)')
    .option('--host <host>', 'address to listen on (env NIGHTLEG_HOST, default 127.0.0.1)')
    .option(
      '--rate-limit <n>',
      'requests per minute per client, 0 = off (env NIGHTLEG_RATE_LIMIT, default 600)',
    )
    .option(
      '--cors <origins>',
      'comma-separated origins allowed by CORS (env NIGHTLEG_CORS_ORIGINS, default off)',
    )
    .option('--body-limit <size>', 'largest request body, e.g. 262144, 256k, 1m (env NIGHTLEG_BODY_LIMIT)')
    .option(
      '--log-level <level>',
      'fatal, error, warn, info, debug, trace or silent (env NIGHTLEG_LOG_LEVEL)',
    )
    .option('--static-dir <dir>', 'web app build to serve at / (env NIGHTLEG_STATIC_DIR, default dist/web)')
    .option(
      '--trust-proxy <value>',
      "trust X-Forwarded-* from these proxies: addresses/subnets (10.0.0.0/8), 'loopback', or true/false",
    )
    .option(
      '--workers <n>',
      'server processes sharing the port, e.g. one per CPU core (env NIGHTLEG_WORKERS, default 1)',
    )
    .option(
      '--request-timeout <duration>',
      'longest time a whole request may take to arrive, e.g. 30s (env NIGHTLEG_REQUEST_TIMEOUT, default 30s)',
    )
    .option(
      '--headers-timeout <duration>',
      'longest time the request headers may take (env NIGHTLEG_HEADERS_TIMEOUT, default 10s)',
    )
    .option(
      '--keep-alive-timeout <duration>',
      'how long an idle keep-alive connection stays open (env NIGHTLEG_KEEP_ALIVE_TIMEOUT, default 5s)',
    )
    .option(
      '--compute-threads <n>',
      'threads per process for reading text and assessing, 0 = in-process (env NIGHTLEG_COMPUTE_THREADS, default auto: cores - 1, shared among --workers)',
    )
    .option(
      '--compute-queue <n>',
      'jobs that may wait for a compute thread; more get 503 (env NIGHTLEG_COMPUTE_QUEUE, default 64)',
    )
    .option(
      '--compute-timeout <duration>',
      'longest time one assessment may take, waiting included; then 503 (env NIGHTLEG_COMPUTE_TIMEOUT, default 5s)',
    )
    .addHelpText(
      'after',
      `
Examples:
  nightleg serve
  nightleg serve --port 8080 --host 0.0.0.0 --cors https://app.example.org
  nightleg serve --workers 4
  NIGHTLEG_RATE_LIMIT=0 NIGHTLEG_LOG_LEVEL=warn nightleg serve

Logs are JSON lines on stdout (method, path, status, time, request id; never bodies). See docs/api.md.`,
    )
    .action(async (options: ServeOptions) => {
      const outcome = await startServer(options, io);
      process.exitCode = outcome.code;
      const { isWorker } = await import('../server/cluster.js');
      // A worker holds an IPC channel to the primary: drop it when done, so that the process can end.
      const leaveCluster = () => {
        if (isWorker() && process.connected) process.disconnect();
      };
      if (outcome.code !== serveExitCodes.ok) {
        leaveCluster();
      } else if ('cluster' in outcome) {
        const { closeClusterOnSignals } = await import('../server/cluster.js');
        closeClusterOnSignals(outcome.cluster);
        process.exitCode = await outcome.cluster.closed;
      } else {
        const { closeOnSignals } = await import('../server/shutdown.js');
        closeOnSignals(outcome.app, { onClosed: leaveCluster });
      }
    });
}
