import { apiLatency } from './api-latency';
import { bundleSizes } from './bundle-sizes';
import { coldInit } from './cold-init';
import { evaluationBench, evaluationOptions } from './evaluation';
import { dashboardBench } from './evaluation-dashboard';
import { sendThroughput } from './send-throughput';

/**
 * `npm run bench`: every figure of docs/performance.md except the long runs (5,000 recipients,
 * 5,000 Jobcenters). `npm run bench -- evaluation cold-init` runs only the named benches; options
 * such as `--jobcenters 5000 --rounds 8` go to the evaluation bench.
 */
const args = process.argv.slice(2);
const named = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const wanted = (name: string) => named.length === 0 || named.includes(name);

if (wanted('bundle-sizes')) {
  console.log('Lambda bundle sizes');
  console.table(await bundleSizes());
}
if (wanted('cold-init')) {
  console.log('Cold init (module load of the bundle in a fresh Node process, median of 5)');
  console.table(await coldInit());
}
if (wanted('api-latency')) {
  console.log('API latency through the local server against DynamoDB Local');
  console.table(await apiLatency());
}
if (wanted('send-throughput')) {
  console.log('Campaign send throughput against the SES emulator');
  console.table([await sendThroughput(53, 14), await sendThroughput(53, 1000)]);
}
if (wanted('evaluation')) {
  // 1,000 Jobcenters take about 4 minutes; the 5,000 of docs/performance.md take half an hour.
  console.log('Auswertung: measures table and XLSX export at scale against DynamoDB Local');
  console.table((await evaluationBench({ jobcenters: 1000, ...evaluationOptions(args) })).table);
}
if (wanted('dashboard')) {
  console.log(
    'Auswertung: dashboard and trends at scale against DynamoDB Local (5,000 Jobcenters × 3 years)',
  );
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
