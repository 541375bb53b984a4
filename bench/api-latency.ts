import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchSentEmails } from '../local/services';
import { startLocalSystem } from '../local/system';
import { staffAuthorization } from './staff-login';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * Request latency through the local server (API Gateway event → middy handler → DynamoDB Local),
 * sequential requests after a warm-up. Bounded: N requests per route, loopback only.
 */
export const apiLatency = async (n = 200) => {
  const system = await startLocalSystem({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-')),
    fresh: true,
    inMemory: true,
    ticker: false,
    demo: true,
  });
  try {
    const auth = await staffAuthorization(system);
    const form = await selfAssessmentSession(system.urls, auth);
    let draftVersion = 0;
    const autosave = (): RequestInit => ({
      method: 'PUT',
      headers: form.headers,
      body: JSON.stringify({ version: draftVersion++, answers: form.prefill }),
    });
    const routes: [string, string, RequestInit | (() => RequestInit)][] = [
      ['GET /health', '/health', {}],
      ['GET /api/jobcenters (53)', '/api/jobcenters', { headers: auth }],
      ['GET /api/jobcenters/{id}', '/api/jobcenters/koeln', { headers: auth }],
      ['GET /api/registry/export', '/api/registry/export', { headers: auth }],
      ['GET /api/form (self-assessment, loads basis)', '/api/form', { headers: form.headers }],
      ['PUT /api/form/draft (self-assessment autosave)', '/api/form/draft', autosave],
    ];
    const rows = [];
    for (const [name, path, initOf] of routes) {
      const init = () => (typeof initOf === 'function' ? initOf() : initOf);
      for (let i = 0; i < 10; i++) await (await fetch(`${system.urls.app}${path}`, init())).arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const res = await fetch(`${system.urls.app}${path}`, init());
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name}: ${res.status}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({
        route: name,
        n,
        p50ms: +percentile(times, 0.5).toFixed(1),
        p95ms: +percentile(times, 0.95).toFixed(1),
        p99ms: +percentile(times, 0.99).toFixed(1),
      });
    }
    return rows;
  } finally {
    await system.stop();
  }
};

/** Launches a Selbstbewertung 2026 to Düsseldorf (a demo accession) and opens its form session. */
const selfAssessmentSession = async (
  urls: { app: string; mailViewer: string },
  auth: Record<string, string>,
) => {
  const subject = `Bench Selbstbewertung ${Date.now()}`;
  const headers = { ...auth, 'content-type': 'application/json' };
  const created = await fetch(`${urls.app}/api/campaigns`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      kind: 'selbstbewertung',
      fragebogen: 'sb-2026',
      title: 'Selbstbewertung 2026',
      deadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      senderName: 'MAGS NRW',
      senderEmail: 'inklusion@mags.example.org',
      replyTo: 'inklusion@mags.example.org',
      letter: { subject, body: 'Bench' },
      recipients: { mode: 'auswahl', jobcenterIds: ['duesseldorf'] },
    }),
  });
  const { id } = (await created.json()) as { id: string };
  await fetch(`${urls.app}/api/campaigns/${id}/launch`, { method: 'POST', headers });
  let token: string | undefined;
  for (let i = 0; i < 100 && !token; i++) {
    const mail = (await fetchSentEmails(urls.mailViewer)).find((m) => m.subject === subject);
    token = /formular#t=([A-Za-z0-9_-]{43})/.exec(mail?.body.text ?? '')?.[1];
    if (!token) await new Promise((r) => setTimeout(r, 100));
  }
  const session = await fetch(`${urls.app}/api/form/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  const { sessionToken } = (await session.json()) as { sessionToken: string };
  const formHeaders = { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' };
  const context = (await (await fetch(`${urls.app}/api/form`, { headers: formHeaders })).json()) as {
    selfAssessment: { prefill: unknown };
  };
  return { headers: formHeaders, prefill: context.selfAssessment.prefill };
};

if (import.meta.url === `file://${process.argv[1]}`) console.table(await apiLatency());
