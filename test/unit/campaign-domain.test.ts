import { describe, expect, it } from 'vitest';
import { linkExpiry } from '../../functions/campaigns/campaign';
import { displayStatus, type Invitation, summarise } from '../../functions/campaigns/invitation';
import { formUrl, hashToken, newToken, TOKEN_PATTERN } from '../../functions/campaigns/link-token';
import { selectRecipients } from '../../functions/campaigns/recipients';
import { canonicalJson, contentHash, receiptNumber } from '../../functions/forms/receipt';
import type { Jobcenter } from '../../functions/registry/jobcenter';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';

const registry: Jobcenter[] = SEED_JOBCENTERS.map((j) => ({
  ...j,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
}));

const invitation = (over: Partial<Invitation>): Invitation => ({
  campaignId: 'c',
  jobcenterId: 'j',
  jobcenterName: 'J',
  delivery: 'sent',
  progress: 'none',
  sendKey: 'invitation#1',
  sendCount: 1,
  queuedAt: '2026-01-01T00:00:00.000Z',
  activeLinks: [],
  version: 1,
  ...over,
});

describe('campaign domain', () => {
  it('selects recipients: all not yet acceded, a filter, or chosen ones', () => {
    expect(selectRecipients({ mode: 'alle-offenen' }, registry, new Set())).toHaveLength(53);
    // By 2018/2019, 47 of 53 had acceded: the next campaign addresses the other 6.
    const acceded = new Set(registry.slice(0, 47).map((j) => j.id));
    expect(selectRecipients({ mode: 'alle-offenen' }, registry, acceded)).toHaveLength(6);
    expect(
      selectRecipients({ mode: 'filter', type: 'zkT', regierungsbezirk: 'MS' }, registry, new Set()),
    ).toHaveLength(6);
    expect(
      selectRecipients(
        { mode: 'auswahl', jobcenterIds: ['essen', 'bonn', 'gibt-es-nicht'] },
        registry,
        new Set(),
      ).map((j) => j.id),
    ).toEqual(['essen', 'bonn']);
  });

  it('shows one status per Jobcenter: progress wins over delivery', () => {
    expect(displayStatus({ delivery: 'sending', progress: 'none' })).toBe('queued');
    expect(displayStatus({ delivery: 'bounced', progress: 'none' })).toBe('bounced');
    expect(displayStatus({ delivery: 'queued', progress: 'draft' })).toBe('draft');
    const summary = summarise([
      invitation({ progress: 'submitted' }),
      invitation({ progress: 'confirmed' }),
      invitation({ progress: 'opened' }),
      invitation({}),
    ]);
    expect(summary).toMatchObject({
      total: 4,
      answered: 2,
      responseRate: 50,
      counts: { sent: 1, opened: 1 },
    });
  });

  it('makes 256-bit tokens, hashes them and keeps them in the fragment', () => {
    const token = newToken();
    expect(token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(formUrl('https://x.example/', token)).toBe(`https://x.example/formular#t=${token}`);
  });

  it('lets links work until the end of deadline plus grace days (Berlin time, summer and winter)', () => {
    // 14 April is summer time (UTC+2): 23:59:59 in Berlin is 21:59:59 UTC, not 00:59:59 the next day.
    expect(linkExpiry({ deadline: '2027-03-31', graceDays: 14 }).toISOString()).toBe(
      '2027-04-14T21:59:59.000Z',
    );
    expect(linkExpiry({ deadline: '2027-01-15', graceDays: 0 }).toISOString()).toBe(
      '2027-01-15T22:59:59.000Z',
    );
    // The grace period crosses the switch to winter time (31 Oct 2027).
    expect(linkExpiry({ deadline: '2027-10-25', graceDays: 14 }).toISOString()).toBe(
      '2027-11-08T22:59:59.000Z',
    );
  });

  it('hashes content independent of key order and names receipts readably', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    const content = {
      campaignId: 'c',
      jobcenterId: 'essen',
      version: 1,
      fragebogen: 'f',
      answers: { x: 1, y: 2 },
    };
    expect(contentHash(content)).toBe(contentHash({ ...content, answers: { y: 2, x: 1 } }));
    expect(contentHash(content)).not.toBe(contentHash({ ...content, version: 2 }));
    expect(receiptNumber('beitritt', '2027-01-05T10:00:00Z', 'kreis-kleve', 3)).toBe('BT-2027-KREIS-KLEVE-3');
    expect(receiptNumber('selbstbewertung', '2026-12-20T10:00:00Z', 'bonn', 1, 'sb-2027')).toBe(
      'SB-2027-BONN-1',
    );
  });
});
