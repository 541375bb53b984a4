import { formatDate, formatDateTime, formatMonthRange } from '../../emails/_components/format';
import type { Submission } from '../forms/records';
import type { AccessionAnswers, Massnahme } from '../questionnaire/accession-form';
import {
  ACCESSION_PAGES,
  CHOICE_TEXTS,
  consentText,
  FROM_CATALOGUE,
  MISSING_TEXT,
  mailboxText,
  NO_MEASURE_TEXT,
  PERIOD_LABEL,
  summaryLabel,
  TRAEGER_KIND_LABELS,
} from '../questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../questionnaire/handlungsfelder';
import { catalogueMeasure } from '../questionnaire/measure-catalogue';
import type { SelfAssessmentAnswers } from '../self-assessment/questionnaire/answers';
import { newMeasureDetailsById } from '../self-assessment/questionnaire/measure-details';
import { compareAssessments, type ReportRow, yearOf } from '../self-assessment/questionnaire/report';
import { QUESTIONNAIRES } from '../self-assessment/questionnaire/versions';
import type { PdfBlock, PdfDocument } from './pdf/pdf-writer';

/**
 * A Jobcenter's lasting record of one submitted version as a PDF document: the declaration of
 * accession (pages and labels from functions/questionnaire/accession-pages.ts, as the printable
 * declaration and the receipt e-mail) or a yearly self-assessment (rows from the questionnaire's
 * report, as the printable report), headed by receipt number, version, time of receipt and the
 * content hash.
 */
export type RecordKind = 'beitritt' | 'selbstbewertung';

export const recordKindOf = (s: Pick<Submission, 'fragebogen'>): RecordKind =>
  QUESTIONNAIRES[s.fragebogen] ? 'selbstbewertung' : 'beitritt';

export const recordTitle = (s: Pick<Submission, 'fragebogen'>): string => {
  const q = QUESTIONNAIRES[s.fragebogen];
  return q ? `Selbstbewertung ${q.year}` : 'Beitrittserklärung';
};

const receiptBlocks = (s: Submission): PdfBlock[] => [
  { type: 'field', label: 'Eingangsnummer', value: s.receiptNumber },
  { type: 'field', label: 'Fassung', value: String(s.version) },
  { type: 'field', label: 'Eingegangen am', value: formatDateTime(s.submittedAt) },
  { type: 'field', label: 'Prüfsumme (SHA-256)', value: s.contentHash },
  {
    type: 'small',
    text: 'Mit der Prüfsumme lässt sich feststellen, dass die beim Ministerium gespeicherte Fassung unverändert ist. Sie ist dieselbe wie in der Eingangsbestätigung.',
  },
];

const measureText = (m: Massnahme): string => {
  const fromCatalogue = m.katalogId ? catalogueMeasure(m.katalogId) : undefined;
  return [
    `${PERIOD_LABEL}: ${formatMonthRange(m.beginn, m.ende)}`,
    ...(fromCatalogue && fromCatalogue.titel !== m.titel ? [FROM_CATALOGUE(fromCatalogue.titel)] : []),
    ...(m.beschreibung ? [m.beschreibung] : []),
  ].join('\n');
};

type Page = (typeof ACCESSION_PAGES)[number];

