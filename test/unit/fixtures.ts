import { makeExportRegistry } from '../../functions/registry/use-cases/export-registry';
import type { RegistryStore } from '../../functions/shared/ports';

export const exportRegistryCsv = (store: Pick<RegistryStore, 'listJobcenters'>) =>
  makeExportRegistry({ store })();
