import { execFileSync } from 'node:child_process';
import { bundleSizes } from './bundle-sizes';
import { coldInit } from './cold-init';
import { emailRender } from './email-render';
import { evaluationBench, evaluationOptions } from './evaluation';
import { dashboardBench } from './evaluation-dashboard';
import { type BenchRun, budgetText, type Figure, ratioText, timedRun, withinBudget } from './figures';
import { SYSTEM_BENCHES } from './run-one';
import { writeDocs } from './write-docs';

/**
 * `npm run bench`: every budgeted figure of docs/performance.md, each against its baseline measured
 * in the same run, the two long ones included (`send-1000`, launch to 1,000 recipients, and
 * `campaign-view`, the campaign page of 5,000 recipients; about 2 minutes each). So a plain
 * `npm run bench -- --check` checks every budget. `npm run bench -- cold-init api-latency` runs only
 * those; `--check` exits 1 when a ratio misses its budget; `--write-docs` rewrites the figures
 * section of docs/performance.md, each bench's table with the time and load of its own run.
 * The evaluation figures have no budget and run only when named: `evaluation` (measures table,
 * `--jobcenters 5000`) and `dashboard` (5,000 Jobcenters × 3 years).
 */
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a === '--check' || a === '--write-docs'));
const named = args.filter(
  (a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(jobcenters|rounds|warmup)$/),
);
/** Every bench with a budget: the default run. */
const BUDGETED = ['bundle-sizes', 'cold-init', 'email-render', ...Object.keys(SYSTEM_BENCHES)];
const UNBUDGETED = ['evaluation', 'dashboard'];
const unknown = named.filter((n) => !BUDGETED.includes(n) && !UNBUDGETED.includes(n));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; known: ${[...BUDGETED, ...UNBUDGETED].join(', ')}`);
  process.exit(2);
}
const wanted = (name: string) => (named.length === 0 ? BUDGETED.includes(name) : named.includes(name));

const runs: BenchRun[] = [];
const run = async (name: string, bench: () => Promise<Figure[]>) => {
  if (!wanted(name)) return;
  console.log(`… ${name}`);
  runs.push(await timedRun(bench));
};

await run('bundle-sizes', bundleSizes);
await run('cold-init', coldInit);
await run('email-render', emailRender);
/** Benches with a local system run in a process of their own (bench/run-one.ts). */
const inChild = (name: string) => async (): Promise<Figure[]> => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run-one.ts', name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as Figure[];
};
for (const name of Object.keys(SYSTEM_BENCHES)) await run(name, inChild(name));
const figures = runs.flatMap((r) => r.figures);

console.table(
  figures.map((f) => ({
    bench: f.bench,
    what: f.what.length > 70 ? `${f.what.slice(0, 69)}…` : f.what,
    figure: f.value,
    baseline: f.baseline ?? '',
    ratio: ratioText(f),
    budget: budgetText(f),
    ok: withinBudget(f) ? '' : 'OVER',
  })),
);

if (wanted('evaluation')) {
  // 1,000 Jobcenters take about 4 minutes; the 5,000 of docs/performance.md take half an hour.
  console.log('Auswertung: measures table and XLSX export at scale against DynamoDB Local');
  console.table((await evaluationBench({ jobcenters: 1000, ...evaluationOptions(args) })).table);
}
if (wanted('dashboard')) {
  console.log('Auswertung: dashboard and trends at scale (5,000 Jobcenters × 3 years)');
  const { jobcenters = 5000, rounds, warmup } = evaluationOptions(args);
  console.table(
    (
      await dashboardBench({
        jobcenters,
        ...(rounds ? { rounds } : {}),
        ...(warmup !== undefined ? { warmup } : {}),
      })
    ).table,
  );
}

if (flags.has('--write-docs') && figures.length > 0)
  writeDocs(runs, `npm run bench -- ${args.join(' ')}`.trim());
const over = figures.filter((f) => !withinBudget(f));
if (flags.has('--check') && over.length > 0) {
  for (const f of over)
    console.error(`over budget: ${f.bench} ${f.what}: ${ratioText(f)} (budget ${budgetText(f)})`);
  process.exit(1);
}
