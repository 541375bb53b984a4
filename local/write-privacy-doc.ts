import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRetentionTable } from '../functions/privacy/record-of-processing';
import { REPO_ROOT } from './system';

/** `npm run docs:privacy`: rewrites the retention table in docs/privacy.md (a unit test checks it is current). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(REPO_ROOT, 'docs', 'privacy.md');
  writeFileSync(path, withRetentionTable(readFileSync(path, 'utf8')));
  console.log('docs/privacy.md written');
}
