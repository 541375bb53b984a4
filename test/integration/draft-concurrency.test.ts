import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness } from './api-harness';
import { campaignInput } from './helpers';

/**
 * 200 saves of one draft from two sessions of the same Jobcenter (Solingen), 20 in flight at a
 * time. The draft is saved with optimistic locking: a save names the version it started from and
 * is stored as the next version only if that is still the stored one (a conditional Put);
 * otherwise it gets 409 with the stored draft. So no acknowledged write can be lost:
 * - the acknowledged versions are exactly 1…n, each once (every one was built on the one before);
 * - the stored draft is version n with the answers of the save acknowledged as n, so every other
 *   acknowledged save is superseded by a later acknowledged version, never overwritten unseen;
 * - a 409 carries a stored version newer than the one the save started from, with the answers
 *   that version was acknowledged with.
 */
const SAVES = 200;
const IN_FLIGHT = 20;

type Outcome =
  | { status: 200; marker: string; version: number }
  | { status: 409; marker: string; expected: number; current: { version: number; answers: Answers } };
type Answers = { geschaeftsfuehrung: { name: string } };

describe('200 parallel saves of one draft from two sessions', () => {
  let h: Awaited<ReturnType<typeof startApiHarness>>;
  let sessions: string[];
  let campaignId: string;
  const subject = `Einladung ${randomUUID()}`;

  beforeAll(async () => {
    h = await startApiHarness();
    const { id, tokens } = await h.launch(
      { ...campaignInput(subject), recipients: { mode: 'auswahl', jobcenterIds: ['solingen'] } },
      subject,
    );
    campaignId = id;
    const token = tokens.get('solingen');
    sessions = [await h.openSession(token), await h.openSession(token)];
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('loses no acknowledged write', async () => {
    /** What each session last saw stored: the version its next save starts from. */
    const known = [0, 0];
    const outcomes: Outcome[] = [];
    const save = async (i: number) => {
      const s = i % 2;
      const marker = `Person ${i}`;
      const expected = known[s] ?? 0;
      const res = await h.api('/api/form/draft', {
        method: 'PUT',
        session: sessions[s],
        body: JSON.stringify({ version: expected, answers: { geschaeftsfuehrung: { name: marker } } }),
      });
      const body = await res.json();
      expect([200, 409], JSON.stringify(body)).toContain(res.status);
      if (res.status === 200) {
        outcomes.push({ status: 200, marker, version: body.version });
        known[s] = Math.max(known[s] ?? 0, body.version);
      } else {
        outcomes.push({ status: 409, marker, expected, current: body.error.current });
        known[s] = Math.max(known[s] ?? 0, body.error.current.version);
      }
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < SAVES) await save(next++);
      }),
    );

    expect(outcomes).toHaveLength(SAVES);
    const acknowledged = outcomes.filter((o) => o.status === 200);
    const conflicts = outcomes.filter((o) => o.status === 409);
    // Both answers happened, from both sessions: the test exercises the lock.
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(conflicts.length).toBeGreaterThan(10);

    const versions = acknowledged.map((o) => o.version).sort((a, b) => a - b);
    const n = acknowledged.length;
    expect(versions).toEqual(Array.from({ length: n }, (_, i) => i + 1));

    const byVersion = new Map(acknowledged.map((o) => [o.version, o.marker]));
    const stored = await h.store.getDraft(campaignId, 'solingen');
    expect(stored?.version).toBe(n);
    expect(stored?.answers).toEqual({ geschaeftsfuehrung: { name: byVersion.get(n) } });
    for (const s of sessions) {
      const form = await (await h.api('/api/form', { session: s })).json();
      expect(form.draft).toMatchObject({ version: n, answers: stored?.answers });
    }

    for (const c of conflicts) {
      expect(c.current.version).toBeGreaterThan(c.expected);
      const acknowledgedAs = byVersion.get(c.current.version);
      expect(acknowledgedAs).toBeDefined();
      expect(c.current.answers).toEqual({ geschaeftsfuehrung: { name: acknowledgedAs } });
    }
  }, 90_000);
});
