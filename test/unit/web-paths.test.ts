import { describe, expect, it } from 'vitest';
import { formUrl } from '../../functions/campaigns/link-token';
import { recordsUrl } from '../../functions/records/records-link';
import { WEB_PATHS, webUrl } from '../../functions/shared/web-paths';
import { matchRoute } from '../../web/src/app/routes';

const CAMPAIGN = '0b6f5c1e-2f4a-4c3b-9d8e-7a6b5c4d3e2f';

describe('web pages the backend links to', () => {
  it('are pages of the web app', () => {
    expect(matchRoute(WEB_PATHS.form)).toEqual({ name: 'form', page: { kind: 'start' } });
    expect(matchRoute(WEB_PATHS.formPrint)).toEqual({ name: 'form', page: { kind: 'print' } });
    expect(matchRoute(WEB_PATHS.acceded)).toEqual({ name: 'acceded' });
    expect(matchRoute(WEB_PATHS.recordsRequest)).toEqual({ name: 'recordsRequest' });
    expect(
      matchRoute(new URL(recordsUrl('https://inklusion.example.org/', 'x'.repeat(43))).pathname),
    ).toEqual({
      name: 'records',
    });
    expect(matchRoute(WEB_PATHS.campaign(CAMPAIGN))).toEqual({ name: 'campaign', id: CAMPAIGN });
    expect(matchRoute(WEB_PATHS.campaignResponse(CAMPAIGN, 'essen'))).toEqual({
      name: 'campaignResponse',
      id: CAMPAIGN,
      jobcenterId: 'essen',
    });
  });

  it('become absolute links with or without a trailing slash on the base URL', () => {
    expect(webUrl('https://inklusion.example.org/', WEB_PATHS.acceded)).toBe(
      'https://inklusion.example.org/beigetreten',
    );
    expect(webUrl('https://inklusion.example.org', WEB_PATHS.campaign(CAMPAIGN))).toBe(
      `https://inklusion.example.org/verwaltung/kampagnen/${CAMPAIGN}`,
    );
    const link = new URL(formUrl('https://inklusion.example.org/', 'x'.repeat(43), 'selbstbewertung'));
    expect(matchRoute(link.pathname)).toEqual({ name: 'form', page: { kind: 'start' } });
    expect(link.hash).toBe(`#t=${'x'.repeat(43)}&art=selbstbewertung`);
  });
});
