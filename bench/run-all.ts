import { apiLatency } from './api-latency';
import { bundleSizes } from './bundle-sizes';
import { coldInit } from './cold-init';
import { sendThroughput } from './send-throughput';

/** `npm run bench`: every figure of docs/performance.md except the long 5,000-recipient run. */
console.log('Lambda bundle sizes');
console.table(await bundleSizes());
console.log('Cold init (module load of the bundle in a fresh Node process, median of 5)');
console.table(await coldInit());
console.log('API latency through the local server against DynamoDB Local');
console.table(await apiLatency());
console.log('Campaign send throughput against the SES emulator');
console.table([await sendThroughput(53, 14), await sendThroughput(53, 1000)]);
