import type { Clock, EvaluationStore } from '../../shared/ports';
import type { TextsQuery } from '../api-schemas';
import { type ExportFormat, sheet, writeExport } from '../export-file';
import { TEXT_COLUMNS } from '../text-answers';
import { makeGetTexts } from './get-texts';

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
