import { apiLatency } from './api-latency';
import { campaignViewBench } from './campaign-view';
import type { Figure } from './figures';
import { firstLoad } from './first-load';
import { sendThroughput } from './send-throughput';

/**
 * One bench that starts a local system, in a process of its own: handlers parse their config once
 * per process (as in Lambda), so two local systems must not share one. Prints its figures as JSON
 * on the last line (bench/run-all.ts reads them).
 */
export const SYSTEM_BENCHES: Record<string, () => Promise<Figure[]>> = {
  'api-latency': () => apiLatency(),
  'send-throughput': () => sendThroughput(53, 14),
  'send-1000': () => sendThroughput(1000, 14),
  'send-deployed': () => sendThroughput(53, 14, { senders: 2 }),
  'first-load': firstLoad,
  'campaign-view': () => campaignViewBench(),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const bench = SYSTEM_BENCHES[process.argv[2] ?? ''];
  if (!bench) throw new Error(`unknown bench ${process.argv[2]}`);
  const figures = await bench();
  process.stdout.write(`\n${JSON.stringify(figures)}\n`);
  process.exit(0);
}
