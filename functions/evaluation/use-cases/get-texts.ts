import type { Clock, EvaluationStore } from '../../shared/ports';
import type { TextsQuery } from '../api-schemas';
import { type ExportFormat, sheet, writeExport } from '../export-file';
import { TEXT_COLUMNS, type TextAnswers, textAnswersOf } from '../text-answers';
import { questionnaireOfYear } from './get-dashboard';

/** The free-text answers of one year (one Query of that year's text items), filtered. */
export const makeGetTexts =
  ({ store }: { store: Pick<EvaluationStore, 'listTexts'> }) =>
  async (query: TextsQuery): Promise<TextAnswers> =>
    textAnswersOf(query.jahr, questionnaireOfYear(query.jahr), await store.listTexts(query.jahr), query);

/** The same as a file, e.g. `antworten-2027-hf2-hindernisse-2027-03-01.xlsx`. */
export const makeExportTexts = ({
  store,
  clock,
}: {
  store: Pick<EvaluationStore, 'listTexts'>;
  clock: Clock;
}) => {
  const getTexts = makeGetTexts({ store });
  return async (query: TextsQuery, format: ExportFormat) => {
    const { antworten } = await getTexts(query);
    const name = [
      'antworten',
      query.jahr,
      query.handlungsfeld,
      query.frage,
      clock.now().toISOString().slice(0, 10),
    ]
      .filter((p) => p !== undefined)
      .join('-');
    return writeExport(format, name, [sheet({ name: 'Antworten', columns: TEXT_COLUMNS, rows: antworten })]);
  };
};
