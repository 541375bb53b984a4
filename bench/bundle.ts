import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { CONSUMERS, ROUTES, SCHEDULES } from '../functions/api/routes';
import { LAMBDA_BUNDLING } from '../infra/lambda-bundling';
import { REPO_ROOT } from '../local/system';

/** Every Lambda entry the CDK stack deploys (routes, schedules, queue consumers). */
export const ENTRIES = [...ROUTES, ...SCHEDULES, ...CONSUMERS].map((d) => ({ id: d.id, entry: d.entry }));

/** The baseline handler of the bundle and cold-init budgets (one GetItem, nothing else). */
export const BASELINE_ENTRY = { id: 'baseline', entry: 'bench/baselines/get-item-handler.ts' };

export type Bundle = {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Source files and packages inside the bundle (from esbuild's metafile). */
  inputs: string[];
  /**
   * The inputs whose module code runs at import (cold start): those the entry reaches by static
   * imports. A module reached only through `import()` is in the bundle but runs on first use.
   */
  eager: string[];
};

/** Inputs reachable from `entry` by static imports and requires (not by `import()`); tree-shaken ones too. */
const eagerInputs = (inputs: Metafile['inputs'], entry: string): string[] => {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !inputs[path]) return;
    seen.add(path);
    for (const i of inputs[path].imports)
      if (!i.external && i.kind !== 'dynamic-import' && i.kind !== 'require-resolve') visit(i.path);
  };
  visit(entry);
  return [...seen];
};

/**
 * Bundles one handler the way infra/constructs/app-function.ts asks NodejsFunction to: the options
 * of infra/lambda-bundling.ts, ESM. Writes `<outDir>/<id>.mjs` and its source map.
 */
export const bundle = async (
  entry: { id: string; entry: string },
  outDir = join(REPO_ROOT, 'bench', 'out'),
): Promise<Bundle> => {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${entry.id}.mjs`);
  const result = await build({
    entryPoints: [join(REPO_ROOT, entry.entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLING.target,
    minify: LAMBDA_BUNDLING.minify,
    keepNames: LAMBDA_BUNDLING.keepNames,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    define: LAMBDA_BUNDLING.define,
    external: [...LAMBDA_BUNDLING.external],
    banner: { js: LAMBDA_BUNDLING.banner },
    metafile: true,
    write: false,
    absWorkingDir: REPO_ROOT,
    logLevel: 'error',
  });
  let code: Uint8Array | undefined;
  for (const out of result.outputFiles) {
    writeFileSync(out.path, out.contents);
    if (out.path === file) code = out.contents;
  }
  if (!code) throw new Error(`esbuild wrote no ${file}`);
  const output =
    result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('.mjs')) ?? ''];
  return {
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code).length,
    inputs: Object.keys(output?.inputs ?? {}),
    eager: eagerInputs(result.metafile.inputs, entry.entry).filter((i) => output?.inputs[i]),
  };
};
