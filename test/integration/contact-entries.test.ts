import { beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from '../../functions/records/records-request';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { fixedClock } from '../../functions/shared/clock';
import { ConflictError } from '../../functions/shared/errors';
import type { Store } from '../../functions/shared/ports';
import { freshTable } from './helpers';

/**
 * writeJobcenters writes the lookup entries of the addresses (CONTACT#) before the profile's
 * transaction: whichever of the two fails, every address a profile holds has its entry.
 */
describe('contact lookup entries of a Jobcenter profile', () => {
  let store: Store;
  let failBatchWrites = false;
  const audit = (id: string) => ({
    id,
    at: '2026-01-15T11:00:00.000Z',
    actor: { sub: 'admin-1' },
    action: 'registry.imported',
    subject: 'REGISTRY',
    detail: {},
  });
  const profile = async (id: string) => {
    const j = await store.getJobcenter(id);
    if (!j) throw new Error(`${id} missing`);
    const { version, updatedAt: _u, ...input } = j;
    return { input, version };
  };
  const withMainContact = (input: Awaited<ReturnType<typeof profile>>['input'], email: string) => ({
    ...input,
    mainContact: { ...input.mainContact, email },
  });
  /** Every address the stored profile holds leads back to it through the lookup. */
  const expectEntriesOfProfile = async (id: string) => {
    const { input } = await profile(id);
    for (const email of [input.mainContact.email, input.deputyContact.email])
      expect(await store.jobcentersWithAddress(addressKey(email))).toContain(id);
  };

  beforeAll(async () => {
    const table = await freshTable();
    store = table.store;
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (failBatchWrites && /BatchWrite/.test(String(context.commandName)))
          throw new Error('BatchWrite failed (test)');
        return next(args);
      },
      { step: 'initialize', name: 'failBatchWrites' },
    );
    await makeSeedRegistry({ store, clock: fixedClock('2026-01-15T09:00:00.000Z') })();
  });

  it('writes the entry of a changed address with the profile', async () => {
    const { input, version } = await profile('bonn');
    await store.writeJobcenters(
      [{ op: 'update', jobcenter: withMainContact(input, 'neu.bonn@example.org'), expectedVersion: version }],
      audit('a-contacts-1'),
      '2026-01-15T11:00:00.000Z',
    );
    expect((await profile('bonn')).input.mainContact.email).toBe('neu.bonn@example.org');
    await expectEntriesOfProfile('bonn');
  });

  it('leaves the profile as it was when the entries cannot be written', async () => {
    const { input, version } = await profile('bonn');
    failBatchWrites = true;
    try {
      await expect(
        store.writeJobcenters(
          [
            {
              op: 'update',
              jobcenter: withMainContact(input, 'zweite.bonn@example.org'),
              expectedVersion: version,
            },
          ],
          audit('a-contacts-2'),
          '2026-01-15T11:05:00.000Z',
        ),
      ).rejects.toThrow('BatchWrite failed (test)');
    } finally {
      failBatchWrites = false;
    }
    const after = await profile('bonn');
    expect(after.version).toBe(version);
    expect(after.input.mainContact.email).toBe('neu.bonn@example.org');
    await expectEntriesOfProfile('bonn');
  });

  it('keeps the entries of the stored addresses when the profile transaction fails', async () => {
    const { input, version } = await profile('bonn');
    await expect(
      store.writeJobcenters(
        [
          {
            op: 'update',
            jobcenter: withMainContact(input, 'dritte.bonn@example.org'),
            expectedVersion: version - 1,
          },
        ],
        audit('a-contacts-3'),
        '2026-01-15T11:10:00.000Z',
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await profile('bonn')).input.mainContact.email).toBe('neu.bonn@example.org');
    await expectEntriesOfProfile('bonn');
  });
});
