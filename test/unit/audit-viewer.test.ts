import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, actionLabel } from '../../functions/audit/audit-actions';
import { AUDIT_COLUMNS, detailText } from '../../functions/audit/audit-columns';
import { berlinDayEnd, berlinDayStart } from '../../functions/shared/berlin-day';
import { REPO_ROOT } from '../../local/system';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );

describe('audit viewer', () => {
  it('names every action the code audits (a new action needs its German name)', () => {
    const audited = new Set(
      sources(join(REPO_ROOT, 'functions')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/action: '([a-z-]+\.[a-z.-]+)'/g)].map((m) => m[1]),
      ),
    );
    expect(audited.size).toBeGreaterThan(10);
    for (const action of audited) expect(Object.keys(AUDIT_ACTIONS), action).toContain(action);
    expect(actionLabel('campaign.launched')).toBe('Kampagne gestartet');
    expect(actionLabel('something.new')).toBe('something.new');
  });

  it('writes the detail on one line and the actor as address, else login id', () => {
    expect(detailText({ campaignId: 'c1', counts: { a: 1 } })).toBe('campaignId: c1; counts: {"a":1}');
    const row = AUDIT_COLUMNS.map((c) =>
      c.value({
        id: 'x',
        at: '2026-01-01T00:00:00.000Z',
        actor: { sub: 's' },
        action: 'campaign.closed',
        subject: 'CAMPAIGN#c1',
        detail: {},
      }),
    );
    expect(row).toEqual([
      '2026-01-01T00:00:00.000Z',
      'Kampagne abgeschlossen',
      'campaign.closed',
      'CAMPAIGN#c1',
      's',
      '',
    ]);
  });
});

describe('Berlin days', () => {
  it('start at local midnight in winter and summer, and across both switches', () => {
    expect(berlinDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(berlinDayStart('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // 29 March 2026 has 23 hours, 25 October 2026 has 25.
    expect(berlinDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(berlinDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(berlinDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(berlinDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
