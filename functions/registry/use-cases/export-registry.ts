import type { RegistryStore } from '../../shared/ports';
import { registryToCsv } from '../registry-csv';

export const makeExportRegistry =
  ({ store }: { store: Pick<RegistryStore, 'listJobcenters'> }) =>
  async (): Promise<string> =>
    registryToCsv(await store.listJobcenters());
