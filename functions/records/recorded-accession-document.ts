import { formatDate, formatDateTime, formatMonth } from '../../emails/_components/format';
import { ACCESSION_SOURCE_LABELS, type Accession, type RecordedMeasure } from '../accessions/accession';
import { FROM_CATALOGUE, NO_MEASURE_TEXT, PERIOD_LABEL } from '../questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../questionnaire/handlungsfelder';
import { catalogueMeasure } from '../questionnaire/measure-catalogue';
import type { PdfBlock, PdfDocument } from './pdf/pdf-writer';

/**
 * A Jobcenter's lasting record of an accession that did not come through the online form: MAGS
 * entered it from a declaration on paper or took it over from the records kept before this system.
 * There is no submitted version, receipt number or content hash; the document says so and shows
 * what MAGS stored (date, signatory, the Träger's consent, the declared measures), clearly marked as
 * recorded by MAGS. MAGS's internal remark and who entered it are not part of it.
 */
export type RecordedAccession = Accession & { source: 'papier' | 'import' };

export const isRecordedAccession = (a: Accession | undefined): a is RecordedAccession =>
  a !== undefined && a.source !== 'online';

export const RECORDED_ACCESSION_TITLE = 'Beitrittserklärung (von MAGS erfasst)';

const ORIGIN_TEXT: Record<RecordedAccession['source'], string> = {
  papier:
    'Von MAGS erfasst: Diese Unterlage gibt die Angaben wieder, die das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen (MAGS) aus der Beitrittserklärung Ihres Jobcenters auf Papier erfasst hat. Maßgeblich ist die unterschriebene Erklärung auf Papier.',
  import:
    'Von MAGS erfasst: Diese Unterlage gibt die Angaben wieder, die das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen (MAGS) aus den vor diesem System geführten Unterlagen zum Beitritt Ihres Jobcenters übernommen hat. Maßgeblich ist die ursprüngliche Beitrittserklärung.',
};

const NO_RECEIPT_TEXT =
  'Eine Eingangsnummer und eine Prüfsumme gibt es nur für Erklärungen, die online abgegeben wurden.';

const period = (m: RecordedMeasure): string | undefined =>
  m.beginn && m.ende
    ? m.beginn === m.ende
      ? formatMonth(m.beginn)
      : `${formatMonth(m.beginn)} bis ${formatMonth(m.ende)}`
    : m.beginn
      ? `ab ${formatMonth(m.beginn)}`
      : m.ende
        ? `bis ${formatMonth(m.ende)}`
        : undefined;

const measureText = (m: RecordedMeasure): string => {
  const fromCatalogue = m.katalogId ? catalogueMeasure(m.katalogId) : undefined;
  const when = period(m);
  return (
    [
      ...(when ? [`${PERIOD_LABEL}: ${when}`] : []),
      ...(fromCatalogue && fromCatalogue.titel !== m.titel ? [FROM_CATALOGUE(fromCatalogue.titel)] : []),
      ...(m.zielgruppe ? [`Zielgruppe: ${m.zielgruppe}`] : []),
    ].join('\n') || '–'
  );
};

const measureBlocks = (measures: readonly RecordedMeasure[]): PdfBlock[] =>
  measures.length === 0
    ? [{ type: 'small', text: 'Zu den Maßnahmen hat MAGS keine Angaben erfasst.' }]
    : HANDLUNGSFELDER.flatMap((hf): PdfBlock[] => {
        const inField = measures.filter((m) => m.handlungsfeld === hf.id);
        return [
          { type: 'subheading', text: `Handlungsfeld ${hf.nummer}: ${hf.titel}` },
          ...(inField.length === 0
            ? [{ type: 'small' as const, text: NO_MEASURE_TEXT }]
            : inField.map((m) => ({ type: 'field' as const, label: m.titel, value: measureText(m) }))),
        ];
      });

/** The PDF document of an accession recorded by MAGS (paper declaration or import). */
export const recordedAccessionDocument = (
  accession: RecordedAccession,
  context: { jobcenterName: string; createdAt: Date },
): PdfDocument => {
  const title = `${RECORDED_ACCESSION_TITLE} – Jobcenter ${context.jobcenterName}`;
  const signatory = accession.signatory;
  return {
    title,
    createdAt: context.createdAt,
    footer: `${RECORDED_ACCESSION_TITLE} Jobcenter ${context.jobcenterName}`,
    blocks: [
      { type: 'title', text: title },
      { type: 'paragraph', text: ORIGIN_TEXT[accession.source] },
      { type: 'field', label: 'Herkunft', value: ACCESSION_SOURCE_LABELS[accession.source] },
      { type: 'field', label: 'Beigetreten am', value: formatDate(accession.accededOn) },
      { type: 'field', label: 'Von MAGS erfasst am', value: formatDateTime(accession.confirmedAt) },
      { type: 'small', text: NO_RECEIPT_TEXT },
      { type: 'heading', text: 'Unterzeichnung' },
      {
        type: 'field',
        label: 'Unterzeichnet von',
        value: signatory ? [signatory.name, signatory.funktion].filter(Boolean).join(', ') : 'nicht erfasst',
      },
      { type: 'heading', text: 'Zustimmung der Träger' },
      {
        type: 'field',
        label: 'Zugestimmt am',
        value: accession.traegerZugestimmtAm ? formatDate(accession.traegerZugestimmtAm) : 'nicht erfasst',
      },
      ...(accession.gremium ? [{ type: 'field' as const, label: 'Gremium', value: accession.gremium }] : []),
      { type: 'heading', text: 'Veröffentlichung' },
      {
        type: 'paragraph',
        text: accession.publicListing
          ? 'Ihr Jobcenter wird in der öffentlichen Liste der beigetretenen Jobcenter genannt (Stand bei Erstellung dieser Unterlage).'
          : 'Ihr Jobcenter wird nicht öffentlich genannt (Stand bei Erstellung dieser Unterlage).',
      },
      { type: 'heading', text: 'Maßnahmen' },
      ...measureBlocks(accession.massnahmen ?? []),
      {
        type: 'small',
        text: `Erstellt am ${formatDateTime(context.createdAt.toISOString())} aus den beim Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen gespeicherten Angaben.`,
      },
    ],
  };
};
