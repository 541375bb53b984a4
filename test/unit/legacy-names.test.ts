import { describe, expect, it } from 'vitest';
import { Campaign } from '../../functions/campaigns/campaign';
import { toCampaign } from '../../functions/store/campaign-store';
import { campaignInput } from '../fixtures';

/**
 * Items written before the naming rule (docs/architecture.md, "Naming") read with today's names
 * (functions/store/legacy-names.ts); items in today's shape read unchanged.
 */
const storedCampaign = (status: string) => ({
  pk: 'CAMPAIGN#c-legacy',
  sk: 'META',
  listKind: 'CAMPAIGN',
  ...campaignInput('Alt'),
  id: 'c-legacy',
  status,
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'referat@mags.example.org',
  version: 2,
});

describe('legacy campaign items', () => {
  it.each([
    ['entwurf', 'draft'],
    ['gestartet', 'launched'],
    ['geschlossen', 'closed'],
  ])('read the German status %s as %s', (old, now) => {
    expect(toCampaign(storedCampaign(old)).status).toBe(now);
  });

  it('read today’s status as it is and refuse an unknown one', () => {
    expect(toCampaign(storedCampaign('launched')).status).toBe('launched');
    expect(() => toCampaign(storedCampaign('laufend'))).toThrow();
  });

  it('are not accepted by the API schema in the old shape', () => {
    expect(Campaign.safeParse({ ...storedCampaign('gestartet'), pk: undefined }).success).toBe(false);
  });
});
