import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundle, ENTRIES } from './bundle';

/** `npx tsx bench/bundle-sizes.ts`: size of each Lambda bundle, raw and gzipped. */
export const bundleSizes = async () => {
  const rows = [];
  for (const entry of ENTRIES) {
    const file = await bundle(entry);
    rows.push({
      function: entry.id,
      kB: Math.round(statSync(file).size / 1024),
      gzipKB: Math.round(gzipSync(readFileSync(file)).length / 1024),
    });
  }
  return rows;
};

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bundleSizes());
