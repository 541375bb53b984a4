import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import type { Role } from '../../functions/auth/principal';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { systemClock } from '../../functions/shared/clock';
import type { Store } from '../../functions/shared/ports';
import { createLocalHttpServer, type LocalHttpOptions } from '../../local/http-server';
import { openLocalAuth } from '../../local/local-auth';
import { startQueueRunner } from '../../local/queue-runner';
import { fetchSentEmails } from '../../local/services';
import { REPO_ROOT } from '../../local/system';
import { configureHandlers, freshTable } from './helpers';

const LINK = /formular#t=([A-Za-z0-9_-]{43})/;

export type ApiCall = (
  path: string,
  init?: RequestInit & { session?: string; staff?: boolean; viewer?: boolean },
) => Promise<Response>;

/**
 * The real handlers behind the local HTTP server on a fresh table with the 53 Jobcenters, the
 * in-process send queue and a signed-in MAGS admin. For tests that drive the API end to end.
 * `handlerDynamodbEndpoint` sends the handlers' DynamoDB calls elsewhere (e.g. a counting proxy).
 */
export const startApiHarness = async (
  options: {
    handlerDynamodbEndpoint?: string;
    server?: Pick<LocalHttpOptions, 'requestReceiveTimeoutMs'>;
  } = {},
) => {
  const table = await freshTable();
  configureHandlers(table.tableName, 'http://127.0.0.1:3999', options.handlerDynamodbEndpoint);
  process.env.SES_SEND_RATE = '500';
  await makeSeedRegistry({ store: table.store, clock: systemClock })();
  const auth = openLocalAuth(join(mkdtempSync(join(tmpdir(), 'auth-')), 'auth.json'));
  const server: Server = createLocalHttpServer({
    root: REPO_ROOT,
    webDir: join(REPO_ROOT, 'web', 'dist'),
    auth,
    publicConfig: {},
    ...options.server,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const runner = startQueueRunner(REPO_ROOT);
  const staffAuth = `Bearer ${auth.issue({ sub: 'a1', email: 'a@mags.example.org', roles: ['admin'] })}`;
  const viewerAuth = `Bearer ${auth.issue({ sub: 'v1', email: 'v@mags.example.org', roles: ['viewer'] })}`;

  /** Each call resolves once the send queue is idle, so the mails it queued are in the SES emulator. */
  const api: ApiCall = async (path, init = {}) => {
    const response = await fetch(`${base}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(init.session ? { authorization: `Bearer ${init.session}` } : {}),
        ...(init.staff ? { authorization: staffAuth } : {}),
        ...(init.viewer ? { authorization: viewerAuth } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
    await runner.idle();
    return response;
  };

  /** Creates and launches a campaign; returns its id and each invited Jobcenter's link token. */
  const launch = async (input: unknown, subject: string) => {
    const created = await api('/api/campaigns', { method: 'POST', staff: true, body: JSON.stringify(input) });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await api(`/api/campaigns/${id}/launch`, { method: 'POST', staff: true })).status).toBe(202);
    await runner.idle();
    const tokens = new Map<string, string>();
    for (const mail of (await fetchSentEmails(inject('sesEndpoint'))).filter((m) => m.subject === subject)) {
      const jobcenterId = /geschaeftsfuehrung\.([a-z-]+)@/.exec(mail.destination.to[0] ?? '')?.[1] ?? '';
      tokens.set(jobcenterId, LINK.exec(mail.body.text ?? '')?.[1] ?? '');
    }
    return { id, tokens };
  };

  const openSession = async (token: string | undefined) => {
    const res = await api('/api/form/session', { method: 'POST', body: JSON.stringify({ token }) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { sessionToken: string }).sessionToken;
  };

  const stop = async () => {
    runner.stop();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return {
    store: table.store as Store,
    /** The harness's table (name and client), for tests that read items no port lists. */
    table: { tableName: table.tableName, client: table.client },
    base,
    api,
    staffHeaders: { authorization: staffAuth },
    /** An `authorization` header for a signed-in person with these roles (e.g. a co-signatory). */
    bearerFor: (roles: Role[]) => ({
      authorization: `Bearer ${auth.issue({ sub: `u-${roles.join('-')}`, email: `${roles.join('-')}@partner.example.org`, roles })}`,
    }),
    launch,
    openSession,
    stop,
    /** Mails that failed every attempt (what SQS would move to the dead-letter queue). */
    deadLetters: runner.deadLetters,
  };
};
