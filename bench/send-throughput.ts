import type { JobcenterInput } from '../functions/registry/jobcenter';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { fetchSentEmails, localDynamoClient } from '../local/services';
import { TABLE_NAME } from '../local/system';
import { startBenchSystem } from './bench-system';
import type { Figure } from './figures';
import { staffAuthorization } from './staff-login';

const synthetic = (n: number): JobcenterInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `synth-${String(i).padStart(5, '0')}`,
    name: `Synthetisches Jobcenter ${i}`,
    type: 'zkT',
    landschaftsverband: 'LWL',
    regierungsbezirk: 'AR',
    traeger: [{ kind: 'kommune', name: `Kreis ${i}` }],
    mainContact: { name: 'GF', email: `gf.${i}@example.org` },
    deputyContact: { name: 'Inklusion', email: `inklusion.${i}@example.org` },
  }));

/**
 * Launch throughput: create a campaign to every Jobcenter (the 53, plus synthetic ones), launch it
 * and time until the queue is empty; compare the achieved sends per second with the configured
 * SES rate. Everything real: the launch handler, the in-process queue, the paced sender handler,
 * DynamoDB Local and the SES emulator.
 */
export const sendThroughput = async (
  recipients: number,
  rate: number,
  options: { senders?: number } = {},
) => {
  process.env.SES_SEND_RATE = String(rate);
  // The local system runs one sender; `senders` runs as many as the event source does in AWS.
  if (options.senders) process.env.SENDER_CONCURRENCY = String(options.senders);
  process.env.LOG_LEVEL = 'ERROR';
  const system = await startBenchSystem();
  try {
    if (recipients > 53) {
      const client = localDynamoClient(system.urls.dynamodb);
      await makeDynamoStore({ client, tableName: TABLE_NAME }).seedJobcenters(
        synthetic(recipients - 53),
        new Date().toISOString(),
      );
      client.destroy();
    }
    const headers = { ...(await staffAuthorization(system)), 'content-type': 'application/json' };
    const created = (await (
      await fetch(`${system.urls.app}/api/campaigns`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          kind: 'beitritt',
          title: 'Bench',
          deadline: '2099-12-31',
          senderName: 'MAGS NRW',
          senderEmail: 'inklusion@mags.example.org',
          replyTo: 'inklusion@mags.example.org',
          letter: { subject: 'Bench', body: 'Text' },
          recipients: { mode: 'alle-offenen' },
        }),
      })
    ).json()) as { id: string };
    const started = performance.now();
    const launch = await fetch(`${system.urls.app}/api/campaigns/${created.id}/launch`, {
      method: 'POST',
      headers,
    });
    const launchMs = performance.now() - started;
    if (launch.status !== 202) throw new Error(`launch ${launch.status}`);
    // Locally the sender runs in the same process and starts during the launch request.
    const duringLaunch = (await fetchSentEmails(system.urls.mailViewer)).length;
    await system.queueIdle();
    // The send window: from the accepted launch (the queue is filled) until the queue is empty.
    const seconds = (performance.now() - started - launchMs) / 1000;
    const sent = (await fetchSentEmails(system.urls.mailViewer)).length;
    if (sent !== recipients) throw new Error(`${sent} of ${recipients} sent`);
    const achieved = sent / seconds;
    const bench = options.senders ? 'send-deployed' : recipients >= 1000 ? 'send-1000' : 'send-throughput';
    const senders = Number(process.env.SENDER_CONCURRENCY);
    const rateFigure: Figure = {
      bench,
      what: `launch to ${recipients} Jobcenters, ${senders === 1 ? `one sender at ${rate}/s` : `${senders} senders at ${rate / senders}/s each`}: ${sent} sent in ${seconds.toFixed(1)} s after a ${Math.round(launchMs)} ms launch request (${duringLaunch} sent during it)`,
      value: `${achieved.toFixed(1)}/s`,
      baseline: `configured ${rate}/s`,
      ratio: Math.round((achieved / rate) * 100) / 100,
      // The budget holds for the local system; the deployed configuration is shown for reference.
      ...(options.senders ? {} : { budget: { min: recipients >= 1000 ? 0.95 : 0.9 } }),
    };
    // For reference: what staff wait for, from the launch click to the last mail sent.
    const clickToLast = performance.now() - started;
    const ideal = ((recipients - 1) / rate) * 1000;
    const clickFigure: Figure = {
      bench,
      what: `launch click to last mail sent (the launch request included; ideal: ${recipients - 1} intervals at ${rate}/s)`,
      value: `${(clickToLast / 1000).toFixed(1)} s`,
      baseline: `ideal ${(ideal / 1000).toFixed(1)} s`,
      ratio: Math.round((clickToLast / ideal) * 100) / 100,
    };
    return [rateFigure, clickFigure];
  } finally {
    await system.stop();
  }
};
