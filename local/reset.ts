import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './system';

/** `npm run reset`: deletes the local data (table file and staff login). The next start seeds anew. */
rmSync(join(REPO_ROOT, '.local'), { recursive: true, force: true });
console.log('Local data deleted (.local/). Run npm start to begin afresh.');
