import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { makeMailTemplates } from '../../emails/index';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import type { Session } from '../../functions/forms/records';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import type { Clock, SendJob } from '../../functions/shared/ports';
import { makeDynamoStore } from '../../functions/store/dynamo-store';
import { ensureTable, fetchSentEmails, localDynamoClient } from '../../local/services';

/** A fresh table per test file, so files run in parallel without seeing each other's data. */
export const freshTable = async () => {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `test-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, tableName);
  const client = localDynamoClient(endpoint);
  return { endpoint, tableName, client, store: makeDynamoStore({ client, tableName }) };
};

/** Sets the handler configuration (what CDK sets in AWS) before any handler module is imported. */
export const configureHandlers = (
  tableName: string,
  appBaseUrl = 'http://127.0.0.1:9',
  dynamodbEndpoint = inject('dynamodbEndpoint'),
) => {
  Object.assign(process.env, {
    STAGE: 'local',
    AWS_REGION: 'eu-central-1',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamodbEndpoint,
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: 'inklusion@mags.example.org',
    APP_BASE_URL: appBaseUrl,
    LOG_LEVEL: 'ERROR',
    LINK_KEY: randomBytes(32).toString('base64url'),
  });
};

export { campaignInput, validAnswers } from '../fixtures';

/** The real SES mailer on the SES emulator, with the sending address the handlers get. */
export const emulatorMailer = () => {
  const config = {
    AWS_REGION: 'eu-central-1',
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: 'inklusion@mags.example.org',
  };
  return makeSesMailer({ client: makeSesClient(config), config });
};

/** A fresh table with the 53 Jobcenters. */
export const seededTable = async (clock: Clock) => {
  const table = await freshTable();
  await makeSeedRegistry({ store: table.store, clock })();
  return table;
};

/** The mails in the SES emulator with this subject. */
export const mailsWithSubject = async (subject: string) =>
  (await fetchSentEmails(inject('sesEndpoint'))).filter((m) => m.subject === subject);

/** A queue that only collects jobs; the test decides when the sender runs, as SQS would. */
export const collectingQueue = () => {
  const jobs: SendJob[] = [];
  return { jobs, enqueue: async (batch: readonly SendJob[]) => void jobs.push(...batch) };
};

/**
 * Sends `jobs` in order with invitation templates whose `crashAt`-th render throws, as a process
 * dying while it prepares that e-mail: the mails before it are sent, its claim stays `sending`.
 */
export const sendUntilCrash = async (
  deps: Omit<Parameters<typeof makeSendInvitation>[0], 'templates'>,
  jobs: readonly SendJob[],
  crashAt: number,
) => {
  const templates = makeMailTemplates({ appBaseUrl: 'http://127.0.0.1:3000' });
  let renders = 0;
  const crashing = {
    renderInvitation: async (
      props: Parameters<ReturnType<typeof makeMailTemplates>['renderInvitation']>[0],
    ) => {
      if (++renders === crashAt) throw new Error('simulated crash');
      return templates.renderInvitation(props);
    },
  };
  const send = makeSendInvitation({ ...deps, templates: crashing });
  for (const job of jobs) {
    try {
      await send(job);
    } catch {
      return;
    }
  }
};

/** A form session of an hour for a use case called directly (no link exchange): the test's own hash. */
export const directSession = (campaignId: string, jobcenterId: string, clock: Clock): Session => ({
  hash: randomUUID(),
  campaignId,
  jobcenterId,
  linkHash: 'f'.repeat(64),
  createdAt: clock.now().toISOString(),
  expiresAt: new Date(clock.now().getTime() + 3600_000).toISOString(),
});