const pageBlocks = (page: Page, a: AccessionAnswers, jobcenterName: string): PdfBlock[] => {
  switch (page.id) {
    case 'jobcenter':
      return [{ type: 'field', label: 'Name', value: jobcenterName }];
    case 'geschaeftsfuehrung':
      return [
        {
          type: 'field',
          label: summaryLabel('geschaeftsfuehrung', 'name'),
          value: a.geschaeftsfuehrung.name,
        },
        {
          type: 'field',
          label: summaryLabel('geschaeftsfuehrung', 'funktion'),
          value: a.geschaeftsfuehrung.funktion,
        },
      ];
    case 'traeger':
      return a.traegerZustimmungen.map((t) => ({
        type: 'field',
        label: TRAEGER_KIND_LABELS[t.kind],
        value: `${t.traeger}\n${consentText(t.gremium, formatDate(t.zugestimmtAm))}`,
      }));
    case 'ansprechperson': {
      const k = a.inklusionsKontakt;
      return [
        { type: 'field', label: summaryLabel('inklusionsKontakt', 'bezeichnung'), value: k.bezeichnung },
        {
          type: 'field',
          label: summaryLabel('inklusionsKontakt', 'email'),
          value: `${k.email}${mailboxText(k.istFunktionspostfach)}`,
        },
        ...(k.telefon
          ? [
              {
                type: 'field' as const,
                label: summaryLabel('inklusionsKontakt', 'telefon'),
                value: k.telefon,
              },
            ]
          : []),
      ];
    }
    case 'ausgangslage':
      return HANDLUNGSFELDER.flatMap((hf): PdfBlock[] => [
        { type: 'subheading', text: `Handlungsfeld ${hf.nummer}: ${hf.titel}` },
        { type: 'paragraph', text: a.ausgangslage[hf.id] || MISSING_TEXT },
      ]);
    case 'massnahmen':
      return HANDLUNGSFELDER.flatMap((hf): PdfBlock[] => {
        const measures = a.massnahmen.filter((m) => m.handlungsfeld === hf.id);
        return [
          { type: 'subheading', text: `Handlungsfeld ${hf.nummer}: ${hf.titel}` },
          ...(measures.length === 0
            ? [{ type: 'small' as const, text: NO_MEASURE_TEXT }]
            : measures.map((m) => ({ type: 'field' as const, label: m.titel, value: measureText(m) }))),
        ];
      });
    case 'nrw-inklusiv':
      return [{ type: 'paragraph', text: CHOICE_TEXTS.nrwInklusiv.yes }];
    case 'veroeffentlichung':
      return [
        {
          type: 'paragraph',
          text: a.veroeffentlichung ? CHOICE_TEXTS.veroeffentlichung.yes : CHOICE_TEXTS.veroeffentlichung.no,
        },
      ];
    case 'unterzeichnung':
      return [
        {
          type: 'field',
          label: `${summaryLabel('unterzeichnung', 'ort')}, ${summaryLabel('unterzeichnung', 'datum')}`,
          value: `${a.unterzeichnung.ort}, ${formatDate(a.unterzeichnung.datum)}`,
        },
        { type: 'field', label: summaryLabel('unterzeichnung', 'name'), value: a.unterzeichnung.name },
      ];
  }
};

const declarationBlocks = (a: AccessionAnswers, jobcenterName: string): PdfBlock[] =>
  ACCESSION_PAGES.flatMap((page, i): PdfBlock[] => [
    { type: 'heading', text: `${i + 1}. ${page.title}` },
    ...pageBlocks(page, a, jobcenterName),
  ]);

const rowBlocks = (caption: string, rows: ReportRow[], details?: ReadonlyMap<string, string>): PdfBlock[] =>
  rows.length === 0
    ? []
    : [
        { type: 'subheading', text: caption },
        ...rows.map(
          (r): PdfBlock => ({
            type: 'field',
            label: r.label,
            value: [r.current ?? '–', details?.get(r.id)].filter(Boolean).join('\n'),
          }),
        ),
      ];

const selfAssessmentBlocks = (answers: SelfAssessmentAnswers): PdfBlock[] =>
  compareAssessments(yearOf(answers)).flatMap((section): PdfBlock[] => [
    { type: 'heading', text: `Handlungsfeld ${section.nummer}: ${section.titel}` },
    { type: 'field', label: section.rating.label, value: section.rating.current ?? '–' },
    ...rowBlocks('Maßnahmen', section.measures, newMeasureDetailsById(answers.abschnitte[section.hf])),
    ...rowBlocks('Kennzahlen', section.indicators),
    ...rowBlocks('Angaben', section.questions),
  ]);

/** The PDF document of one submitted version (answers as stored: validated when submitted). */
export const recordDocument = (
  submission: Submission,
  context: { jobcenterName: string; campaignTitle: string; createdAt: Date },
): PdfDocument => {
  const title = `${recordTitle(submission)} – Jobcenter ${context.jobcenterName}`;
  const body =
    recordKindOf(submission) === 'selbstbewertung'
      ? selfAssessmentBlocks(submission.answers as SelfAssessmentAnswers)
      : declarationBlocks(submission.answers as AccessionAnswers, context.jobcenterName);
  return {
    title,
    createdAt: context.createdAt,
    footer: `${recordTitle(submission)} Jobcenter ${context.jobcenterName} · Nr. ${submission.receiptNumber} · Fassung ${submission.version}`,
    blocks: [
      { type: 'title', text: title },
      { type: 'paragraph', text: context.campaignTitle },
      ...receiptBlocks(submission),
      ...body,
      {
        type: 'small',
        text: `Erstellt am ${formatDateTime(context.createdAt.toISOString())} aus der beim Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen gespeicherten Fassung.`,
      },
    ],
  };
};
