import { accessionDateErrors, PaperAccessionBody } from '../../../functions/accessions/paper-accession';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import {
  type CatalogueMeasureId,
  catalogueMeasure,
} from '../../../functions/questionnaire/measure-catalogue';
import type { FieldProblem } from '../api/client';
import type { SummaryError } from '../components/error-summary';
import { chooseCatalogue } from './accession-form';

/**
 * The form "Beitritt auf Papier erfassen" as data: its values, the conversion to
 * `PaperAccessionBody` (checked in the browser with the API's own schema and date rules), and the
 * mapping of field paths (`massnahmen.0.titel`) to inputs, labels and the error summary.
 */
export type MeasureValues = {
  /** Only for React and focus; not sent. */
  key: string;
  handlungsfeld: HandlungsfeldId | '';
  katalogId?: CatalogueMeasureId | undefined;
  titel: string;
  beginn: string;
  ende: string;
  zielgruppe: string;
};

export type PaperValues = {
  jobcenterId: string;
  beigetretenAm: string;
  name: string;
  funktion: string;
  traegerZugestimmtAm: string;
  gremium: string;
  veroeffentlichung: 'ja' | 'nein' | '';
  bemerkung: string;
  massnahmen: MeasureValues[];
};

export const initialPaperValues = (): PaperValues => ({
  jobcenterId: '',
  beigetretenAm: '',
  name: '',
  funktion: '',
  traegerZugestimmtAm: '',
  gremium: '',
  veroeffentlichung: '',
  bemerkung: '',
  massnahmen: [],
});

export const newMeasureValues = (): MeasureValues => ({
  key: crypto.randomUUID(),
  handlungsfeld: '',
  titel: '',
  beginn: '',
  ende: '',
  zielgruppe: '',
});

/** Another Handlungsfeld: a catalogue measure of the old one no longer fits (its title goes with it). */
export const withHandlungsfeld = (m: MeasureValues, handlungsfeld: HandlungsfeldId | ''): MeasureValues => {
  const fits = m.katalogId !== undefined && catalogueMeasure(m.katalogId)?.hf === handlungsfeld;
  return { ...(fits ? m : chooseCatalogue(m, '')), handlungsfeld };
};

export const withCatalogue = (m: MeasureValues, katalogId: string): MeasureValues =>
  chooseCatalogue(m, katalogId);

export const MEASURE_LEAVES = [
  'handlungsfeld',
  'katalogId',
  'titel',
  'beginn',
  'ende',
  'zielgruppe',
] as const;
export type MeasureLeaf = (typeof MEASURE_LEAVES)[number];

const MEASURE_LABELS: Record<MeasureLeaf, string> = {
  handlungsfeld: 'Handlungsfeld',
  katalogId: 'Maßnahme aus dem Katalog',
  titel: 'Titel',
  beginn: 'Beginn',
  ende: 'Ende',
  zielgruppe: 'Zielgruppe',
};

/** Field path → input id, in the order of the form. */
export const PAPER_FIELDS = {
  jobcenterId: 'p-jobcenter',
  beigetretenAm: 'p-beigetreten-am',
  'unterzeichnung.name': 'p-name',
  'unterzeichnung.funktion': 'p-funktion',
  traegerZugestimmtAm: 'p-traeger-am',
  gremium: 'p-gremium',
  veroeffentlichung: 'p-veroeffentlichung',
  bemerkung: 'p-bemerkung',
  massnahmen: 'p-massnahme-hinzufuegen',
} as const;
type TopField = keyof typeof PAPER_FIELDS;

const FIELD_LABELS: Record<TopField, string> = {
  jobcenterId: 'Jobcenter',
  beigetretenAm: 'Datum des Beitritts',
  'unterzeichnung.name': 'Unterzeichnet von (Name)',
  'unterzeichnung.funktion': 'Unterzeichnet von (Funktion)',
  traegerZugestimmtAm: 'Zustimmung der Träger am',
  gremium: 'Gremium',
  veroeffentlichung: 'Veröffentlichung',
  bemerkung: 'Bemerkung',
  massnahmen: 'Maßnahmen',
};

export const measureFieldId = (index: number, leaf: MeasureLeaf): string => `p-massnahme-${index}-${leaf}`;

/** Errors by field path (`beigetretenAm`, `massnahmen.0.titel`); `form` for what belongs to no field. */
export type PaperErrors = Record<string, string>;

const MEASURE_PATH = /^massnahmen\.(\d+)\.(\w+)/;

/** The path of the input an error belongs to, or undefined when it belongs to none. */
export const fieldOf = (path: string): string | undefined => {
  if (path === 'unterzeichnung') return 'unterzeichnung.name';
  if (path in PAPER_FIELDS) return path;
  const measure = MEASURE_PATH.exec(path);
  if (measure && (MEASURE_LEAVES as readonly string[]).includes(measure[2] ?? ''))
    return `massnahmen.${measure[1]}.${measure[2]}`;
  if (path.startsWith('massnahmen')) return 'massnahmen';
  return undefined;
};

