import { describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/campaigns/link-token';
import { isSendTimeLink, issueSendTimeLink } from '../../functions/outbox/send-time-links';

/** The outbox worker's one mechanism for links made at send time: records and consent links. */
const fakeStore = () => {
  const calls: string[] = [];
  const stored: Record<string, { hash: string; jobcenterId: string; expiresAt: string }> = {};
  return {
    calls,
    stored,
    putRecordsLink: async (l: { hash: string; jobcenterId: string; expiresAt: string }) => {
      stored.records = l;
    },
    revokeRecordsLink: async (hash: string) => {
      calls.push(`records ${hash}`);
    },
    putConsentLink: async (l: { hash: string; jobcenterId: string; expiresAt: string }) => {
      stored.consent = l;
    },
    revokeConsentLink: async (hash: string) => {
      calls.push(`consent ${hash}`);
    },
  };
};
const NOW = new Date('2026-12-01T10:00:00.000Z');

describe('links issued at send time', () => {
  it.each([
    ['records', /\/unterlagen\/ansehen#t=([A-Za-z0-9_-]{43})$/, '2026-12-08T10:00:00.000Z'],
    ['consent', /\/einwilligung\/aendern#t=([A-Za-z0-9_-]{43})$/, '2026-12-01T11:00:00.000Z'],
  ] as const)(
    '%s: stores only the hash, gives the URL and how long it works, and revokes its own kind',
    async (source, url, until) => {
      const store = fakeStore();
      const link = await issueSendTimeLink(
        store,
        { id: `${source}#x`, jobcenterId: 'hagen', link: { source } },
        NOW,
        'https://inklusion.example.org',
      );
      const token = url.exec(link.href)?.[1] ?? '';
      expect(link.hash).toBe(hashToken(token));
      expect(store.stored[source]).toMatchObject({ hash: link.hash, jobcenterId: 'hagen', expiresAt: until });
      expect(link.validUntil).toBe(until);
      expect(JSON.stringify(store.stored)).not.toContain(token);
      await link.revoke(NOW.toISOString());
      expect(store.calls).toEqual([`${source} ${link.hash}`]);
    },
  );

  it('needs the Jobcenter, and leaves form links to the invitation', async () => {
    await expect(
      issueSendTimeLink(
        fakeStore(),
        { id: 'records#x', link: { source: 'records' } },
        NOW,
        'https://x.example.org',
      ),
    ).rejects.toThrow('records mail records#x names no Jobcenter');
    expect(isSendTimeLink({ source: 'sealed' })).toBe(false);
    expect(isSendTimeLink({ source: 'new', purpose: 'main' })).toBe(false);
    expect(isSendTimeLink(undefined)).toBe(false);
    expect(isSendTimeLink({ source: 'consent' })).toBe(true);
  });
});
