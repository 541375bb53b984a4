import { GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { Draft, Submission } from '../forms/records';
import { ConflictError } from '../shared/errors';
import type { SubmissionStore } from '../shared/ports';
import { isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { readModelPuts } from './evaluation-store';
import { transitionItems, withBefore } from './invitation-writes';
import { StoredDraft, StoredSubmission } from './legacy-names';
import { transactWithMail } from './outbox-store';
import { keys } from './table-design';

export const makeSubmissionStore = ({ doc, tableName }: TableContext): SubmissionStore => ({
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

  async addSubmission(submission, invitation, readModel, mail, before) {
    const moves = await withBefore({ doc, tableName }, [
      {
        campaignId: submission.campaignId,
        jobcenterId: submission.jobcenterId,
        transition: invitation,
        before,
      },
    ]);
    await transactWithMail(
      { doc, tableName },
      [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.submission(submission.campaignId, submission.jobcenterId, submission.version),
              ...keys.submissionOfJobcenter(submission.jobcenterId, submission.submittedAt),
              entity: 'SUBMISSION',
              ...Submission.parse(submission),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        // The invitation's progress and the campaign summary's counters.
        ...transitionItems(tableName, moves),
        // The read model of the reports, in the same transaction: never out of step.
        ...readModelPuts(tableName, readModel),
      ],
      // Receipt and notice (outbox) and the daily receipt quota, in the same transaction too.
      mail,
      'Diese Fassung wurde bereits abgegeben oder der Status hat sich geändert.',
    );
  },

  /**
   * Every version, all pages: a Query page ends at 1 MB, and a few large versions fill it, so
   * reading one page would make the next version number collide with one already stored.
   */
  async listSubmissions(campaignId, jobcenterId) {
    const submissions: Submission[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.response(campaignId, jobcenterId),
          ':prefix': keys.submissionPrefix,
        },
        ConsistentRead: true,
      },
    ))
      for (const i of page.Items ?? []) submissions.push(StoredSubmission.parse(withoutKeys(i)));
    return submissions;
  },
});
