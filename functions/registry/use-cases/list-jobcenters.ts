import type { RegistryStore } from '../../shared/ports';
import { type Jobcenter, type JobcenterFilter, matchesFilter } from '../jobcenter';

export const makeListJobcenters =
  ({ store }: { store: Pick<RegistryStore, 'listJobcenters'> }) =>
  async (filter: JobcenterFilter = {}): Promise<Jobcenter[]> =>
    (await store.listJobcenters()).filter((j) => matchesFilter(j, filter));
