import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/auth/principal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeLaunchCampaign } from '../../functions/campaigns/use-cases/launch-campaign';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { SesEvent } from '../../functions/delivery/ses-event';
import { makeRecordSesEvent } from '../../functions/delivery/use-cases/record-ses-event';
import { makeSeedRegistry } from '../../functions/registry/use-cases/seed-registry';
import { AWS_LIMITS } from '../../functions/shared/aws-limits';
import { systemClock } from '../../functions/shared/clock';
import type { SendJob, Store } from '../../functions/shared/ports';
import { makeDynamoStore } from '../../functions/store/dynamo-store';
import { keys } from '../../functions/store/table-design';
import { sesSample } from '../../local/ses-samples';
import { campaignInput, freshTable } from './helpers';

const admin: Principal = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin'] };

/**
 * A DynamoDB client whose next write of `command` commits and then loses its answer (the caller
 * sees an error, as after a timeout or a crash right after the write).
 */
const loseNextAnswer = (client: DynamoDBClient) => {
  let armed: string | undefined;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (armed && context.commandName === armed) {
        armed = undefined;
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      }
      return out;
    },
    { step: 'initialize', name: 'loseNextAnswer' },
  );
  return (command: string) => {
    armed = command;
  };
};

describe('atomic state changes on DynamoDB Local', () => {
  let store: Store;
  let client: DynamoDBClient;
  let tableName: string;
  let arm: (command: string) => void;

  beforeAll(async () => {
    ({ client, tableName } = await freshTable());
    arm = loseNextAnswer(client);
    store = makeDynamoStore({ client, tableName });
    await makeSeedRegistry({ store, clock: systemClock })();
  });

  it('launch: the status change and its audit event are written together, or neither', async () => {
    const campaign = await makeCreateCampaign({ store, clock: systemClock })(
      {
        ...campaignInput(`launch ${randomUUID()}`),
        recipients: { mode: 'auswahl', jobcenterIds: ['hagen'] },
      },
      admin,
    );
    const jobs: SendJob[] = [];
    const launch = makeLaunchCampaign({
      store,
      queue: { enqueue: async (j) => void jobs.push(...j) },
      clock: systemClock,
    });

    // A concurrent edit moved the version: the launch is refused and writes no audit event.
    await store.putCampaign({ ...campaign, title: 'geändert', version: 2 }, 1);
    const stale = { ...store, getCampaign: async () => campaign };
    const staleLaunch = makeLaunchCampaign({
      store: stale,
      queue: { enqueue: async () => {} },
      clock: systemClock,
    });
    await expect(staleLaunch(campaign.id, admin)).rejects.toMatchObject({ statusCode: 409 });
    expect(await store.listAudit(`CAMPAIGN#${campaign.id}`, 10)).toEqual([]);

    // The real launch: status and audit both there; a repeated launch creates no second invitation.
    await launch(campaign.id, admin);
    expect((await store.getCampaign(campaign.id))?.status).toBe('launched');
    expect((await store.listAudit(`CAMPAIGN#${campaign.id}`, 10)).map((a) => a.action)).toEqual([
      'campaign.launched',
    ]);
    expect(await launch(campaign.id, admin)).toMatchObject({ created: 0, recipients: 1 });
    expect(await store.listInvitations(campaign.id)).toHaveLength(1);
  });

  it('SES event: a hard bounce whose answer was lost is flagged on the retry', async () => {
    const campaign = await makeCreateCampaign({ store, clock: systemClock })(
      { ...campaignInput(`bounce ${randomUUID()}`), recipients: { mode: 'auswahl', jobcenterIds: ['hamm'] } },
      admin,
    );
    const jobs: SendJob[] = [];
    await makeLaunchCampaign({
      store,
      queue: { enqueue: async (j) => void jobs.push(...j) },
      clock: systemClock,
    })(campaign.id, admin);
    const mailer = {
      send: async () => ({ messageId: `m-${randomUUID()}` }),
      health: async () => ({ ok: true }),
    };
    const send = makeSendInvitation({
      store,
      mailer: mailer as never,
      templates: { renderInvitation: async () => ({ subject: 's', html: 'h', text: 't' }) },
      clock: systemClock,
      appBaseUrl: 'http://x',
    });
    for (const job of jobs) await send(job);
    const main = (await store.getJobcenter('hamm'))?.mainContact.email ?? '';
    const event = SesEvent.parse(
      sesSample('bounce', {
        messageId: 'lost-1',
        address: main,
        tags: { campaign: campaign.id, jobcenter: 'hamm' },
      }),
    );
    const record = makeRecordSesEvent({ store, clock: systemClock });

    // The marker and the flags commit, the answer is lost: SNS retries the same message.
    arm('TransactWriteItemsCommand');
    await expect(record(event, 'sns-lost-1')).rejects.toThrow('socket hang up');
    expect((await record(event, 'sns-lost-1')).recorded).toBe(false);

    expect(await store.getAddressState(main.toLowerCase())).toMatchObject({ undeliverable: true });
    expect((await store.getInvitation(campaign.id, 'hamm'))?.delivery).toBe('bounced');
  });

  it('versions: the next version number counts every page, not only the first 1 MB', async () => {
    const [campaignId, jobcenterId] = [`c-${randomUUID()}`, 'bonn'];
    // Six versions of ~300 KB each: a Query page (1 MB) holds three of them.
    const big = 'x'.repeat(300 * 1024);
    const doc = (await import('@aws-sdk/lib-dynamodb')).DynamoDBDocumentClient.from(client);
    for (let version = 1; version <= 6; version++)
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.submission(campaignId, jobcenterId, version),
            entity: 'SUBMISSION',
            campaignId,
            jobcenterId,
            fragebogen: 'beitritt-1',
            version,
            answers: { text: big },
            submittedAt: new Date().toISOString(),
            receiptNumber: `R-${version}`,
            contentHash: `h${version}`,
          },
        }),
      );
    expect(6 * big.length).toBeGreaterThan(AWS_LIMITS.dynamodb.pageBytes);
    const versions = (await store.listSubmissions(campaignId, jobcenterId)).map((s) => s.version);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
