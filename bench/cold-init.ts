import { execFileSync } from 'node:child_process';
import { BASELINE_ENTRY, bundle, ENTRIES } from './bundle';
import { type Figure, median, ratio } from './figures';
import { IMPORT_ENV } from './import-work';

const RUNS = 9;

/** CPU time (user + system) of importing one bundle in a fresh Node process, as deployed. */
const importCpuMs = (file: string, nodeArgs: string[] = []) => {
  const script = `const c = process.cpuUsage(); await import(${JSON.stringify(file)}); const d = process.cpuUsage(c); console.log((d.user + d.system) / 1000);`;
  return Number(
    execFileSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
      env: IMPORT_ENV,
      encoding: 'utf8',
    }).trim(),
  );
};

/** The handlers measured: a table-only one, the heaviest table-only one and two that render e-mail. */
const MEASURED = [
  { id: 'getJobcenter', kind: 'table', budget: 1.7 },
  { id: 'saveDraft', kind: 'table', budget: 1.7 },
  { id: 'submitForm', kind: 'email', budget: 2.5 },
  { id: 'sendInvitations', kind: 'email', budget: 2.5 },
] as const;

/**
 * Cold init: CPU time to import each bundle in a fresh Node 22 process (parsing, config, SDK
 * clients, adapters), what a Lambda cold start adds to the runtime's own start. Runs interleave
 * with the baseline bundle (one GetItem, nothing else); medians of RUNS. As deployed: no
 * `--enable-source-maps` (see infra/lambda-bundling.ts); the figure with it is shown for reference.
 */
export const coldInit = async (): Promise<Figure[]> => {
  const baseline = (await bundle(BASELINE_ENTRY)).file;
  const files = new Map<string, string>();
  for (const m of MEASURED) {
    const entry = ENTRIES.find((e) => e.id === m.id);
    if (!entry) throw new Error(`no handler ${m.id}`);
    files.set(m.id, (await bundle(entry)).file);
  }
  const times = new Map<string, number[]>([
    ['baseline', []],
    ['sourceMaps', []],
  ]);
  for (let run = 0; run < RUNS; run++) {
    times.get('baseline')?.push(importCpuMs(baseline));
    for (const m of MEASURED) {
      const list = times.get(m.id) ?? [];
      list.push(importCpuMs(files.get(m.id) ?? ''));
      times.set(m.id, list);
    }
    times.get('sourceMaps')?.push(importCpuMs(files.get('submitForm') ?? '', ['--enable-source-maps']));
  }
  const base = median(times.get('baseline') ?? []);
  const figures: Figure[] = MEASURED.map((m) => {
    const value = median(times.get(m.id) ?? []);
    return {
      bench: 'cold-init',
      what: `${m.id} (${m.kind === 'table' ? 'table-only' : 'renders e-mail'})`,
      value: `${value.toFixed(0)} ms`,
      baseline: `${base.toFixed(0)} ms`,
      ratio: ratio(value, base),
      budget: { max: m.budget },
    };
  });
  const withMaps = median(times.get('sourceMaps') ?? []);
  figures.push({
    bench: 'cold-init',
    what: 'submitForm with --enable-source-maps (not deployed so; for reference)',
    value: `${withMaps.toFixed(0)} ms`,
    baseline: `${base.toFixed(0)} ms`,
    ratio: ratio(withMaps, base),
  });
  return figures;
};
