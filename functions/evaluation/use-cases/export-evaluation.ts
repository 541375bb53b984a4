import { handlungsfeld } from '../../questionnaire/handlungsfelder';
import { MEASURE_STATUS_LABELS } from '../../self-assessment/questionnaire/definition';
import type { Clock, EvaluationStore } from '../../shared/ports';
import { type ExportFormat, sheet, writeExport } from '../export-file';
import { countRows, FILTER_KEYS, type MeasureQuery } from '../measure-table';
import { type Column, MEASURE_COLUMNS, REGISTER_COLUMNS } from '../table-columns';
import { makeGetRegister, type RegisterStore } from './get-register';
import { makeSelectMeasures } from './query-measures';

type Fact = { was: string; wert: string | number };
const FACT_COLUMNS: Column<Fact>[] = [
  { header: 'Angabe', kind: 'text', width: 40, value: (f) => f.was },
  { header: 'Wert', kind: 'text', width: 60, value: (f) => f.wert },
];

/** `massnahmen-2027-hf2-umgesetzt`: the file name says what was filtered. */
/** Every filter but the free text goes into the file name. */
const NAMED_KEYS = FILTER_KEYS.filter((k) => k !== 'q');
const filterParts = (q: MeasureQuery) =>
  NAMED_KEYS.flatMap((k) => (q[k] !== undefined ? [String(q[k])] : []));

const describe = (q: MeasureQuery): string =>
  [
    ...NAMED_KEYS.flatMap((k) => (q[k] !== undefined ? [`${k} = ${q[k]}`] : [])),
    ...(q.q ? [`Suche = „${q.q}“`] : []),
  ].join(', ') || 'kein Filter (alle Jahre, alle Jobcenter)';

/** The measures table as shown (filter and order), with an overview sheet of the counts. */
export const makeExportMeasures = ({
  store,
  clock,
}: {
  store: Pick<EvaluationStore, 'listMeasureSets'>;
  clock: Clock;
}) => {
  const select = makeSelectMeasures({ store });
  return async (query: MeasureQuery, format: ExportFormat) => {
    const rows = await select(query);
    const counts = countRows(rows);
    const stamp = clock.now().toISOString();
    const facts: Fact[] = [
      { was: 'Stand der Auswertung', wert: `${stamp.slice(0, 16).replace('T', ' ')} UTC` },
      { was: 'Filter', wert: describe(query) },
      { was: 'Maßnahmen', wert: counts.gesamt },
      { was: 'Jobcenter mit Maßnahmen', wert: counts.jobcenter },
      ...Object.entries(counts.jeHandlungsfeld).map(([hf, n]) => ({
        was: `Handlungsfeld ${handlungsfeld(hf as 'hf1').nummer} – ${handlungsfeld(hf as 'hf1').kurz}`,
        wert: n,
      })),
      ...Object.entries(counts.jeStatus).map(([s, n]) => ({
        was: `Stand „${MEASURE_STATUS_LABELS[s as 'geplant']}“`,
        wert: n,
      })),
    ];
    return writeExport(format, ['massnahmen', ...filterParts(query), stamp.slice(0, 10)].join('-'), [
      sheet({ name: 'Maßnahmen', columns: MEASURE_COLUMNS, rows }),
      sheet({ name: 'Überblick', columns: FACT_COLUMNS, rows: facts }),
    ]);
  };
};

/** The accession register with the counts and the timeline as further sheets. */
export const makeExportRegister = ({ store, clock }: { store: RegisterStore; clock: Clock }) => {
  const getRegister = makeGetRegister({ store });
  return async (format: ExportFormat) => {
    const register = await getRegister();
    const stamp = clock.now().toISOString();
    const facts: Fact[] = [
      { was: 'Stand', wert: `${stamp.slice(0, 16).replace('T', ' ')} UTC` },
      { was: 'Jobcenter', wert: register.counts.gesamt },
      { was: 'beigetreten', wert: register.counts.beigetreten },
      ...Object.entries(register.counts.jeLandschaftsverband).map(([lv, c]) => ({
        was: `beigetreten im ${lv}`,
        wert: `${c.beigetreten} von ${c.gesamt}`,
      })),
      ...register.zeitleiste.map((t) => ({
        was: `Beitritte ${t.monat}`,
        wert: `${t.anzahl} (insgesamt ${t.kumuliert})`,
      })),
    ];
    return writeExport(format, `beitrittsregister-${stamp.slice(0, 10)}`, [
      sheet({ name: 'Beitrittsregister', columns: REGISTER_COLUMNS, rows: register.rows }),
      sheet({ name: 'Überblick', columns: FACT_COLUMNS, rows: facts }),
    ]);
  };
};
