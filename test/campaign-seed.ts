import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CampaignInput } from '../functions/campaigns/campaign';
import { countStatuses } from '../functions/campaigns/campaign-summary';
import type { Invitation, Progress } from '../functions/campaigns/invitation';
import { mapLimit } from '../functions/shared/map-limit';
import type { Store } from '../functions/shared/ports';
import { invitationItem } from '../functions/store/invitation-writes';

const AT = '2027-03-01T09:00:00.000Z';
const PROGRESS: readonly Progress[] = ['none', 'opened', 'draft', 'submitted', 'none'];

/**
 * Invitation `i` of a seeded campaign: every other one bounced, the rest sent with a progress in
 * turn; LVR and LWL alternating in pairs. Same pattern at every size, so views compare.
 */
export const seededInvitation = (campaignId: string, i: number): Invitation => {
  const n = String(i).padStart(5, '0');
  const bounced = i % 2 === 0;
  return {
    campaignId,
    jobcenterId: `jc-${n}`,
    jobcenterName: `Jobcenter ${n}`,
    landschaftsverband: Math.floor(i / 2) % 2 === 0 ? 'LVR' : 'LWL',
    delivery: bounced ? 'bounced' : 'sent',
    progress: bounced ? 'none' : (PROGRESS[Math.floor(i / 2) % PROGRESS.length] ?? 'none'),
    sendKey: 'invitation#1',
    sendCount: 1,
    queuedAt: AT,
    sentAt: AT,
    messageId: `m-${n}`,
    recipients: [`geschaeftsfuehrung.${n}@example.org`],
    activeLinks: [`h-${n}`],
    ...(bounced ? { bouncedAt: AT } : {}),
    version: 1,
  };
};

/**
 * A running campaign with `size` invitations written straight into the table (batch writes of 25)
 * and its summary from a recount: the campaign page's budgets at 50 and 5,000 recipients.
 */
export const seedCampaign = async (
  { store, doc, tableName }: { store: Store; doc: DynamoDBDocumentClient; tableName: string },
  size: number,
) => {
  const id = randomUUID();
  const input = CampaignInput.parse({
    kind: 'beitritt',
    title: `Budget ${size}`,
    deadline: '2027-03-31',
    senderName: 'MAGS NRW',
    replyTo: 'inklusion@mags.example.org',
    letter: {
      subject: `Budget ${size} ${id}`,
      body: 'Sehr geehrte Damen und Herren,\n\nbitte antworten Sie.',
    },
    recipients: { mode: 'alle-offenen' },
  });
  await store.putCampaign({
    ...input,
    id,
    status: 'launched',
    createdAt: AT,
    createdBy: 'seed',
    launchedAt: AT,
    version: 1,
  });
  const invitations = Array.from({ length: size }, (_, i) => seededInvitation(id, i));
  const batches = Array.from({ length: Math.ceil(size / 25) }, (_, b) =>
    invitations.slice(b * 25, b * 25 + 25),
  );
  await mapLimit(batches, 4, async (batch) => {
    let requests = batch.map((i) => ({ PutRequest: { Item: invitationItem(i) } }));
    while (requests.length) {
      const { UnprocessedItems } = await doc.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  });
  await store.putRecountedSummary({ campaignId: id, counts: countStatuses(invitations), changes: 0 }, 0);
  return { id, invitations };
};
