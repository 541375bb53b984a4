import {
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { Campaign } from '../campaigns/campaign';
import { Invitation } from '../campaigns/invitation';
import { AWS_LIMITS } from '../shared/aws-limits';
import { ConflictError } from '../shared/errors';
import { mapLimit } from '../shared/map-limit';
import type { CampaignStore, InvitationCondition } from '../shared/ports';
import { auditItem } from './audit-item';
import {
  isConditionFailure,
  queryListByKind,
  type TableContext,
  updateExpression,
  withoutKeys,
} from './dynamo-shared';
import { StoredCampaign } from './legacy-names';
import { KIND, keys, TABLE } from './table-design';

export const toCampaign = (item: Record<string, unknown>) => StoredCampaign.parse(withoutKeys(item));
export const toInvitation = (item: Record<string, unknown>) => Invitation.parse(withoutKeys(item));

/** Condition expression for InvitationCondition; names/values are merged into the update's. */
export const invitationCondition = (when: InvitationCondition) => {
  const names: Record<string, string> = { '#pk': 'pk' };
  const values: Record<string, unknown> = {};
  const parts = ['attribute_exists(#pk)'];
  const inList = (attribute: string, prefix: string, list: readonly string[]) => {
    names[`#${prefix}`] = attribute;
    return `#${prefix} IN (${list
      .map((v, i) => {
        values[`:${prefix}${i}`] = v;
        return `:${prefix}${i}`;
      })
      .join(', ')})`;
  };
  if (when.deliveryIn?.length) {
    let part = inList('delivery', 'dl', when.deliveryIn);
    if (when.orLeaseExpiredBefore) {
      names['#lease'] = 'leaseUntil';
      values[':sending'] = 'sending';
      values[':now'] = when.orLeaseExpiredBefore;
      part = `(${part} OR (#dl = :sending AND #lease < :now))`;
    }
    parts.push(part);
  }
  if (when.progressIn?.length) parts.push(inList('progress', 'pg', when.progressIn));
  if (when.sendKey) {
    names['#sendKey'] = 'sendKey';
    values[':sendKey'] = when.sendKey;
    parts.push('#sendKey = :sendKey');
  }
  return { condition: parts.join(' AND '), names, values };
};

const isPending = (delivery: Invitation['delivery']) => delivery === 'queued' || delivery === 'sending';
const { partitionKey: LIST_KIND, sortKey: LIST_SORT } = TABLE.indexes.listByKind;

/**
 * Keeps the sparse `PENDING_SEND` index entry in step with `delivery`: set (sorted by `queuedAt`)
 * when a transition moves the invitation to queued or sending, removed when it leaves them.
 */
const pendingSendIndex = (set: Partial<Invitation>) => {
  if (set.delivery === undefined) return { sets: [], remove: [], names: {}, values: {} };
  if (!isPending(set.delivery)) return { sets: [], remove: [LIST_KIND, LIST_SORT], names: {}, values: {} };
  const names: Record<string, string> = { '#pendingKind': LIST_KIND, '#pendingSort': LIST_SORT };
  const values: Record<string, unknown> = { ':pendingKind': KIND.pendingSend };
  let sort = '#pendingQueuedAt';
  if (set.queuedAt) {
    values[':pendingQueuedAt'] = set.queuedAt;
    sort = ':pendingQueuedAt';
  } else names['#pendingQueuedAt'] = 'queuedAt';
  return { sets: ['#pendingKind = :pendingKind', `#pendingSort = ${sort}`], remove: [], names, values };
};

/** The update part of an invitation transition, including the version bump. */
export const invitationUpdate = (
  when: InvitationCondition,
  set: Partial<Invitation>,
  remove: readonly string[] = [],
) => {
  const { version: _ignored, ...fields } = set;
  const pending = pendingSendIndex(set);
  const update = updateExpression(
    fields,
    [...remove, ...pending.remove],
    ['#version = #version + :one', ...pending.sets],
  );
  const cond = invitationCondition(when);
  return {
    UpdateExpression: update.expression,
    ConditionExpression: cond.condition,
    ExpressionAttributeNames: { ...update.names, ...cond.names, ...pending.names, '#version': 'version' },
    ExpressionAttributeValues: { ...update.values, ...cond.values, ...pending.values, ':one': 1 },
  };
};

const invitationItem = (invitation: Invitation) => ({
  ...keys.invitation(invitation.campaignId, invitation.jobcenterId),
  ...keys.invitationOfJobcenter(invitation.jobcenterId, invitation.campaignId),
  ...(isPending(invitation.delivery) ? keys.pendingSend(invitation.queuedAt) : {}),
  entity: 'INVITATION',
  ...Invitation.parse(invitation),
});

export const makeCampaignStore = ({ doc, tableName }: TableContext): CampaignStore => {
  const createInvitation = async (invitation: Invitation): Promise<boolean> => {
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: invitationItem(invitation),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  };

  return {
    async putCampaign(campaign, expectedVersion, audit) {
      const put = {
        TableName: tableName,
        Item: {
          ...keys.campaign(campaign.id),
          ...keys.campaignList(campaign.createdAt),
          entity: KIND.campaign,
          ...Campaign.parse(campaign),
        },
        ...(expectedVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': expectedVersion },
            }),
      };
      try {
        if (!audit) await doc.send(new PutCommand(put));
        else
          await doc.send(
            new TransactWriteCommand({
              TransactItems: [
                { Put: put },
                {
                  Put: {
                    TableName: tableName,
                    Item: auditItem(audit),
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
              ],
            }),
          );
      } catch (e) {
        if (isConditionFailure(e))
          throw new ConflictError('Die Kampagne wurde inzwischen geändert. Bitte laden Sie die Seite neu.', {
            cause: e,
          });
        throw e;
      }
    },

    async getCampaign(id) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.campaign(id), ConsistentRead: true }),
      );
      return Item ? toCampaign(Item) : undefined;
    },

    async listCampaigns() {
      return (await queryListByKind({ doc, tableName }, KIND.campaign, { newestFirst: true })).map(
        toCampaign,
      );
    },

    createInvitation,

    /**
     * 100 conditional puts per transaction (fast for thousands of recipients); a chunk that meets an
     * existing invitation falls back to single conditional puts, so nothing is ever overwritten.
     */
    async createInvitations(invitations) {
      const size = AWS_LIMITS.dynamodb.transactItems;
      const chunks = Array.from({ length: Math.ceil(invitations.length / size) }, (_, i) =>
        invitations.slice(i * size, i * size + size),
      );
      const created = await mapLimit(chunks, 4, async (chunk) => {
        try {
          await doc.send(
            new TransactWriteCommand({
              TransactItems: chunk.map((invitation) => ({
                Put: {
                  TableName: tableName,
                  Item: invitationItem(invitation),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              })),
            }),
          );
          return chunk.length;
        } catch (e) {
          if (!isConditionFailure(e)) throw e;
          const single = await mapLimit(chunk, 10, createInvitation);
          return single.filter(Boolean).length;
        }
      });
      return created.reduce((a, b) => a + b, 0);
    },

    async getInvitation(campaignId, jobcenterId) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.invitation(campaignId, jobcenterId),
          ConsistentRead: true,
        }),
      );
      return Item ? toInvitation(Item) : undefined;
    },

    async listInvitations(campaignId) {
      const items: Invitation[] = [];
      for await (const page of paginateQuery(
        { client: doc },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.campaign(campaignId).pk,
            ':prefix': keys.invitationPrefix,
          },
          ConsistentRead: true,
        },
      ))
        for (const item of page.Items ?? []) items.push(toInvitation(item));
      return items;
    },

    async listPendingSends(queuedBefore) {
      const items: Invitation[] = [];
      for await (const page of paginateQuery(
        { client: doc },
        {
          TableName: tableName,
          IndexName: 'listByKind',
          KeyConditionExpression: '#k = :k AND #s < :before',
          ExpressionAttributeNames: { '#k': LIST_KIND, '#s': LIST_SORT },
          ExpressionAttributeValues: { ':k': KIND.pendingSend, ':before': queuedBefore },
        },
      ))
        for (const item of page.Items ?? []) items.push(toInvitation(item));
      return items;
    },

    async countSoftBounce(campaignId, jobcenterId) {
      await doc
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.invitation(campaignId, jobcenterId),
            UpdateExpression: 'ADD softBounces :one, #version :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1 },
          }),
        )
        .catch((e: unknown) => {
          if (!isConditionFailure(e)) throw e;
        });
    },

    /** All pages: a Jobcenter's invitations grow by one per campaign, without bound. */
    async listInvitationsOfJobcenter(jobcenterId) {
      const items: Invitation[] = [];
      for await (const page of paginateQuery(
        { client: doc },
        {
          TableName: tableName,
          IndexName: 'byJobcenter',
          KeyConditionExpression: 'jobcenterPk = :pk AND begins_with(jobcenterSk, :prefix)',
          ExpressionAttributeValues: { ':pk': `JOBCENTER#${jobcenterId}`, ':prefix': keys.invitationPrefix },
        },
      ))
        for (const item of page.Items ?? []) items.push(toInvitation(item));
      return items;
    },

    async updateInvitation(campaignId, jobcenterId, { when, set, remove }) {
      try {
        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.invitation(campaignId, jobcenterId),
            ...invitationUpdate(when, set, remove),
            ReturnValues: 'ALL_NEW',
          }),
        );
        return Attributes ? toInvitation(Attributes) : undefined;
      } catch (e) {
        if (isConditionFailure(e)) return undefined;
        throw e;
      }
    },
  };
};
