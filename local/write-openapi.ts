import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApi } from '../functions/api/openapi';
import { REPO_ROOT } from './system';

/** `npm run openapi`: regenerates docs/openapi.json from the route table (a unit test checks it is current). */
export const openApiText = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(REPO_ROOT, 'docs', 'openapi.json'), openApiText());
  console.log('docs/openapi.json written');
}
