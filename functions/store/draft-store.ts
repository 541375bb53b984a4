import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Draft } from '../forms/records';
import { ConflictError } from '../shared/errors';
import type { SubmissionStore } from '../shared/ports';
import { isConditionFailure, queryPartition, type TableContext, withoutKeys } from './dynamo-shared';
import { StoredDraft, StoredSubmission } from './legacy-names';
import { keys } from './table-design';

/**
 * A response's draft and its submitted versions as read: the submission store without adding a
 * submission (submission-store.ts), whose transaction with the outbox and the report read model
 * the form's other handlers do not bundle.
 */
export const makeDraftStore = ({ doc, tableName }: TableContext): Omit<SubmissionStore, 'addSubmission'> => ({
  async getDraft(campaignId, jobcenterId) {
    const { Item } = await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.draft(campaignId, jobcenterId),
        ConsistentRead: true,
      }),
    );
    return Item ? StoredDraft.parse(withoutKeys(Item)) : undefined;
  },

  async saveDraft(draft, expectedVersion) {
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.draft(draft.campaignId, draft.jobcenterId),
            entity: 'DRAFT',
            ...Draft.parse(draft),
          },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
    } catch (e) {
      if (isConditionFailure(e))
        throw new ConflictError('Der Entwurf wurde inzwischen von anderer Stelle gespeichert.', { cause: e });
      throw e;
    }
  },

  /**
   * Every version, all pages: a Query page ends at 1 MB, and a few large versions fill it, so
   * reading one page would make the next version number collide with one already stored.
   */
  async listSubmissions(campaignId, jobcenterId) {
    const items = await queryPartition(
      { doc, tableName },
      keys.response(campaignId, jobcenterId),
      keys.submissionPrefix,
    );
    return items.map((i) => StoredSubmission.parse(withoutKeys(i)));
  },
});
