import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRetentionTable } from '../../functions/privacy/record-of-processing';
import { dataClass, RETENTION, retentionText } from '../../functions/privacy/retention-policy';
import { REPO_ROOT } from '../../local/system';

describe('retention policy', () => {
  it('gives every data class a unique id, and a period unless the data is kept as a record', () => {
    expect(new Set(RETENTION.map((c) => c.id)).size).toBe(RETENTION.length);
    for (const c of RETENTION) {
      if (c.action === 'keep') expect(c.days, c.id).toBeUndefined();
      else expect(c.days, c.id).toBeGreaterThan(0);
    }
  });

  it('says each period in one German phrase', () => {
    expect(retentionText(dataClass('drafts'))).toBe('90 Tage nach Abschluss der Kampagne gelöscht');
    expect(retentionText(dataClass('audit-actors'))).toBe('3 Jahre nach Entstehung durch eine Rolle ersetzt');
    expect(retentionText(dataClass('handover-details'))).toBe(
      '1 Jahr nach Abschluss der Kampagne durch eine Rolle ersetzt',
    );
    expect(retentionText(dataClass('submissions'))).toMatch(/^dauerhaft als Akte/);
    expect(() => dataClass('nope')).toThrow('unknown data class nope');
  });

  it('docs/privacy.md is current (run `npm run docs:privacy` after changing the policy)', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'privacy.md'), 'utf8');
    expect(doc).toBe(withRetentionTable(doc));
    for (const c of RETENTION) expect(doc).toContain(`| ${c.label} |`);
  });
});
