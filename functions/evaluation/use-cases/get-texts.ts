import type { EvaluationStore } from '../../shared/ports';
import type { TextsQuery } from '../api-schemas';
import { type TextAnswers, textAnswersOf } from '../text-answers';
import { questionnaireOfYear } from './get-dashboard';

/** The free-text answers of one year (one Query of that year's text items), filtered. */
export const makeGetTexts =
  ({ store }: { store: Pick<EvaluationStore, 'listTexts'> }) =>
  async (query: TextsQuery): Promise<TextAnswers> =>
    textAnswersOf(query.jahr, questionnaireOfYear(query.jahr), await store.listTexts(query.jahr), query);
