import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../local/system';
import { type BenchRun, budgetText, type Machine, ratioText, withinBudget } from './figures';

const BEGIN = '<!-- bench:begin (written by `npm run bench -- --write-docs`; do not edit by hand) -->';
const END = '<!-- bench:end -->';

const TITLES: Record<string, string> = {
  'bundle-sizes':
    'Lambda bundle sizes (raw, against the baseline handler: one GetItem, same bundling options)',
  'cold-init':
    'Cold init (CPU time to import the bundle in a fresh Node process, median of 9, interleaved with the baseline; with the largest bundle of each class)',
  'email-render': 'E-mail render, HTML + text',
  'api-latency':
    'API latency through the local server against DynamoDB Local (200 sequential requests, each after one raw call)',
  'send-throughput': 'Campaign send rate (launch handler, queue, paced sender, DynamoDB Local, SES emulator)',
  'send-1000': 'Campaign send rate at 1,000 recipients (long run, about 2 minutes)',
  'send-deployed': 'Campaign send rate with two senders as deployed (reference, no budget)',
  'first-load': 'First load of the Jobcenter form in Chromium',
  'campaign-view': 'Campaign page of a running campaign with 5,000 recipients (long run, about 2 minutes)',
};

/**
 * One bench's figures of its last run, as docs/performance-figures.json keeps them: the command, the
 * machine and load when the bench started (`machine`), how long it ran and the load at its end.
 * Entries written before `seconds` and `loadAtEnd` were recorded lack them.
 */
type StoredRun = { command: string; machine: Machine; seconds?: number; loadAtEnd?: string } & Pick<
  BenchRun,
  'figures'
>;

/** When and under which load one bench ran: the line above its table. */
const ranText = (run: StoredRun) => {
  const m = run.machine;
  // Entries written before the bench's own start was recorded carry the time the docs were written.
  if (run.seconds === undefined || run.loadAtEnd === undefined)
    return `\`${run.command}\`, ${m.date} UTC, Node ${m.node}, ${m.cores} cores, load ${m.load}.`;
  return `\`${run.command}\`, started ${m.date} UTC, ran ${run.seconds} s, Node ${m.node}, ${m.cores} cores, load ${m.load} at its start, ${run.loadAtEnd} at its end.`;
};

export const figuresMarkdown = (runs: Record<string, StoredRun>) => {
  const lines = [
    BEGIN,
    '',
    'Every ratio compares against a baseline measured in the same run, so a busy machine moves both;',
    '`npm run bench -- --check` fails when a ratio misses its budget. Each table says with which',
    'command its bench ran, when it started, how long it took and under which load (1 / 5 / 15 min',
    'load average at its start and end).',
  ];
  for (const [bench, title] of Object.entries(TITLES)) {
    const run = runs[bench];
    if (!run) continue;
    lines.push(
      '',
      `### ${title}`,
      '',
      ranText(run),
      '',
      '| what | figure | baseline | ratio | budget | |',
      '|---|---|---|---|---|---|',
    );
    for (const f of run.figures)
      lines.push(
        `| ${f.what} | ${f.value} | ${f.baseline ?? ''} | ${ratioText(f)} | ${budgetText(f)} | ${
          f.budget ? (withinBudget(f) ? 'ok' : '**over budget**') : ''
        } |`,
      );
  }
  lines.push('', END);
  return lines.join('\n');
};

/**
 * Records this run's figures per bench in docs/performance-figures.json (a partial run replaces only
 * its benches), each with when and under which load its own bench ran, and writes the generated
 * section of docs/performance.md from that file.
 */
export const writeDocs = (benchRuns: readonly BenchRun[], command: string) => {
  const store = join(REPO_ROOT, 'docs', 'performance-figures.json');
  const runs = (existsSync(store) ? JSON.parse(readFileSync(store, 'utf8')) : {}) as Record<
    string,
    StoredRun
  >;
  for (const { figures, ...ran } of benchRuns)
    for (const bench of new Set(figures.map((f) => f.bench)))
      runs[bench] = { command, ...ran, figures: figures.filter((f) => f.bench === bench) };
  writeFileSync(store, `${JSON.stringify(runs, null, 2)}\n`);
  const file = join(REPO_ROOT, 'docs', 'performance.md');
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/performance.md has no ${BEGIN} … ${END} section`);
  writeFileSync(file, `${text.slice(0, from)}${figuresMarkdown(runs)}${text.slice(to + END.length)}`);
};
