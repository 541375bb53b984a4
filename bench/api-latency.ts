import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../functions/store/table-design';
import { fetchSentEmails, localDynamoClient } from '../local/services';
import { TABLE_NAME } from '../local/system';
import { startBenchSystem } from './bench-system';
import { type Figure, percentile, ratio } from './figures';
import { staffAuthorization } from './staff-login';

/** Budgets of the form requests: p95 against the p95 of one raw call of the same kind. */
const FORM_BUDGET = 4;

/**
 * Request latency through the local server (API Gateway event → middy handler → DynamoDB Local),
 * sequential requests after a warm-up, each interleaved with one raw DynamoDB call against the same
 * DynamoDB Local (GetItem for reads, PutItem of the same answers for the autosave): the baselines.
 */
export const apiLatency = async (n = 200): Promise<Figure[]> => {
  const system = await startBenchSystem({ demo: true });
  const doc = DynamoDBDocumentClient.from(localDynamoClient(system.urls.dynamodb));
  try {
    const auth = await staffAuthorization(system);
    const form = await selfAssessmentSession(system.urls, auth);
    let draftVersion = 0;
    const autosave = (): RequestInit => ({
      method: 'PUT',
      headers: form.headers,
      body: JSON.stringify({ version: draftVersion++, answers: form.prefill }),
    });
    const rawGet = () =>
      doc.send(new GetCommand({ TableName: TABLE_NAME, Key: keys.jobcenter('koeln'), ConsistentRead: true }));
    let k = 0;
    // The same answers the autosave writes, as one raw item: the baseline pays the same item size.
    const rawPut = () =>
      doc.send(
        new PutCommand({
          TableName: TABLE_NAME,
          Item: { pk: 'BENCH#put', sk: String(k++ % 10), answers: form.prefill, at: Date.now() },
        }),
      );
    const routes: [string, string, RequestInit | (() => RequestInit), 'get' | 'put', number?][] = [
      ['GET /health', '/health', {}, 'get'],
      ['GET /api/jobcenters (53)', '/api/jobcenters', { headers: auth }, 'get'],
      ['GET /api/jobcenters/{id}', '/api/jobcenters/koeln', { headers: auth }, 'get'],
      ['GET /api/registry/export', '/api/registry/export', { headers: auth }, 'get'],
      [
        'GET /api/form (self-assessment, loads basis)',
        '/api/form',
        { headers: form.headers },
        'get',
        FORM_BUDGET,
      ],
      ['PUT /api/form/draft (self-assessment autosave)', '/api/form/draft', autosave, 'put', FORM_BUDGET],
    ];
    const figures: Figure[] = [];
    for (const [name, path, initOf, kind, budget] of routes) {
      const init = () => (typeof initOf === 'function' ? initOf() : initOf);
      const raw = kind === 'get' ? rawGet : rawPut;
      for (let i = 0; i < 10; i++) {
        await (await fetch(`${system.urls.app}${path}`, init())).arrayBuffer();
        await raw();
      }
      const times: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        await raw();
        baseline.push(performance.now() - t);
        t = performance.now();
        const res = await fetch(`${system.urls.app}${path}`, init());
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name}: ${res.status}`);
        times.push(performance.now() - t);
      }
      const p95 = percentile(times, 0.95);
      const base = percentile(baseline, 0.95);
      figures.push({
        bench: 'api-latency',
        what: `${name}: p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms`,
        value: `p95 ${p95.toFixed(1)} ms`,
        baseline: `raw ${kind === 'get' ? 'GetItem' : 'PutItem'} p95 ${base.toFixed(1)} ms`,
        ratio: ratio(p95, base),
        ...(budget ? { budget: { max: budget } } : {}),
      });
    }
    return figures;
  } finally {
    doc.destroy();
    await system.stop();
  }
};

/** Launches a Selbstbewertung 2026 to Düsseldorf (a demo accession) and opens its form session. */
export const selfAssessmentSession = async (
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
