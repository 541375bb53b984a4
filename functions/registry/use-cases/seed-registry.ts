import type { Clock, RegistryStore } from '../../shared/ports';
import { JobcenterInput } from '../jobcenter';
import { SEED_JOBCENTERS } from '../seed-jobcenters';

/** Idempotent: creates only the Jobcenters that are missing, never overwrites corrected data. */
export const makeSeedRegistry =
  ({ store, clock }: { store: Pick<RegistryStore, 'seedJobcenters'>; clock: Clock }) =>
  async (
    jobcenters: readonly JobcenterInput[] = SEED_JOBCENTERS,
  ): Promise<{ created: number; total: number }> => {
    const valid = jobcenters.map((j) => JobcenterInput.parse(j));
    const created = await store.seedJobcenters(valid, clock.now().toISOString());
    return { created, total: valid.length };
  };
