import { describe, expect, it } from 'vitest';
import type { Accession } from '../../functions/accessions/accession';
import { makeRequestConsentLink } from '../../functions/consent/use-cases/request-consent-link';
import { addressKey } from '../../functions/records/records-request';
import type { Jobcenter } from '../../functions/registry/jobcenter';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import { fixedClock } from '../../functions/shared/clock';
import type { MailWrites, SendJob } from '../../functions/shared/ports';

/**
 * The consent link request finds the Jobcenters of an address through the records' lookup entries
 * (one Query by the address's hash, checked against each profile), never by reading every
 * Jobcenter; the address is compared as everywhere (normaliseAddress).
 */
const jobcenter = (index: number, main: string, deputy: string): Jobcenter => {
  const seed = SEED_JOBCENTERS[index];
  if (!seed) throw new Error('no seed');
  return {
    ...seed,
    mainContact: { name: 'Geschäftsführung', email: main },
    deputyContact: { name: 'Vertretung', email: deputy },
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
};

const setup = (jobcenters: readonly Jobcenter[], lookup: Record<string, string[]>) => {
  const profiles = new Map(jobcenters.map((j) => [j.id, j]));
  const written: MailWrites[] = [];
  const queued: SendJob[] = [];
  const request = makeRequestConsentLink({
    store: {
      jobcentersWithAddress: async (hash) => lookup[hash] ?? [],
      getJobcenter: async (id) => profiles.get(id),
      getAccession: async (id) =>
        profiles.has(id) ? ({ jobcenterId: id } as unknown as Accession) : undefined,
      countHit: async () => 1,
      commitMail: async (w) => {
        written.push(w);
      },
    },
    queue: { enqueue: async (jobs) => void queued.push(...jobs) },
    clock: fixedClock('2026-12-01T09:00:00.000Z'),
    mailFrom: 'MAGS NRW',
    sleep: async () => {},
  });
  const recipients = () => written.flatMap((w) => (w.outbox ?? []).map((m) => [m.jobcenterId, m.to, m.cc]));
  return { request, recipients, queued };
};

describe('consent link request: the address lookup', () => {
  const a = jobcenter(0, 'gf@a.example.org', 'Vertretung@A.example.org');
  const b = jobcenter(1, 'gf@b.example.org', 'vertretung@a.example.org');

  it('finds the Jobcenters by the normalised address’s hash, and mails each one’s own contacts', async () => {
    const { request, recipients, queued } = setup([a, b], {
      [addressKey('vertretung@a.example.org')]: [a.id, b.id],
    });
    await request('  VERTRETUNG@a.example.org ', 'client-1');
    expect(recipients()).toEqual([
      [a.id, ['gf@a.example.org'], ['Vertretung@A.example.org']],
      [b.id, ['gf@b.example.org'], ['vertretung@a.example.org']],
    ]);
    expect(queued).toHaveLength(2);
  });

  it('ignores a lookup entry whose address the profile no longer holds', async () => {
    const { request, recipients } = setup([a, b], { [addressKey('alt@a.example.org')]: [a.id] });
    await request('alt@a.example.org', 'client-1');
    expect(recipients()).toEqual([]);
  });

  it('sends nothing for an address without a lookup entry, even if a profile holds it', async () => {
    const { request, recipients } = setup([a, b], {});
    await request('gf@a.example.org', 'client-1');
    expect(recipients()).toEqual([]);
  });
});
