import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../local/system';
import { budgetText, type Figure, machine, ratioText, withinBudget } from './figures';

const BEGIN = '<!-- bench:begin (written by `npm run bench -- --write-docs`; do not edit by hand) -->';
const END = '<!-- bench:end -->';

const TITLES: Record<string, string> = {
  'bundle-sizes':
    'Lambda bundle sizes (raw, against the baseline handler: one GetItem, same bundling options)',
  'cold-init':
    'Cold init (CPU time to import the bundle in a fresh Node process, median of 9, interleaved with the baseline)',
  'email-render': 'E-mail render, HTML + text',
  'api-latency':
    'API latency through the local server against DynamoDB Local (200 sequential requests, each after one raw call)',
  'send-throughput': 'Campaign send rate (launch handler, queue, paced sender, DynamoDB Local, SES emulator)',
  'first-load': 'First load of the Jobcenter form in Chromium',
};

export const figuresMarkdown = (figures: readonly Figure[], command: string) => {
  const m = machine();
  const lines = [
    BEGIN,
    '',
    `Measured with \`${command}\` on ${m.date} UTC: Node ${m.node}, ${m.cores} cores, load average ${m.load}`,
    '(1 / 5 / 15 min). Every ratio compares against a baseline measured in the same run, so a busy machine',
    'moves both; `npm run bench -- --check` fails when a ratio misses its budget.',
  ];
  for (const bench of [...new Set(figures.map((f) => f.bench))]) {
    lines.push(
      '',
      `### ${TITLES[bench] ?? bench}`,
      '',
      '| what | figure | baseline | ratio | budget | |',
      '|---|---|---|---|---|---|',
    );
    for (const f of figures.filter((x) => x.bench === bench))
      lines.push(
        `| ${f.what} | ${f.value} | ${f.baseline ?? ''} | ${ratioText(f)} | ${budgetText(f)} | ${
          f.budget ? (withinBudget(f) ? 'ok' : '**over budget**') : ''
        } |`,
      );
  }
  lines.push('', END);
  return lines.join('\n');
};

/** Replaces the generated section of docs/performance.md (between the markers). */
export const writeDocs = (figures: readonly Figure[], command: string) => {
  const file = join(REPO_ROOT, 'docs', 'performance.md');
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/performance.md has no ${BEGIN} … ${END} section`);
  writeFileSync(
    file,
    `${text.slice(0, from)}${figuresMarkdown(figures, command)}${text.slice(to + END.length)}`,
  );
};
