import { execFileSync } from 'node:child_process';
import { bundle, ENTRIES } from './bundle';

const RUNS = 5;

/**
 * Module init time of each bundle in a fresh Node process (what a Lambda cold start adds on top
 * of the runtime's own start): import the bundle, which builds config, SDK clients and adapters.
 * Median of RUNS. No network is touched at import.
 */
export const coldInit = async () => {
  const env = {
    ...process.env,
    STAGE: 'local',
    TABLE_NAME: 'bench',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    SES_ENDPOINT: 'http://127.0.0.1:9',
    MAIL_FROM: 'bench@mags.example.org',
    APP_BASE_URL: 'http://127.0.0.1:9',
  };
  const rows = [];
  for (const entry of ENTRIES) {
    const file = await bundle(entry);
    const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
    const times = Array.from({ length: RUNS }, () =>
      Number(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          env,
          encoding: 'utf8',
        }).trim(),
      ),
    ).sort((a, b) => a - b);
    rows.push({ function: entry.id, initMsMedian: Math.round(times[Math.floor(RUNS / 2)] ?? 0) });
  }
  return rows;
};

if (import.meta.url === `file://${process.argv[1]}`) console.table(await coldInit());
