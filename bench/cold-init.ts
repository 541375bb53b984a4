import { execFileSync } from 'node:child_process';
import { CONSUMERS, ROUTES, SCHEDULES } from '../functions/api/routes';
import { BASELINE_ENTRY, bundle } from './bundle';
import { BUNDLE_BUDGETS, type BundleKind, bundleKind } from './bundle-budgets';
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

/** Cold-init budgets per bundle class; the XLSX exports have none (shown for reference). */
const BUDGET: Record<BundleKind, number | undefined> = { table: 1.7, email: 2.5, xlsx: undefined };
const KIND_TEXT: Record<BundleKind, string> = {
  table: 'table-only',
  email: 'renders e-mail',
  xlsx: 'writes XLSX',
};
/** Always measured: a table-only handler, the form's autosave and two that render e-mail. */
const NAMED = ['getJobcenter', 'saveDraft', 'submitForm', 'sendInvitations'];

type Measured = { id: string; kind: BundleKind; file: string; largest: boolean };

/**
 * The NAMED handlers plus the largest bundle of each class of bench/bundle-budgets.ts: bundles every
 * handler (two at a time) to find them.
 */
const handlersToMeasure = async (): Promise<Measured[]> => {
  const defs = [...ROUTES, ...SCHEDULES, ...CONSUMERS];
  const built: (Measured & { bytes: number })[] = [];
  const queue = [...defs];
  const worker = async () => {
    for (let def = queue.shift(); def; def = queue.shift()) {
      const b = await bundle(def);
      built.push({ id: def.id, kind: bundleKind(def), file: b.file, bytes: b.bytes, largest: false });
    }
  };
  await Promise.all([worker(), worker()]);
  for (const kind of Object.keys(BUNDLE_BUDGETS) as BundleKind[]) {
    const top = built
      .filter((b) => b.kind === kind)
      .reduce<(typeof built)[number] | undefined>((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
    if (top) top.largest = true;
  }
  for (const id of NAMED) if (!built.some((b) => b.id === id)) throw new Error(`no handler ${id}`);
  const kinds = Object.keys(BUNDLE_BUDGETS);
  const rank = (m: Measured) => kinds.indexOf(m.kind) * 10 + (NAMED.includes(m.id) ? NAMED.indexOf(m.id) : 9);
  return built.filter((b) => b.largest || NAMED.includes(b.id)).sort((a, b) => rank(a) - rank(b));
};

/**
 * Cold init: CPU time to import each bundle in a fresh Node 22 process (parsing, config, SDK
 * clients, adapters), what a Lambda cold start adds to the runtime's own start. Runs interleave
 * with the baseline bundle (one GetItem, nothing else); medians of RUNS. As deployed: no
 * `--enable-source-maps` (see infra/lambda-bundling.ts); the figure with it is shown for reference.
 */
export const coldInit = async (): Promise<Figure[]> => {
  const baseline = (await bundle(BASELINE_ENTRY)).file;
  const measured = await handlersToMeasure();
  const files = new Map(measured.map((m) => [m.id, m.file]));
  const times = new Map<string, number[]>([
    ['baseline', []],
    ['sourceMaps', []],
  ]);
  for (let run = 0; run < RUNS; run++) {
    times.get('baseline')?.push(importCpuMs(baseline));
    for (const m of measured) {
      const list = times.get(m.id) ?? [];
      list.push(importCpuMs(files.get(m.id) ?? ''));
      times.set(m.id, list);
    }
    times.get('sourceMaps')?.push(importCpuMs(files.get('submitForm') ?? '', ['--enable-source-maps']));
  }
  const base = median(times.get('baseline') ?? []);
  const figures: Figure[] = measured.map((m) => {
    const value = median(times.get(m.id) ?? []);
    const budget = BUDGET[m.kind];
    return {
      bench: 'cold-init',
      what: `${m.id} (${KIND_TEXT[m.kind]}${m.largest ? '; largest bundle of its class' : ''}${
        budget === undefined ? '; no cold-init budget, for reference' : ''
      })`,
      value: `${value.toFixed(0)} ms`,
      baseline: `${base.toFixed(0)} ms`,
      ratio: ratio(value, base),
      ...(budget === undefined ? {} : { budget: { max: budget } }),
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
