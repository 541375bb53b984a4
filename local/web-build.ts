import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './system';

const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    if (entry.name === 'dist' || entry.name === 'node_modules') return max;
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * Builds the web frontend (web/dist, with the prerendered formular.html) when a file under web/ is
 * newer than the last build: `npm start` and the first-load bench never serve a stale build.
 */
export const buildWebIfStale = () => {
  const index = join(REPO_ROOT, 'web', 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(REPO_ROOT, 'web'))) return;
  console.log('Building the web frontend …');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The web build failed (see above).');
};
