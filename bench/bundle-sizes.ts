import { BUNDLE_BUDGETS, type BundleKind, bundleBudgets } from './bundle-budgets';
import type { Figure } from './figures';

/** Bundle sizes per handler kind against the baseline bundle (the largest of each kind). */
export const bundleSizes = async (): Promise<Figure[]> => {
  const { baseline, rows } = await bundleBudgets();
  const figures: Figure[] = (Object.keys(BUNDLE_BUDGETS) as BundleKind[]).map((kind) => {
    const ofKind = rows.filter((r) => r.kind === kind);
    const largest = ofKind.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    return {
      bench: 'bundle-sizes',
      what: `${BUNDLE_BUDGETS[kind].why} (${ofKind.length}; largest: ${largest.function}, ${largest.gzipKB} kB gzip)`,
      value: `${largest.kB} kB`,
      baseline: `${baseline.kB} kB`,
      ratio: largest.ratio,
      budget: { max: BUNDLE_BUDGETS[kind].maxRatio },
    };
  });
  const problems = rows.filter((r) => r.problems.length > 0);
  figures.push({
    bench: 'bundle-sizes',
    what: `handlers with React but no e-mail, a development build, prettier, foreign zod locales, ICU used at import or an area store their route does not use${
      problems.length ? `: ${problems.map((p) => `${p.function} (${p.problems.join('; ')})`).join(', ')}` : ''
    }`,
    value: String(problems.length),
    ratio: problems.length,
    budget: { max: 0 },
  });
  return figures;
};
