import { GetCommand, paginateQuery, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { displayStatus } from '../campaigns/invitation';
import { isPendingSend } from '../campaigns/pending-send';
import { ReminderRecord, reminderFact } from '../reminders/reminder-record';
import type { CampaignViewBackfill } from '../shared/ports';
import { toInvitation } from './campaign-store';
import { isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keepsFact, REMINDER_FACT_PREFIX } from './reminder-facts';
import { keys } from './table-design';

/**
 * The campaign page's attributes for invitations written before the page had them: the
 * `byCampaignStatus` entry (status partition, name sort), the Landschaftsverband (from the
 * Jobcenter's profile), a pending send's entry in its campaign's partition (it was in one shared
 * partition before) and the facts of the reminders (reminder-facts.ts). A migration step
 * (`npm run migrate:campaign-view`), never a request path: it reads the whole campaign.
 *
 * Idempotent and safe beside running code: it writes only what is missing or stale, each update
 * conditional on what it read (the invitation still in that state, the fact still as read), so a
 * transition or reminder written meanwhile is never overwritten and a rerun writes nothing.
 */
export const makeCampaignViewBackfill = ({ doc, tableName }: TableContext) => {
  const queryAll = async (campaignId: string, prefix: string) => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.campaign(campaignId).pk, ':prefix': prefix },
        ConsistentRead: true,
      },
    ))
      items.push(...(page.Items ?? []));
    return items;
  };
  /** A conditional update; false if the item moved meanwhile (then it is left as the application wrote it). */
  const update = async (input: Omit<UpdateCommandInput, 'TableName'>) => {
    try {
      await doc.send(new UpdateCommand({ TableName: tableName, ...input }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  };
  const lvOf = new Map<string, Promise<unknown>>();
  const landschaftsverband = (jobcenterId: string) => {
    let lv = lvOf.get(jobcenterId);
    if (!lv) {
      lv = doc
        .send(new GetCommand({ TableName: tableName, Key: keys.jobcenter(jobcenterId) }))
        .then(({ Item }) => Item?.landschaftsverband);
      lvOf.set(jobcenterId, lv);
    }
    return lv;
  };

  /** The index and filter attributes one invitation item lacks (empty when it has them). */
  const missingAttributes = async (item: Record<string, unknown>) => {
    const invitation = toInvitation(item);
    const wanted: Record<string, unknown> = {
      ...keys.invitationByStatus(invitation.campaignId, displayStatus(invitation)),
      ...keys.invitationNameSort(invitation.jobcenterName, invitation.jobcenterId),
      // Pending sends move from the shared partition of before into their campaign's own.
      ...(isPendingSend(invitation) ? keys.pendingSend(invitation.campaignId, invitation.queuedAt) : {}),
    };
    if (!invitation.landschaftsverband) {
      const lv = await landschaftsverband(invitation.jobcenterId);
      if (lv) wanted.landschaftsverband = lv;
    }
    return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => item[k] !== v));
  };

  const index = async (item: Record<string, unknown>) => {
    const set = await missingAttributes(item);
    if (Object.keys(set).length === 0) return false;
    const names = Object.fromEntries(Object.keys(set).map((k, i) => [`#a${i}`, k]));
    return update({
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: `SET ${Object.keys(set)
        .map((_, i) => `#a${i} = :a${i}`)
        .join(', ')}`,
      // Still in the status, under the name and queued when read: else a transition moved it meanwhile.
      ConditionExpression: '#d = :d AND #p = :p AND #n = :n AND #q = :q',
      ExpressionAttributeNames: {
        ...names,
        '#d': 'delivery',
        '#p': 'progress',
        '#n': 'jobcenterName',
        '#q': 'queuedAt',
      },
      ExpressionAttributeValues: {
        ...Object.fromEntries(Object.values(set).map((v, i) => [`:a${i}`, v])),
        ':d': item.delivery,
        ':p': item.progress,
        ':n': item.jobcenterName,
        ':q': item.queuedAt,
      },
    });
  };

  const addFact = async (record: ReminderRecord, invitation: Record<string, unknown>) => {
    const name = `${REMINDER_FACT_PREFIX}${record.rule}`;
    const fact = reminderFact(record);
    const stored = invitation[name] as Record<string, unknown> | undefined;
    if (stored && stored.status === fact.status && stored.at === fact.at) return false;
    return update({
      Key: keys.invitation(record.campaignId, record.jobcenterId),
      UpdateExpression: 'SET #f = :f',
      // Still as read: a reminder written meanwhile came with its own fact.
      ConditionExpression: stored
        ? 'attribute_exists(pk) AND #f.#s = :s AND #f.#at = :at'
        : 'attribute_exists(pk) AND attribute_not_exists(#f)',
      ExpressionAttributeNames: { '#f': name, ...(stored ? { '#s': 'status', '#at': 'at' } : {}) },
      ExpressionAttributeValues: {
        ':f': fact,
        ...(stored ? { ':s': stored.status, ':at': stored.at } : {}),
      },
    });
  };

  return async (campaignId: string): Promise<CampaignViewBackfill> => {
    const [invitations, reminders] = await Promise.all([
      queryAll(campaignId, keys.invitationPrefix),
      queryAll(campaignId, keys.reminderPrefix),
    ]);
    const result: CampaignViewBackfill = { invitations: invitations.length, indexed: 0, facts: 0 };
    const byJobcenter = new Map(invitations.map((i) => [String(i.jobcenterId), i]));
    for (const item of invitations) if (await index(item)) result.indexed++;
    for (const r of reminders.map((i) => ReminderRecord.parse(withoutKeys(i)))) {
      const invitation = byJobcenter.get(r.jobcenterId);
      if (invitation && keepsFact(r) && (await addFact(r, invitation))) result.facts++;
    }
    return result;
  };
};
