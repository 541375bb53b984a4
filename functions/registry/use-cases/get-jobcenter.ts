import { NotFoundError } from '../../shared/errors';
import type { RegistryStore } from '../../shared/ports';
import type { Jobcenter } from '../jobcenter';

export const makeGetJobcenter =
  ({ store }: { store: Pick<RegistryStore, 'getJobcenter'> }) =>
  async (id: string): Promise<Jobcenter> => {
    const jobcenter = await store.getJobcenter(id);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    return jobcenter;
  };
