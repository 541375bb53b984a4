import type { EvaluationStore } from '../../shared/ports';
import {
  countRows,
  filterRows,
  type MeasureQuery,
  type MeasureRow,
  type MeasureTablePage,
  PAGE_SIZE,
  rowsOf,
  sortRows,
} from '../measure-table';

/** Years the year filter offers: from the agreement (2018) to this year or the latest questionnaire. */
export const reportYears = (latest: number): number[] =>
  Array.from({ length: latest - 2018 + 1 }, (_, i) => 2018 + i);

/**
 * Every measure row that matches the filter, sorted: one Query of the read model (narrowed to the
 * year and Handlungsfeld when given, so the index does that part), the rest in memory.
 */
export const makeSelectMeasures =
  ({ store }: { store: Pick<EvaluationStore, 'listMeasureSets'> }) =>
  async (query: MeasureQuery): Promise<MeasureRow[]> => {
    const sets = await store.listMeasureSets({
      ...(query.jahr !== undefined ? { year: query.jahr } : {}),
      ...(query.jahr !== undefined && query.handlungsfeld ? { hf: query.handlungsfeld } : {}),
    });
    return sortRows(filterRows(rowsOf(sets), query), query);
  };

/** One page of the measures table with the counts of the whole filtered set. */
export const makeQueryMeasures = (deps: {
  store: Pick<EvaluationStore, 'listMeasureSets'>;
  latestYear: () => number;
}) => {
  const select = makeSelectMeasures(deps);
  return async (query: MeasureQuery): Promise<MeasureTablePage> => {
    const rows = await select(query);
    const seiten = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const seite = Math.min(query.seite ?? 1, seiten);
    return {
      rows: rows.slice((seite - 1) * PAGE_SIZE, seite * PAGE_SIZE),
      counts: countRows(rows),
      seite,
      seiten,
      proSeite: PAGE_SIZE,
      jahre: reportYears(deps.latestYear()),
    };
  };
};
