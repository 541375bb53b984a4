import { fileURLToPath } from 'node:url';

/** Repository root: handler entries in functions/api/routes.ts and web/dist are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
