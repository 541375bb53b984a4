import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/auth/principal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { makeRunRetention } from '../../functions/privacy/use-cases/run-retention';
import { fixedClock } from '../../functions/shared/clock';
import type { Store } from '../../functions/shared/ports';
import { keys } from '../../functions/store/table-design';
import { campaignInput, freshTable } from './helpers';

/**
 * The retention job on DynamoDB Local: a table seeded with old and new items of every data class
 * it handles. The first run deletes or anonymises exactly what is due; a second run changes
 * nothing; records of the ministry (submissions) are never touched.
 */
const NOW = '2027-06-01T00:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();
const admin: Principal = { sub: 'staff-1', email: 'referat@mags.example.org', roles: ['admin'] };

describe('retention job', () => {
  let store: Store;
  let doc: DynamoDBDocumentClient;
  let tableName: string;
  const clock = fixedClock(NOW);
  const ids: Record<'old' | 'recent' | 'open', string> = { old: '', recent: '', open: '' };

  const put = (item: Record<string, unknown>) =>
    doc.send(new PutCommand({ TableName: tableName, Item: item }));
  const get = async (key: { pk: string; sk: string }) =>
    (await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  const dump = async () =>
    ((await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }))).Items ?? []).sort(
      (a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`),
    );

  const audit = (subject: string, at: string, id: string, rest: Record<string, unknown>) => ({
    ...keys.audit(subject, at, id),
    entity: 'AUDIT',
    id,
    at,
    subject,
    ...rest,
  });

  beforeAll(async () => {
    let client: Parameters<typeof DynamoDBDocumentClient.from>[0];
    ({ store, client, tableName } = await freshTable());
    doc = DynamoDBDocumentClient.from(client);
    const create = makeCreateCampaign({ store, clock });
    for (const [name, closedDaysAgo] of [
      ['old', 400],
      ['recent', 30],
      ['open', undefined],
    ] as const) {
      const c = await create(
        { ...campaignInput(`Retention ${name}`), title: `Retention ${name}`, deadline: '2027-12-31' },
        admin,
      );
      ids[name] = c.id;
      if (closedDaysAgo !== undefined)
        await store.putCampaign({ ...c, status: 'closed', closedAt: daysAgo(closedDaysAgo) }, c.version);
    }

    for (const name of ['old', 'recent', 'open'] as const) {
      const campaignId = ids[name];
      await put({
        ...keys.draft(campaignId, 'jc-1'),
        entity: 'DRAFT',
        campaignId,
        jobcenterId: 'jc-1',
        version: 3,
      });
      await put({
        ...keys.invitation(campaignId, 'jc-1'),
        entity: 'INVITATION',
        campaignId,
        jobcenterId: 'jc-1',
        recipients: ['leitung@jc-1.example.org', 'vertretung@jc-1.example.org'],
      });
      await put({
        ...keys.reminder(campaignId, 'jc-1', 'T-7'),
        entity: 'REMINDER',
        campaignId,
        jobcenterId: 'jc-1',
        rule: 'T-7',
        recipients: ['leitung@jc-1.example.org'],
      });
      await put(
        audit('JOBCENTER#jc-1', daysAgo(420), `handover-${name}`, {
          actor: { sub: 'link:abcdef123456' },
          action: 'form.handed-over',
          detail: { campaignId, fromName: 'Anna Alt', toName: 'Bernd Neu' },
        }),
      );
      await put({
        ...keys.submission(campaignId, 'jc-1', 1),
        entity: 'SUBMISSION',
        campaignId,
        answers: { geschaeftsfuehrung: { name: 'Dr. Maria Beispiel' } },
      });
    }
    await put({
      ...keys.emailEvent('m-old', 'e1'),
      entity: 'EMAIL_EVENT',
      at: daysAgo(200),
      addresses: ['a@x.de'],
    });
    await put({
      ...keys.emailEvent('m-new', 'e1'),
      entity: 'EMAIL_EVENT',
      at: daysAgo(10),
      addresses: ['b@x.de'],
    });
    await put({
      ...keys.address('old@x.de'),
      entity: 'ADDRESS',
      address: 'old@x.de',
      lastEventAt: daysAgo(800),
    });
    await put({
      ...keys.address('new@x.de'),
      entity: 'ADDRESS',
      address: 'new@x.de',
      lastEventAt: daysAgo(100),
    });
    // Outbox mails (rendered text with addresses and links), in a campaign's partition and in the
    // partitions of consent-link and records-link mails: only sent ones older than 30 days go.
    const outbox = (campaignId: string, id: string, status: string, at: string) => ({
      ...keys.outbox(campaignId, id),
      entity: 'OUTBOX',
      id,
      campaignId,
      status,
      createdAt: at,
      to: ['leitung@jc-1.example.org'],
      ...(status === 'sent' ? { sentAt: at, messageId: `m-${id}` } : {}),
    });
    for (const item of [
      outbox(ids.open, 'reminder#jc-1#T-7', 'sent', daysAgo(40)),
      outbox('einwilligung', 'consent#jc-1#old', 'sent', daysAgo(31)),
      outbox('unterlagen', 'records#jc-1#new', 'sent', daysAgo(10)),
      outbox('einwilligung', 'consent#jc-1#pending', 'pending', daysAgo(100)),
      outbox(ids.old, 'receipt#0001', 'failed', daysAgo(100)),
    ])
      await put(item);
    await put(
      audit('REGISTRY', daysAgo(1200), 'import-old', {
        actor: { sub: 'staff-9', email: 'alt@mags.example.org' },
        action: 'registry.imported',
        detail: { created: 53 },
      }),
    );
    await put(
      audit('REGISTRY', daysAgo(20), 'import-new', {
        actor: { sub: 'staff-9', email: 'alt@mags.example.org' },
        action: 'registry.imported',
        detail: { created: 1 },
      }),
    );
  });

  it('deletes and anonymises exactly what is due, and reports the counts', async () => {
    const run = await makeRunRetention({ store, clock })();
    expect(run.counts).toEqual({
      'drafts.deleted': 1,
      'delivery-events.deleted': 1,
      'address-states.deleted': 1,
      'handover-details.anonymised': 1,
      'audit-actors.anonymised': 1,
      'replaced-contacts.anonymised': 2,
      'sent-mails.deleted': 2,
    });

    // Sent mails older than 30 days are gone (consent-link partition included); unsent, failed
    // and recent ones stay.
    expect(await get(keys.outbox(ids.open, 'reminder#jc-1#T-7'))).toBeUndefined();
    expect(await get(keys.outbox('einwilligung', 'consent#jc-1#old'))).toBeUndefined();
    expect(await get(keys.outbox('unterlagen', 'records#jc-1#new'))).toBeDefined();
    expect(await get(keys.outbox('einwilligung', 'consent#jc-1#pending'))).toBeDefined();
    expect(await get(keys.outbox(ids.old, 'receipt#0001'))).toBeDefined();

    // Drafts: only the one of the campaign closed 400 days ago (> 90) is gone.
    expect(await get(keys.draft(ids.old, 'jc-1'))).toBeUndefined();
    expect(await get(keys.draft(ids.recent, 'jc-1'))).toBeDefined();
    expect(await get(keys.draft(ids.open, 'jc-1'))).toBeDefined();
    expect(await get(keys.emailEvent('m-old', 'e1'))).toBeUndefined();
    expect(await get(keys.emailEvent('m-new', 'e1'))).toBeDefined();
    expect(await get(keys.address('old@x.de'))).toBeUndefined();
    expect(await get(keys.address('new@x.de'))).toBeDefined();

    // Recipients of a campaign closed more than a year ago are replaced, others stay.
    expect((await get(keys.invitation(ids.old, 'jc-1')))?.recipients).toEqual(['entfernt', 'entfernt']);
    expect((await get(keys.reminder(ids.old, 'jc-1', 'T-7')))?.recipients).toEqual(['entfernt']);
    expect((await get(keys.invitation(ids.recent, 'jc-1')))?.recipients).toEqual([
      'leitung@jc-1.example.org',
      'vertretung@jc-1.example.org',
    ]);

    // Hand-over names go one year after the campaign closed; the event itself stays.
    const handoverOld = await get(keys.audit('JOBCENTER#jc-1', daysAgo(420), 'handover-old'));
    expect(handoverOld?.detail).toEqual({ campaignId: ids.old, fromName: 'entfernt', toName: 'entfernt' });
    expect(handoverOld?.actor).toEqual({ sub: 'link:abcdef123456' });
    const handoverRecent = await get(keys.audit('JOBCENTER#jc-1', daysAgo(420), 'handover-recent'));
    expect(handoverRecent?.detail).toMatchObject({ fromName: 'Anna Alt', toName: 'Bernd Neu' });

    // Actors older than three years keep only their role.
    expect((await get(keys.audit('REGISTRY', daysAgo(1200), 'import-old')))?.actor).toEqual({ sub: 'mags' });
    expect((await get(keys.audit('REGISTRY', daysAgo(20), 'import-new')))?.actor).toEqual({
      sub: 'staff-9',
      email: 'alt@mags.example.org',
    });

    // Records of the ministry are never touched.
    expect((await get(keys.submission(ids.old, 'jc-1', 1)))?.answers).toEqual({
      geschaeftsfuehrung: { name: 'Dr. Maria Beispiel' },
    });

    // The run is audited with counts only, and recorded as a scheduler run.
    const [event] = await store.listAudit('RETENTION', 5);
    expect(event).toMatchObject({
      action: 'retention.applied',
      actor: { sub: 'system' },
      detail: { counts: run.counts },
    });
    expect(JSON.stringify(event)).not.toContain('@');
    expect(await store.lastSchedulerRun('retention')).toBe(NOW);
  });

  it('a second run finds nothing left to do and changes nothing', async () => {
    const before = (await dump()).filter((i) => i.pk !== 'SCHEDULER#retention');
    const run = await makeRunRetention({ store, clock })();
    expect(run.counts).toEqual({});
    expect(run.examined).toBeGreaterThan(10);
    expect((await dump()).filter((i) => i.pk !== 'SCHEDULER#retention')).toEqual(before);
  });
});