/** Server or schema problems → errors by field (the first message of a field wins). */
export const paperErrorsOf = (problems: readonly FieldProblem[]): PaperErrors => {
  const errors: PaperErrors = {};
  for (const p of problems) errors[fieldOf(p.field) ?? 'form'] ??= p.message;
  return errors;
};

const opt = (value: string) => (value.trim() ? value : undefined);

export const toPaperBody = (v: PaperValues): unknown => ({
  jobcenterId: opt(v.jobcenterId),
  beigetretenAm: opt(v.beigetretenAm),
  unterzeichnung: { name: v.name, funktion: opt(v.funktion) },
  traegerZugestimmtAm: opt(v.traegerZugestimmtAm),
  gremium: opt(v.gremium),
  veroeffentlichung: v.veroeffentlichung === '' ? undefined : v.veroeffentlichung === 'ja',
  massnahmen:
    v.massnahmen.length > 0
      ? v.massnahmen.map((m) => ({
          handlungsfeld: opt(m.handlungsfeld),
          katalogId: m.katalogId,
          titel: m.titel,
          beginn: opt(m.beginn),
          ende: opt(m.ende),
          zielgruppe: opt(m.zielgruppe),
        }))
      : undefined,
  bemerkung: opt(v.bemerkung),
});

/** Drops `undefined` members, as JSON would (the schema is strict about unknown keys only). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Messages for required fields left empty, clearer than the schema's "Bitte ausfüllen.". */
const emptyProblems = (v: PaperValues): FieldProblem[] => [
  ...(v.jobcenterId ? [] : [{ field: 'jobcenterId', message: 'Bitte wählen Sie das Jobcenter aus.' }]),
  ...(v.beigetretenAm.trim()
    ? []
    : [{ field: 'beigetretenAm', message: 'Bitte geben Sie das Datum des Beitritts an.' }]),
  ...(v.name.trim()
    ? []
    : [
        { field: 'unterzeichnung.name', message: 'Bitte geben Sie an, wer die Erklärung unterzeichnet hat.' },
      ]),
  ...(v.traegerZugestimmtAm.trim()
    ? []
    : [{ field: 'traegerZugestimmtAm', message: 'Bitte geben Sie an, wann die Träger zugestimmt haben.' }]),
  ...v.massnahmen.flatMap((m, i) => [
    ...(m.handlungsfeld
      ? []
      : [{ field: `massnahmen.${i}.handlungsfeld`, message: 'Bitte wählen Sie das Handlungsfeld.' }]),
    ...(m.titel.trim()
      ? []
      : [{ field: `massnahmen.${i}.titel`, message: 'Bitte geben Sie den Titel der Maßnahme an.' }]),
  ]),
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the server checks, checked in the browser first: same schema, same date rules. */
export const validatePaper = (
  v: PaperValues,
  today: string,
): { ok: true; body: PaperAccessionBody } | { ok: false; errors: PaperErrors } => {
  const parsed = PaperAccessionBody.safeParse(plain(toPaperBody(v)));
  const problems = [
    ...emptyProblems(v),
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }))),
  ];
  if (ISO_DATE.test(v.beigetretenAm) && ISO_DATE.test(v.traegerZugestimmtAm))
    problems.push(
      ...accessionDateErrors(
        { beigetretenAm: v.beigetretenAm, traegerZugestimmtAm: v.traegerZugestimmtAm },
        today,
      ),
    );
  if (parsed.success && problems.length === 0) return { ok: true, body: parsed.data };
  return { ok: false, errors: paperErrorsOf(problems) };
};

const TOP_ORDER = Object.keys(PAPER_FIELDS) as TopField[];

const hfNumber = (hf: HandlungsfeldId | '') => HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer;

/** "Maßnahme 2 (Handlungsfeld 3)" */
export const measureName = (m: MeasureValues, index: number): string => {
  const nummer = hfNumber(m.handlungsfeld);
  return `Maßnahme ${index + 1}${nummer ? ` (Handlungsfeld ${nummer})` : ''}`;
};

/** Every error linked to its input, in the order of the form (measures after the general data). */
export const paperSummary = (errors: PaperErrors, v: PaperValues): SummaryError[] => [
  ...(errors.form ? [{ text: errors.form }] : []),
  ...TOP_ORDER.flatMap((f) =>
    errors[f] ? [{ text: `${FIELD_LABELS[f]}: ${errors[f]}`, href: `#${PAPER_FIELDS[f]}` }] : [],
  ),
  ...v.massnahmen.flatMap((m, i) =>
    MEASURE_LEAVES.flatMap((leaf) => {
      const message = errors[`massnahmen.${i}.${leaf}`];
      return message
        ? [
            {
              text: `${measureName(m, i)}, ${MEASURE_LABELS[leaf]}: ${message}`,
              href: `#${measureFieldId(i, leaf)}`,
            },
          ]
        : [];
    }),
  ),
];
