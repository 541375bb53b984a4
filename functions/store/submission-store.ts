import { Submission } from '../forms/records';
import type { SubmissionStore } from '../shared/ports';
import { makeDraftStore } from './draft-store';
import type { TableContext } from './dynamo-shared';
import { readModelPuts } from './evaluation-store';
import { withBefore } from './invitation-writes';
import { transactWithMail } from './outbox-store';
import { keys } from './table-design';

export const makeSubmissionStore = ({ doc, tableName }: TableContext): SubmissionStore => ({
  ...makeDraftStore({ doc, tableName }),

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
        // The read model of the reports, in the same transaction: never out of step.
        ...readModelPuts(tableName, readModel),
      ],
      // Receipt and notice (outbox) and the daily receipt quota, in the same transaction too.
      mail,
      'Diese Fassung wurde bereits abgegeben oder der Status hat sich geändert.',
      // The invitation's progress, with the mail's transitions: one update of the campaign summary.
      moves,
    );
  },
});
