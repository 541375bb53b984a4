import { cpus, loadavg } from 'node:os';

/**
 * One measured figure of `npm run bench`: its value, the baseline measured in the same run, the
 * ratio and the budget. `--check` fails when any figure misses its budget; docs/performance.md is
 * written from these rows (bench/write-docs.ts), never by hand.
 */
export type Figure = {
  /** Which bench measured it (a section of docs/performance.md). */
  bench: string;
  what: string;
  value: string;
  baseline?: string;
  ratio?: number;
  /** `max` for ratios that must stay below, `min` for shares that must stay above. */
  budget?: { max: number } | { min: number };
};

export const withinBudget = (f: Figure): boolean => {
  if (!f.budget || f.ratio === undefined) return true;
  return 'max' in f.budget ? f.ratio <= f.budget.max : f.ratio >= f.budget.min;
};

export const budgetText = (f: Figure): string =>
  !f.budget ? '' : 'max' in f.budget ? `≤ ${f.budget.max}×` : `≥ ${Math.round(f.budget.min * 100)} %`;

export const ratioText = (f: Figure): string =>
  f.ratio === undefined
    ? ''
    : f.budget && 'min' in f.budget
      ? `${Math.round(f.ratio * 100)} %`
      : `${f.ratio.toFixed(2)}×`;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

export const ratio = (value: number, baseline: number) => Math.round((value / baseline) * 100) / 100;

const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** What the figures were measured on, taken when a bench starts: the docs print it beside them. */
export const machine = () => ({
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  node: process.version,
  cores: cpus().length,
  load: loadNow(),
});
export type Machine = ReturnType<typeof machine>;

/**
 * One bench's run: the machine and its 1 / 5 / 15 min load average when the bench started, how long
 * it ran, the load average when it ended, and its figures. run-all.ts records one per bench;
 * docs/performance.md prints each section with its own run, not the time the docs were written.
 */
export type BenchRun = { machine: Machine; seconds: number; loadAtEnd: string; figures: Figure[] };

/** Runs one bench and records when, how long and under which load it ran. */
export const timedRun = async (bench: () => Promise<Figure[]>): Promise<BenchRun> => {
  const started = machine();
  const from = performance.now();
  const figures = await bench();
  return {
    machine: started,
    seconds: Math.round((performance.now() - from) / 1000),
    loadAtEnd: loadNow(),
    figures,
  };
};
