import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/campaigns/link-token';
import { SESSION_IDLE_MINUTES } from '../../functions/forms/session-idle';
import { createLocalHttpServer } from '../../local/http-server';
import { openLocalAuth } from '../../local/local-auth';
import { REPO_ROOT } from '../../local/system';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

/** Over HTTP: a form session ends after an hour without requests (sliding), and on "Abmelden". */
describe('form session lifetime', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let token: string;
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

  beforeAll(async () => {
    h = await startApiHarness();
    const subject = `Sitzung ${randomUUID()}`;
    const { tokens } = await h.launch(
      {
        ...campaignInput(subject),
        deadline: '2099-03-31',
        recipients: { mode: 'auswahl', jobcenterIds: ['hagen'] },
      },
      subject,
    );
    token = tokens.get('hagen') ?? '';
  });
  afterAll(() => h?.stop());

  const getForm = (session: string) => h.api('/api/form', { session });

  it('slides: a request after 30 idle minutes works and counts as activity', async () => {
    const session = await h.openSession(token);
    await h.store.touchSession(hashToken(session), minutesAgo(30));
    expect((await getForm(session)).status).toBe(200);
    const stored = await h.store.getSession(hashToken(session));
    expect(Date.parse(stored?.lastSeenAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it(`ends after ${SESSION_IDLE_MINUTES} minutes without a request, with the usual 401`, async () => {
    const session = await h.openSession(token);
    await h.store.touchSession(hashToken(session), minutesAgo(SESSION_IDLE_MINUTES + 1));
    const res = await getForm(session);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('link_invalid');
  });

  it('POST /api/form/logout deletes the session: 204, then 401; the link opens a new one', async () => {
    const session = await h.openSession(token);
    expect((await getForm(session)).status).toBe(200);
    const res = await h.api('/api/form/logout', { method: 'POST', session });
    expect(res.status).toBe(204);
    expect(await h.store.getSession(hashToken(session))).toBeUndefined();
    expect((await getForm(session)).status).toBe(401);
    expect((await h.api('/api/form/logout', { method: 'POST', session })).status).toBe(401);
    expect((await getForm(await h.openSession(token))).status).toBe(200);
  });

  it('the local server gives up after the integration timeout as API Gateway does (503)', async () => {
    const server: Server = createLocalHttpServer({
      root: REPO_ROOT,
      webDir: join(REPO_ROOT, 'web', 'dist'),
      auth: openLocalAuth(join(mkdtempSync(join(tmpdir(), 'auth-')), 'auth.json')),
      publicConfig: {},
      integrationTimeoutMs: 1,
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const session = await h.openSession(token);
      const res = await fetch(`http://127.0.0.1:${port}/api/form`, {
        headers: { authorization: `Bearer ${session}` },
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ message: 'Service Unavailable' });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
