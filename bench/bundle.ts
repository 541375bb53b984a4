import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CONSUMERS, ROUTES, SCHEDULES } from '../functions/api/routes';
import { REPO_ROOT } from '../local/system';

/** Every Lambda entry the CDK stack deploys (routes, schedules, queue consumers). */
export const ENTRIES = [...ROUTES, ...SCHEDULES, ...CONSUMERS].map((d) => ({ id: d.id, entry: d.entry }));

/**
 * Bundles one handler the way infra/constructs/app-function.ts asks NodejsFunction to: esbuild,
 * minified ESM for node22 with the AWS SDK inside and a createRequire banner.
 */
export const bundle = async (
  entry: { id: string; entry: string },
  outDir = join(REPO_ROOT, 'bench', 'out'),
) => {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${entry.id}.mjs`);
  await build({
    entryPoints: [join(REPO_ROOT, entry.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
};
