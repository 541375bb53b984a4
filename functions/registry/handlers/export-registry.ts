import { httpHandler } from '../../shared/http/http-handler';
import { csv } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { makeExportRegistry } from '../use-cases/export-registry';

const exportRegistry = makeExportRegistry({ store });

export const handler = httpHandler('exportRegistry').handler(async () => {
  const date = clock.now().toISOString().slice(0, 10);
  return csv(await exportRegistry(), `jobcenter-verzeichnis-${date}.csv`);
});
