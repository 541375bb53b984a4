import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { Feedback } from '../evaluation/feedback';
import type { EvaluationStore } from '../shared/ports';
import { type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/**
 * MAGS feedback on one response, as the form shows it: apart from the evaluation store (its
 * writes, measure sets and results) so that the form handlers bundle only this read.
 */
export const makeFeedbackReads = ({
  doc,
  tableName,
}: TableContext): Pick<EvaluationStore, 'listFeedback'> => ({
  async listFeedback(jobcenterId, campaignId) {
    const items: Feedback[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: {
          ':pk': keys.jobcenter(jobcenterId).pk,
          ':p': `FEEDBACK#${campaignId}#`,
        },
        ConsistentRead: true,
      },
    ))
      for (const item of page.Items ?? []) items.push(Feedback.parse(withoutKeys(item)));
    return items;
  },
});
