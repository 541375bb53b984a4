import type { Questionnaire, TextQuestion } from './definition';
import { RATING_LEVELS } from './definition';

/** The four text questions every Handlungsfeld asks (DOMAIN.md, "The campaign" 3). */
export const commonQuestions = (planned = 'Was planen Sie für das kommende Jahr?'): TextQuestion[] => [
  {
    id: 'umgesetzt',
    label: 'Was haben Sie in diesem Jahr in diesem Handlungsfeld umgesetzt?',
    hint: 'Stichworte genügen. Nennen Sie auch kleine Schritte.',
    required: true,
    maxLength: 2000,
  },
  { id: 'geplant', label: planned, required: true, maxLength: 2000 },
  {
    id: 'hindernisse',
    label: 'Auf welche Hindernisse sind Sie gestoßen?',
    hint: 'Freiwillig. Zum Beispiel fehlende Räume, Personal oder Partner.',
    required: false,
    maxLength: 2000,
  },
  {
    id: 'unterstuetzung',
    label: 'Welche Unterstützung wünschen Sie sich vom Land?',
    hint: 'Freiwillig. Das MAGS wertet die Wünsche aller Jobcenter gemeinsam aus.',
    required: false,
    maxLength: 2000,
  },
];

/** Selbstbewertung 2026: the first yearly questionnaire. */
export const SB_2026: Questionnaire = {
  version: 'sb-2026',
  year: 2026,
  title: 'Selbstbewertung 2026',
  ratingQuestion: 'Wie schätzen Sie den Stand in diesem Handlungsfeld insgesamt ein?',
  rating: RATING_LEVELS,
  maxNewMeasures: 20,
  sections: [
    {
      hf: 'hf1',
      intro: 'Inklusion als Aufgabe der ganzen Organisation und der Führungskräfte.',
      indicators: [
        {
          id: 'fuehrungskraefte-ziele',
          label: 'Anteil der Führungskräfte mit Inklusion als Ziel in der Zielvereinbarung',
          unit: 'prozent',
        },
        {
          id: 'beschaeftigungsquote',
          label: 'Anteil schwerbehinderter Beschäftigter im Jobcenter',
          hint: 'Beschäftigungsquote nach § 154 SGB IX, gerundet.',
          unit: 'prozent',
        },
      ],
      questions: commonQuestions(),
    },
    {
      hf: 'hf2',
      intro: 'Zugang zu Gebäuden, Informationen und digitalen Angeboten.',
      indicators: [
        {
          id: 'standorte-geprueft',
          label: 'Anteil der Standorte, die auf Barrierefreiheit geprüft wurden',
          unit: 'prozent',
        },
        {
          id: 'standorte-barrierefrei',
          label: 'Anteil der Standorte mit barrierefreiem Zugang',
          unit: 'prozent',
        },
        {
          id: 'leichte-sprache',
          label: 'Anzahl der Informationsangebote in Leichter Sprache',
          unit: 'anzahl',
        },
      ],
      questions: commonQuestions(),
    },
    {
      hf: 'hf3',
      intro: 'Beratungskompetenz der Mitarbeiterinnen und Mitarbeiter.',
      indicators: [
        {
          id: 'fachkraefte-geschult',
          label: 'Anteil der Integrationsfachkräfte, die zu Inklusion geschult wurden',
          unit: 'prozent',
        },
        { id: 'schulungen', label: 'Anzahl der Schulungen und Seminare im Jahr', unit: 'anzahl' },
      ],
      questions: commonQuestions(),
    },
    {
      hf: 'hf4',
      intro: 'Arbeitgeber für die Beschäftigung von Menschen mit Behinderungen gewinnen.',
      indicators: [
        {
          id: 'arbeitgeberkontakte',
          label: 'Anzahl der Arbeitgeberkontakte zur Beschäftigung von Menschen mit Behinderungen',
          unit: 'anzahl',
        },
        {
          id: 'vermittlungen',
          label: 'Anzahl der Vermittlungen von Menschen mit Schwerbehinderung in Arbeit',
          unit: 'anzahl',
        },
      ],
      questions: commonQuestions(),
    },
    {
      hf: 'hf5',
      intro: 'Bessere Chancen für junge Menschen mit Beeinträchtigung.',
      indicators: [
        {
          id: 'junge-menschen-gefoerdert',
          label: 'Anzahl junger Menschen mit Beeinträchtigung in Förderangeboten',
          unit: 'anzahl',
        },
        {
          id: 'schulkooperationen',
          label: 'Anzahl der Kooperationen mit Schulen (zum Beispiel KAoA-STAR)',
          unit: 'anzahl',
        },
      ],
      questions: commonQuestions(),
    },
    {
      hf: 'hf6',
      intro: 'Zusammenarbeit mit Partnern vor Ort.',
      indicators: [
        { id: 'netzwerkpartner', label: 'Anzahl der Netzwerkpartner', unit: 'anzahl' },
        { id: 'netzwerktreffen', label: 'Anzahl der Netzwerktreffen im Jahr', unit: 'anzahl' },
      ],
      questions: commonQuestions(),
    },
  ],
};
