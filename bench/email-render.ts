import { execFileSync } from 'node:child_process';
import { bundle } from './bundle';
import { type Figure, ratio } from './figures';

/**
 * E-mail render, HTML + text, of the invitation in a bundle built like the deployed ones (React in
 * production mode), against a bare `@react-email/render` + `toPlainText` of the same HTML in the
 * same process (interleaved rounds). The first render in a fresh process is counted apart.
 */
export const emailRender = async (): Promise<Figure[]> => {
  const { file } = await bundle({ id: 'email-render', entry: 'bench/baselines/email-render-entry.ts' });
  const out = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as {
    firstMs: number;
    realMs: number;
    bareMs: number;
    htmlBytes: number;
  };
  return [
    {
      bench: 'email-render',
      what: `invitation, HTML (${Math.round(out.htmlBytes / 1024)} kB) + text, median of 200`,
      value: `${out.realMs.toFixed(2)} ms`,
      baseline: `bare render + toPlainText ${out.bareMs.toFixed(2)} ms`,
      ratio: ratio(out.realMs, out.bareMs),
      budget: { max: 1.2 },
    },
    {
      bench: 'email-render',
      what: 'first render in a fresh process (cold; for reference)',
      value: `${out.firstMs.toFixed(1)} ms`,
      baseline: `warm ${out.realMs.toFixed(2)} ms`,
      ratio: ratio(out.firstMs, out.realMs),
    },
  ];
};
