import { execFileSync } from 'node:child_process';
import { bundleSizes } from './bundle-sizes';
import { coldInit } from './cold-init';
import { emailRender } from './email-render';
import { evaluationBench, evaluationOptions } from './evaluation';
import { dashboardBench } from './evaluation-dashboard';
import { budgetText, type Figure, ratioText, withinBudget } from './figures';
import { SYSTEM_BENCHES } from './run-one';
import { writeDocs } from './write-docs';

/**
 * `npm run bench`: every budgeted figure of docs/performance.md, each against its baseline measured
 * in the same run. `npm run bench -- cold-init api-latency` runs only those; `--check` exits 1 when a
 * ratio misses its budget; `--write-docs` rewrites the figures section of docs/performance.md.
 * The long runs are named explicitly: `evaluation` (measures table, `--jobcenters 5000`),
 * `dashboard` (5,000 Jobcenters × 3 years), `send-1000` (launch to 1,000 recipients) and
 * `campaign-view` (the campaign page of 5,000 recipients; `CAMPAIGN_VIEW_RECIPIENTS=500` for less).
 */
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a === '--check' || a === '--write-docs'));
const named = args.filter(
  (a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(jobcenters|rounds|warmup)$/),
);
const BUDGETED = [
  'bundle-sizes',
  'cold-init',
  'email-render',
  'api-latency',
  'send-throughput',
  'first-load',
];
const wanted = (name: string) => (named.length === 0 ? BUDGETED.includes(name) : named.includes(name));

const figures: Figure[] = [];
const run = async (name: string, bench: () => Promise<Figure[]>) => {
  if (!wanted(name)) return;
  console.log(`… ${name}`);
  figures.push(...(await bench()));
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
  writeDocs(figures, `npm run bench -- ${args.join(' ')}`.trim());
const over = figures.filter((f) => !withinBudget(f));
if (flags.has('--check') && over.length > 0) {
  for (const f of over)
    console.error(`over budget: ${f.bench} ${f.what}: ${ratioText(f)} (budget ${budgetText(f)})`);
  process.exit(1);
}
