import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LAMBDA_BUNDLING } from '../infra/lambda-bundling';
import { REPO_ROOT } from '../local/system';
import { ENTRIES } from './bundle';
import { median } from './figures';

/**
 * `npx tsx bench/init-profile.ts <handler id> [runs]`: where a handler's cold init goes, module by
 * module. Bundles the handler as deployed but unminified, puts a clock reading before each module
 * of the bundle (esbuild names each with a `// path` comment), imports it in fresh Node processes
 * and prints the median milliseconds per source file or package, largest first. A diagnosis tool
 * for the cold-init budget (bench/cold-init.ts), not a budget: the markers themselves cost a little.
 */
const MODULE_COMMENT = /^\/\/ (\S+\.(?:ts|tsx|js|mjs|cjs|json))$/;

/** Environment a function gets in AWS (values are placeholders; nothing is called at import). */
const LAMBDA_ENV = {
  STAGE: 'aws',
  AWS_REGION: 'eu-central-1',
  TABLE_NAME: 'table',
  MAIL_FROM: 'noreply@inklusion.example.org',
  APP_BASE_URL: 'https://inklusion.example.org',
  SES_CONFIGURATION_SET: 'set',
};

const instrumentedBundle = async (entry: string, outDir: string): Promise<string> => {
  const result = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLING.target,
    minify: false,
    keepNames: LAMBDA_BUNDLING.keepNames,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    define: LAMBDA_BUNDLING.define,
    external: [...LAMBDA_BUNDLING.external],
    banner: { js: LAMBDA_BUNDLING.banner },
    absWorkingDir: REPO_ROOT,
    logLevel: 'error',
  });
  const lines = (result.outputFiles[0]?.text ?? '').split('\n').flatMap((line) => {
    const module = MODULE_COMMENT.exec(line)?.[1];
    return module
      ? [`globalThis.__marks.push([${JSON.stringify(module)}, performance.now()]);`, line]
      : [line];
  });
  const file = join(outDir, 'init-profile.mjs');
  writeFileSync(
    file,
    `globalThis.__marks = [['(bundle start)', performance.now()]];\n${lines.join('\n')}\nglobalThis.__marks.push(['(end)', performance.now()]);\n`,
  );
  return file;
};

/** Milliseconds per source file or package in one fresh process. */
const profileOnce = (file: string): Record<string, number> => {
  const script = `import(${JSON.stringify(file)}).then(() => {
    const m = globalThis.__marks, out = {};
    for (let i = 0; i < m.length - 1; i++) {
      const pkg = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(m[i][0]);
      const key = pkg ? 'package ' + pkg[1] : m[i][0];
      out[key] = (out[key] ?? 0) + m[i + 1][1] - m[i][1];
    }
    console.log(JSON.stringify(out));
  });`;
  const output = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ...LAMBDA_ENV } });
  return JSON.parse(output.toString().trim().split('\n').pop() ?? '{}');
};

const [id, runsArg] = process.argv.slice(2);
const def = ENTRIES.find((e) => e.id === id);
if (!def) throw new Error(`Unknown handler "${id}"; one of: ${ENTRIES.map((e) => e.id).join(', ')}`);
const outDir = join(REPO_ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const file = await instrumentedBundle(def.entry, outDir);
const runs = Array.from({ length: Number(runsArg ?? 7) }, () => profileOnce(file));
const keys = new Set(runs.flatMap((r) => Object.keys(r)));
const rows = [...keys]
  .map((key) => ({ module: key, ms: Math.round(median(runs.map((r) => r[key] ?? 0)) * 10) / 10 }))
  .sort((a, b) => b.ms - a.ms);
console.log(`${id}: ${runs.length} fresh imports, total ${rows.reduce((s, r) => s + r.ms, 0).toFixed(1)} ms`);
console.table(rows.slice(0, 30));
