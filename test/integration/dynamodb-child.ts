// Child process for test/integration/local-lifecycle.test.ts: starts DynamoDB Local with a pid
// file, prints "ready", then idles (the test kills it) or throws (mode "throw").
import { startDynamoDbLocal } from '../../local/services';

const [port, pidFile, mode] = process.argv.slice(2);
await startDynamoDbLocal({ port: Number(port), pidFile: pidFile ?? '' });
process.stdout.write('ready\n');
if (mode === 'throw')
  setTimeout(() => {
    throw new Error('simulated crash');
  }, 10);
else setInterval(() => {}, 60_000);
