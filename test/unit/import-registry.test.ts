import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/auth/principal';
import type { Jobcenter } from '../../functions/registry/jobcenter';
import { registryToCsv } from '../../functions/registry/registry-csv';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import { makeImportRegistry } from '../../functions/registry/use-cases/import-registry';
import { fixedClock } from '../../functions/shared/clock';
import { PayloadTooLargeError } from '../../functions/shared/errors';
import type { JobcenterWrite } from '../../functions/shared/ports';

const actor: Principal = { sub: 'a', roles: ['admin'] };
const stored: Jobcenter[] = SEED_JOBCENTERS.slice(0, 3).map((j) => ({
  ...j,
  version: 4,
  updatedAt: '2026-01-01T00:00:00.000Z',
}));

const fakeStore = () => {
  const calls: { writes: readonly JobcenterWrite[]; action: string }[] = [];
  return {
    calls,
    listJobcenters: async () => stored,
    writeJobcenters: async (writes: readonly JobcenterWrite[], audit: { action: string }) => {
      calls.push({ writes, action: audit.action });
    },
  };
};

describe('import registry use case', () => {
  it('writes only changed rows, guarded by the version it read', async () => {
    const store = fakeStore();
    const csv = registryToCsv(stored).replace('Geschäftsführung', 'Leitung');
    const result = await makeImportRegistry({ store, clock: fixedClock('2026-02-01T00:00:00Z') })(
      csv,
      actor,
      {
        dryRun: false,
      },
    );
    expect(result).toEqual({ dryRun: false, created: [], updated: [stored[0]?.id], unchanged: 2 });
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]?.writes).toEqual([
      { op: 'update', expectedVersion: 4, jobcenter: expect.objectContaining({ id: stored[0]?.id }) },
    ]);
  });

  it('writes nothing on a dry run or when nothing changed', async () => {
    const store = fakeStore();
    const run = makeImportRegistry({ store, clock: fixedClock('2026-02-01T00:00:00Z') });
    await run(registryToCsv(stored).replace('Geschäftsführung', 'Leitung'), actor, { dryRun: true });
    await run(registryToCsv(stored), actor, { dryRun: false });
    expect(store.calls).toHaveLength(0);
  });

  it('refuses files over the size limit before parsing', async () => {
    const store = fakeStore();
    const run = makeImportRegistry({ store, clock: fixedClock('2026-02-01T00:00:00Z') });
    await expect(run('x'.repeat(300 * 1024), actor, { dryRun: false })).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
  });
});
