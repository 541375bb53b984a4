import {
  GetCommand,
  PutCommand,
  paginateQuery,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { Campaign } from '../campaigns/campaign';
import { applyTransition, mayChangeStatus } from '../campaigns/campaign-summary';
import { conditionHolds, Invitation, type InvitationCondition } from '../campaigns/invitation';
import { AWS_LIMITS } from '../shared/aws-limits';
import { ConflictError } from '../shared/errors';
import { mapLimit } from '../shared/map-limit';
import type { CampaignStore } from '../shared/ports';
import { transactWithAudit } from './audit-item';
import {
  isConditionFailure,
  queryListByKind,
  queryPartition,
  type TableContext,
  withoutKeys,
} from './dynamo-shared';
import {
  createdDeltas,
  invitationItem,
  invitationUpdate,
  transactWrite,
  transitionItems,
} from './invitation-writes';
import { StoredCampaign } from './legacy-names';
import { KIND, keys, pendingSendKind, TABLE } from './table-design';

const { partitionKey: LIST_KIND, sortKey: LIST_SORT } = TABLE.indexes.listByKind;
/** Tries of a counted transition whose state moved between the read and the write. */
const TRANSITION_ATTEMPTS = 5;

export const toCampaign = (item: Record<string, unknown>) => StoredCampaign.parse(withoutKeys(item));
/**
 * A campaign's pending sends, oldest first, queued before `queuedBefore` if given (its own
 * partition, key condition only).
 */
export const pendingSendsQuery = (
  tableName: string,
  campaignId: string,
  queuedBefore?: string,
): QueryCommandInput =>
  queuedBefore === undefined
    ? {
        TableName: tableName,
        IndexName: 'listByKind',
        KeyConditionExpression: '#k = :k',
        ExpressionAttributeNames: { '#k': LIST_KIND },
        ExpressionAttributeValues: { ':k': pendingSendKind(campaignId) },
      }
    : {
        TableName: tableName,
        IndexName: 'listByKind',
        KeyConditionExpression: '#k = :k AND #s < :before',
        ExpressionAttributeNames: { '#k': LIST_KIND, '#s': LIST_SORT },
        ExpressionAttributeValues: { ':k': pendingSendKind(campaignId), ':before': queuedBefore },
      };

export const toInvitation = (item: Record<string, unknown>) => Invitation.parse(withoutKeys(item));

export { invitationCondition, invitationUpdate } from './invitation-writes';

export const makeCampaignStore = ({ doc, tableName }: TableContext): CampaignStore => {
  const getInvitation = async (campaignId: string, jobcenterId: string) => {
    const { Item } = await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.invitation(campaignId, jobcenterId),
        ConsistentRead: true,
      }),
    );
    return Item ? toInvitation(Item) : undefined;
  };
  const plainUpdate = async (
    campaignId: string,
    jobcenterId: string,
    when: InvitationCondition,
    set: Partial<Invitation>,
    remove?: readonly string[],
  ) => {
    try {
      const { Attributes } = await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.invitation(campaignId, jobcenterId),
          ...invitationUpdate(campaignId, when, set, remove),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? toInvitation(Attributes) : undefined;
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  };

  /** Invitation and its count in the summary: one transaction. */
  const createInvitation = async (invitation: Invitation): Promise<boolean> => {
    try {
      await transactWrite(doc, [
        {
          Put: {
            TableName: tableName,
            Item: invitationItem(invitation),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...createdDeltas(tableName, [invitation]),
      ]);
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
      const conflict = (cause: unknown) =>
        new ConflictError('Die Kampagne wurde inzwischen geändert. Bitte laden Sie die Seite neu.', {
          cause,
        });
      if (audit) return transactWithAudit({ doc, tableName }, { Put: put }, audit, conflict);
      try {
        await doc.send(new PutCommand(put));
      } catch (e) {
        if (isConditionFailure(e)) throw conflict(e);
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
     * 99 conditional puts and their counts in the summary per transaction (fast for thousands of
     * recipients); a chunk that meets an existing invitation falls back to single conditional
     * puts, so nothing is ever overwritten or counted twice.
     */
    async createInvitations(invitations) {
      const size = AWS_LIMITS.dynamodb.transactItems - 1;
      // One campaign per chunk: its one summary update is the 100th item.
      const byCampaign = new Map<string, Invitation[]>();
      for (const i of invitations) {
        const list = byCampaign.get(i.campaignId);
        if (list) list.push(i);
        else byCampaign.set(i.campaignId, [i]);
      }
      const chunks = [...byCampaign.values()].flatMap((list) =>
        Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
          list.slice(i * size, i * size + size),
        ),
      );
      const created = await mapLimit(chunks, 4, async (chunk) => {
        try {
          await transactWrite(doc, [
            ...chunk.map((invitation) => ({
              Put: {
                TableName: tableName,
                Item: invitationItem(invitation),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            })),
            ...createdDeltas(tableName, chunk),
          ]);
          return chunk.length;
        } catch (e) {
          if (!isConditionFailure(e)) throw e;
          const single = await mapLimit(chunk, 10, createInvitation);
          return single.filter(Boolean).length;
        }
      });
      return created.reduce((a, b) => a + b, 0);
    },

    getInvitation,

    async listInvitations(campaignId) {
      const items = await queryPartition(
        { doc, tableName },
        keys.campaign(campaignId).pk,
        keys.invitationPrefix,
      );
      return items.map(toInvitation);
    },

    async listPendingSends(campaignId, queuedBefore) {
      const items: Invitation[] = [];
      for await (const page of paginateQuery(
        { client: doc },
        pendingSendsQuery(tableName, campaignId, queuedBefore),
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

    /**
     * A transition that may change the display status is written with the summary's counters in
     * one transaction, narrowed to the status read before (`seen`, or a consistent read); if the
     * invitation moved in between, it reads again and retries.
     */
    async updateInvitation(campaignId, jobcenterId, transition, seen) {
      const { when, set, remove } = transition;
      if (!mayChangeStatus(transition)) return plainUpdate(campaignId, jobcenterId, when, set, remove);
      let current = seen && conditionHolds(when, seen) ? seen : await getInvitation(campaignId, jobcenterId);
      for (let attempt = 1; current && conditionHolds(when, current); attempt++) {
        try {
          await transactWrite(
            doc,
            transitionItems(tableName, [{ campaignId, jobcenterId, transition, before: current }]),
          );
          return applyTransition(current, transition);
        } catch (e) {
          if (!isConditionFailure(e) || attempt >= TRANSITION_ATTEMPTS) throw e;
          current = await getInvitation(campaignId, jobcenterId);
        }
      }
      return undefined;
    },
  };
};
