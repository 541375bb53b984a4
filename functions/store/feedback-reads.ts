import { Feedback } from '../evaluation/feedback';
import type { EvaluationStore } from '../shared/ports';
import { queryPartition, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/**
 * MAGS feedback on one response, as the form shows it: apart from the evaluation store (its
 * writes, measure sets and results) so that the form handlers bundle only this read.
 */
export const makeFeedbackReads = (table: TableContext): Pick<EvaluationStore, 'listFeedback'> => ({
  async listFeedback(jobcenterId, campaignId) {
    const items = await queryPartition(table, keys.jobcenter(jobcenterId).pk, `FEEDBACK#${campaignId}#`);
    return items.map((item) => Feedback.parse(withoutKeys(item)));
  },
});
