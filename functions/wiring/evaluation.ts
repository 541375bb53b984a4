import { makeAccessionStore } from '../store/accession-store';
import { makeCampaignStore } from '../store/campaign-store';
import { makeEvaluationStore } from '../store/evaluation-store';
import { store, table } from './core';

/** The evaluation's reads (functions/evaluation/scoped-reads.ts) for the staff's evaluation handlers. */
export const evaluationStore = {
  ...store,
  ...makeAccessionStore(table),
  ...makeCampaignStore(table),
  ...makeEvaluationStore(table),
};
