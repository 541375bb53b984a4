import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import * as z from 'zod';
import { ROUTES, type RouteDef, SUBSCRIBERS } from '../functions/api/routes';
import { AWS_LIMITS } from '../functions/shared/aws-limits';
import { localClock } from '../functions/shared/clock';
import { webHeaders } from '../infra/web-headers';
import { FORMULAR_HTML, FORMULAR_PATH } from '../web/prerender/formular-entry';
import { lambdaContext, toApiGatewayEvent } from './api-gateway-event';
import { loadHandler } from './handlers';
import type { LocalAuth } from './local-auth';
import { fetchSentEmails } from './services';
import { sesSample, snsEvent } from './ses-samples';

/** API Gateway's payload limit: a larger body gets 413 here as there. */
export const MAX_BODY_BYTES = AWS_LIMITS.apiGateway.payloadBytes;
/** API Gateway's integration timeout: a slower handler gets 503 here as there. */
export const API_INTEGRATION_TIMEOUT_MS = AWS_LIMITS.apiGateway.integrationTimeoutMs;
const TIMED_OUT = Symbol('timed out');

/** Resolves with the handler's answer, or TIMED_OUT once API Gateway would have given up. */
const withinIntegrationTimeout = async <T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Time a client has to send its whole request (headers and the body its Content-Length
 * announced); then it gets 408 and the connection is closed. Node's default is 300 s.
 */
export const REQUEST_RECEIVE_TIMEOUT_MS = 10_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same policy the CloudFront response headers policy sets in AWS. */
const WEB_HEADERS = webHeaders();

type CompiledRoute = { route: RouteDef; pattern: RegExp; params: string[] };

const compile = (route: RouteDef): CompiledRoute => {
  const params: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), params };
};

const SesSampleBody = z
  .object({
    kind: z.enum(['bounce', 'soft-bounce', 'complaint', 'delivery']),
    address: z.email(),
    tags: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const ClockBody = z.object({ today: z.iso.date() }).strict();

const LoginBody = z.object({ username: z.string().max(254), password: z.string().max(1024) }).strict();

const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'cache-control': 'no-store', ...WEB_HEADERS, ...headers });
  res.end(body);
};
const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8' });

const readBody = (req: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolveBody(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });

export type LocalHttpOptions = {
  root: string;
  webDir: string;
  auth: LocalAuth;
  publicConfig: Record<string, unknown>;
  /** Enables the dev tool POST /local/ses-events (inject SES samples); only on one machine. */
  sesEndpoint?: string;
  /** Called after POST /local/clock moved the local clock (the system then runs its schedules). */
  onClockMoved?: () => void;
  log?: (line: string) => void;
  /** Overrides REQUEST_RECEIVE_TIMEOUT_MS (tests use a short one). */
  requestReceiveTimeoutMs?: number;
  /** Only tests shorten it; otherwise API Gateway's 30 s. */
  integrationTimeoutMs?: number;
};

/** `decodeURIComponent`, or undefined for malformed percent-encoding (`/%zz`). */
const decodePath = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/**
 * One origin for everything, as CloudFront does in AWS: the web build, `/config.json`, and the
 * API routes, each answered by the very handler file the CDK stack deploys as a Lambda.
 */
