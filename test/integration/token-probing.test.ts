import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_CHECKS_PER_MINUTE, MIN_FAILURE_MS } from '../../functions/forms/use-cases/open-session';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

/**
 * 1,000 random tokens against the link check (POST /api/form/session): every one refused with
 * the same answer (status, body, headers apart from the date), whatever the token looks like.
 * The limiter (LINK_CHECKS_PER_MINUTE per client address and minute, open-session.ts) then
 * engages for one address. Each probe comes from its own loopback address (127.0.1.x, as many
 * clients would), so the 1,000 stay below the limit per address. Bottrop is this file's Jobcenter.
 */
const PROBES = 1_000;
const IN_FLIGHT = 50;

type Answer = { status: number; body: string; headers: Record<string, string>; ms: number };

describe('token probing', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let realToken: string;
  const subject = `Einladung ${randomUUID()}`;

  beforeAll(async () => {
    h = await startApiHarness();
    const { tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['bottrop'] } },
      subject,
    );
    realToken = tokens.get('bottrop') ?? '';
    expect(realToken).toHaveLength(43);
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** POST /api/form/session from a chosen local address (the server sees it as the client's). */
  const checkLink = (token: string, localAddress: string) =>
    new Promise<Answer>((resolve, reject) => {
      const { hostname, port } = new URL(h.base);
      const started = performance.now();
      const req = request(
        {
          host: hostname,
          port,
          path: '/api/form/session',
          method: 'POST',
          localAddress,
          agent: false,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            body += c.toString('utf8');
          });
          res.on('end', () => {
            const headers = Object.fromEntries(
              Object.entries(res.headers)
                .filter(([name]) => name !== 'date')
                .map(([name, value]) => [name, String(value)]),
            );
            resolve({ status: res.statusCode ?? 0, body, headers, ms: performance.now() - started });
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ token }));
    });

  const flipped = (t: string, i: number) => `${t.slice(0, i)}${t[i] === 'A' ? 'B' : 'A'}${t.slice(i + 1)}`;

  it('refuses 1,000 random tokens with one and the same answer', async () => {
    const tokens = [
      // Near misses of a real link, then well-formed random tokens, then anything up to 100 characters.
      ...Array.from({ length: 43 }, (_, i) => flipped(realToken, i)),
      ...fc.sample(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), 700),
      ...fc.sample(fc.string({ maxLength: 100 }), PROBES - 743),
    ];
    expect(tokens).toHaveLength(PROBES);
    const answers: Answer[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < PROBES) {
          const i = next++;
          // 20 probes per address: at the limit, never over it.
          const address = `127.0.1.${1 + Math.floor(i / LINK_CHECKS_PER_MINUTE)}`;
          answers[i] = await checkLink(tokens[i] ?? '', address);
        }
      }),
    );
    const shapes = new Set(
      answers.map((a) => JSON.stringify({ status: a.status, body: a.body, headers: a.headers })),
    );
    expect([...shapes]).toHaveLength(1);
    const [first] = answers;
    expect(first?.status).toBe(401);
    expect(JSON.parse(first?.body ?? '').error.code).toBe('link_invalid');
    // Not faster for a malformed token than for a near miss: every refusal takes the minimum time.
    expect(Math.min(...answers.map((a) => a.ms))).toBeGreaterThanOrEqual(MIN_FAILURE_MS - 10);
    // The real link still works (the probes revoked nothing).
    expect((await checkLink(realToken, '127.0.2.1')).status).toBe(200);
  }, 90_000);

  it(`engages the limiter after ${LINK_CHECKS_PER_MINUTE} checks per address and minute (429, one answer)`, async () => {
    const address = '127.0.3.1';
    const answers: Answer[] = [];
    // A fixed minute window may begin during the run: then up to twice the limit passes.
    for (let i = 0; i <= 2 * LINK_CHECKS_PER_MINUTE && !answers.some((a) => a.status === 429); i++)
      answers.push(await checkLink(fc.sample(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), 1)[0] ?? '', address));
    const limitedAt = answers.findIndex((a) => a.status === 429);
    expect(limitedAt).toBeGreaterThanOrEqual(LINK_CHECKS_PER_MINUTE);
    expect(answers.slice(0, LINK_CHECKS_PER_MINUTE).every((a) => a.status === 401)).toBe(true);
    const window = Math.floor(Date.now() / 60_000);
    const limited = [
      answers[limitedAt],
      ...(await Promise.all([1, 2, 3].map(() => checkLink(realToken, address)))),
    ];
    // Even the real link is refused from this address now, with the same 429 (unless a new minute began).
    if (Math.floor(Date.now() / 60_000) === window)
      expect(new Set(limited.map((a) => `${a?.status} ${a?.body}`)).size).toBe(1);
    expect(limited[0]?.status).toBe(429);
    expect(JSON.parse(limited[0]?.body ?? '').error.code).toBe('rate_limited');
    // Other addresses are not affected.
    expect((await checkLink(realToken, '127.0.3.2')).status).toBe(200);
  }, 60_000);
});