export const createLocalHttpServer = (options: LocalHttpOptions): Server => {
  const routes = ROUTES.map(compile);
  const loginAttempts = new Map<string, number[]>();

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const method = req.method ?? 'GET';
    const candidates = routes.filter((r) => r.pattern.test(url.pathname));
    if (candidates.length === 0) return false;
    const match = candidates.find((r) => r.route.method === method);
    if (!match) {
      sendJson(res, 405, { message: 'Method Not Allowed' });
      return true;
    }
    const values = match.pattern.exec(url.pathname)?.slice(1) ?? [];
    const pathParameters = Object.fromEntries(
      match.params.map((p, i) => [p, decodePath(values[i] ?? '') ?? '']),
    );
    let claims: Record<string, string> | undefined;
    if (match.route.access !== 'public' && match.route.access !== 'session') {
      claims = options.auth.verify(req.headers.authorization);
      // What API Gateway's JWT authorizer answers before any Lambda runs.
      if (!claims) {
        sendJson(res, 401, { message: 'Unauthorized' });
        return true;
      }
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, { message: 'Request Entity Too Large' });
      return true;
    }
    const event = toApiGatewayEvent(req, url, body, match.route, pathParameters, claims);
    const handler = await loadHandler(options.root, match.route.entry);
    const result = await withinIntegrationTimeout(
      handler(event, lambdaContext(match.route.id)),
      options.integrationTimeoutMs ?? API_INTEGRATION_TIMEOUT_MS,
    );
    if (result === TIMED_OUT) {
      // What an HTTP API answers when the integration does not answer in time.
      sendJson(res, 503, { message: 'Service Unavailable' });
      return true;
    }
    const headers = { ...(result.headers ?? {}) } as Record<string, string>;
    const payload = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
    res.writeHead(result.statusCode ?? 200, headers);
    res.end(payload);
    return true;
  };

  const handleLogin = async (req: IncomingMessage, res: ServerResponse) => {
    const ip = req.socket.remoteAddress ?? 'local';
    const now = Date.now();
    const recent = (loginAttempts.get(ip) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= 10) {
      sendJson(res, 429, {
        error: { code: 'rate_limited', message: 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.' },
      });
      return;
    }
    loginAttempts.set(ip, [...recent, now]);
    const body = await readBody(req);
    let parsed: z.infer<typeof LoginBody> | undefined;
    try {
      parsed = body === 'too-large' ? undefined : LoginBody.parse(JSON.parse(body.toString('utf8')));
    } catch {
      parsed = undefined;
    }
    const session = parsed && options.auth.login(parsed.username, parsed.password);
    if (!session) {
      sendJson(res, 401, {
        error: { code: 'unauthorized', message: 'E-Mail-Adresse oder Passwort ist falsch.' },
      });
      return;
    }
    sendJson(res, 200, session);
  };

  /**
   * Dev tool: SES emits no events locally, so inject an official-style sample (bounce, soft-bounce,
   * complaint, delivery) for the last mail to an address into the handler SNS invokes in AWS.
   */
  const handleSesSample = async (req: IncomingMessage, res: ServerResponse, sesEndpoint: string) => {
    const body = await readBody(req);
    const parsed = SesSampleBody.safeParse(
      body === 'too-large' ? null : JSON.parse(body.toString('utf8') || 'null'),
    );
    if (!parsed.success)
      return sendJson(res, 400, {
        error: { code: 'validation_failed', message: 'kind und address angeben' },
      });
    const mails = (await fetchSentEmails(sesEndpoint)).filter((m) =>
      [...m.destination.to, ...m.destination.cc].includes(parsed.data.address),
    );
    const last = mails.at(-1);
    if (!last)
      return sendJson(res, 404, { error: { code: 'not_found', message: 'Keine Mail an diese Adresse.' } });
    const subscriber = SUBSCRIBERS[0];
    const handler = await loadHandler(options.root, subscriber.entry);
    await handler(
      snsEvent(
        sesSample(parsed.data.kind, {
          messageId: last.messageId,
          address: parsed.data.address,
          tags: parsed.data.tags,
        }),
      ),
      lambdaContext(subscriber.id),
    );
    sendJson(res, 202, { injected: parsed.data.kind, messageId: last.messageId });
  };

  /**
   * Dev tool: GET /local/clock tells the local clock's time; POST {"today":"YYYY-MM-DD"} moves it
   * forward to 10:00 Berlin time that day, then the scheduled handlers run at once (reminders).
   */
  const handleClock = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST') {
      const body = await readBody(req);
      let parsed: z.infer<typeof ClockBody> | undefined;
      try {
        parsed = body === 'too-large' ? undefined : ClockBody.parse(JSON.parse(body.toString('utf8')));
      } catch {
        parsed = undefined;
      }
      if (!parsed)
        return sendJson(res, 400, {
          error: { code: 'validation_failed', message: 'today (JJJJ-MM-TT) angeben' },
        });
      try {
        localClock.moveTo(parsed.today);
      } catch (e) {
        return sendJson(res, 409, { error: { code: 'conflict', message: (e as Error).message } });
      }
      options.onClockMoved?.();
    }
    sendJson(res, 200, { now: localClock.now().toISOString() });
  };

  const serveStatic = (res: ServerResponse, pathname: string) => {
    const webRoot = resolve(options.webDir);
    const requested = normalize(join(webRoot, decodePath(pathname) ?? '/'));
    const isFile =
      requested.startsWith(webRoot) &&
      existsSync(requested) &&
      statSync(requested).isFile() &&
      pathname !== '/';
    // SPA fallback: client-side routes get index.html, /formular its prerendered page (CloudFront's
    // viewer-request function does the same).
    const formular = join(webRoot, FORMULAR_HTML);
    const entry = pathname === FORMULAR_PATH && existsSync(formular) ? formular : join(webRoot, 'index.html');
    const file = isFile ? requested : entry;
    if (!existsSync(file)) {
      send(res, 503, 'Web frontend not built yet: run npm run build:web', { 'content-type': 'text/plain' });
      return;
    }
    const immutable = isFile && pathname.startsWith('/assets/');
    res.writeHead(200, {
      ...WEB_HEADERS,
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  };

  const receiveTimeoutMs = options.requestReceiveTimeoutMs ?? REQUEST_RECEIVE_TIMEOUT_MS;
  const serverOptions = {
    requestTimeout: receiveTimeoutMs,
    // How often Node checks that timeout (default 30 s).
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(receiveTimeoutMs / 4))),
  };
  return createServer(serverOptions, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = performance.now();
    res.on('finish', () =>
      options.log?.(
        `${req.method} ${url.pathname} ${res.statusCode} ${Math.round(performance.now() - started)}ms`,
      ),
    );
    (async () => {
      // API Gateway and CloudFront refuse a path with malformed percent-encoding the same way.
      if (decodePath(url.pathname) === undefined) return sendJson(res, 400, { message: 'Bad Request' });
      if (url.pathname === '/config.json') return sendJson(res, 200, options.publicConfig);
      if (url.pathname === '/api/auth/local/login' && req.method === 'POST') return handleLogin(req, res);
      if (url.pathname === '/local/ses-events' && req.method === 'POST' && options.sesEndpoint)
        return handleSesSample(req, res, options.sesEndpoint);
      if (url.pathname === '/local/clock' && (req.method === 'GET' || req.method === 'POST'))
        return handleClock(req, res);
      if (await handleApi(req, res, url)) return;
      if (url.pathname.startsWith('/api/')) return sendJson(res, 404, { message: 'Not Found' });
      serveStatic(res, url.pathname);
    })().catch((e: unknown) => {
      options.log?.(`local server error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
      else res.destroy();
    });
  });
};
