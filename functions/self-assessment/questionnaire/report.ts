import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../questionnaire/handlungsfelder';
import type { SelfAssessmentAnswers } from './answers';
import { MEASURE_STATUS_LABELS, type MeasureStatus, type Questionnaire } from './definition';
import { QUESTIONNAIRES } from './versions';

/** The link to the report in the form; the receipt e-mail names it with the same words. */
export const REPORT_LINK_LABEL = 'Bericht zur Selbstbewertung öffnen';

/**
 * A submitted self-assessment side by side with the one before it, per Handlungsfeld. Each year
 * is read with its own questionnaire: a question the current year dropped still shows last
 * year's answer ("nicht mehr erfragt"), a new one shows no previous value. Used by the printable
 * report, the MAGS history and the confirmation e-mail.
 */
export type Change = 'new' | 'unchanged' | 'changed' | 'no-longer-asked';

export type ReportRow = {
  id: string;
  label: string;
  current?: string;
  previous?: string;
  change: Change;
  /** The Jobcenter confirmed this answer as unchanged since last year. */
  confirmedUnchanged: boolean;
};

export type ReportSection = {
  hf: HandlungsfeldId;
  nummer: number;
  titel: string;
  rating: ReportRow;
  measures: ReportRow[];
  indicators: ReportRow[];
  questions: ReportRow[];
};

type Year = { questionnaire: Questionnaire; answers: SelfAssessmentAnswers };

const ratingText = (q: Questionnaire, value: number | undefined) => {
  const level = q.rating.find((r) => r.value === value);
  return level ? `${level.value} – ${level.label}` : undefined;
};
const numberText = (value: number | undefined, unit: 'prozent' | 'anzahl') =>
  value === undefined ? undefined : `${value.toLocaleString('de-DE')}${unit === 'prozent' ? ' %' : ''}`;

/** `existedBefore`: last year asked this question or had this measure (an empty answer is an answer). */
const row = (
  id: string,
  label: string,
  current: string | undefined,
  previous: string | undefined,
  asked: boolean,
  existedBefore: boolean,
  confirmed: boolean,
): ReportRow => ({
  id,
  label,
  ...(current !== undefined ? { current } : {}),
  ...(previous !== undefined ? { previous } : {}),
  change: !asked
    ? 'no-longer-asked'
    : !existedBefore
      ? 'new'
      : previous === current
        ? 'unchanged'
        : 'changed',
  confirmedUnchanged: confirmed,
});

/** Looks up a submission's questionnaire; an unknown version is a programming error. */
export const yearOf = (answers: SelfAssessmentAnswers): Year => {
  const questionnaire = QUESTIONNAIRES[answers.fragebogen];
  if (!questionnaire) throw new Error(`unknown questionnaire ${answers.fragebogen}`);
  return { questionnaire, answers };
};

export const compareAssessments = (current: Year, previous?: Year): ReportSection[] =>
  HANDLUNGSFELDER.map((hf) => {
    const cq = current.questionnaire.sections.find((s) => s.hf === hf.id);
    const pq = previous?.questionnaire.sections.find((s) => s.hf === hf.id);
    const c = current.answers.abschnitte[hf.id];
    const p = previous?.answers.abschnitte[hf.id];
    const confirmed = new Set(c.unveraendert);
    const status = (s: MeasureStatus | undefined) => (s ? MEASURE_STATUS_LABELS[s] : undefined);
    const prevStatus = new Map(
      [...(p?.massnahmen ?? []), ...(p?.neueMassnahmen ?? [])].map((m) => [m.id, m.status]),
    );

    const measures = [...c.massnahmen, ...c.neueMassnahmen].map((m) =>
      row(
        m.id,
        m.titel,
        status(m.status),
        status(prevStatus.get(m.id)),
        true,
        prevStatus.has(m.id),
        confirmed.has(`massnahmen.${m.id}`),
      ),
    );
    const indicatorIds = [...(cq?.indicators ?? []), ...(pq?.indicators ?? [])].filter(
      (i, n, all) => all.findIndex((x) => x.id === i.id) === n,
    );
    const indicators = indicatorIds.map((i) => {
      const asked = cq?.indicators.some((x) => x.id === i.id) ?? false;
      return row(
        i.id,
        i.label,
        numberText(c.kennzahlen[i.id], i.unit),
        numberText(p?.kennzahlen[i.id], i.unit),
        asked,
        pq?.indicators.some((x) => x.id === i.id) ?? false,
        confirmed.has(`kennzahlen.${i.id}`),
      );
    });
    const questionIds = [...(cq?.questions ?? []), ...(pq?.questions ?? [])].filter(
      (x, n, all) => all.findIndex((y) => y.id === x.id) === n,
    );
    const questions = questionIds.map((x) => {
      const asked = cq?.questions.some((y) => y.id === x.id) ?? false;
      const label = cq?.questions.find((y) => y.id === x.id)?.label ?? x.label;
      return row(
        x.id,
        label,
        c.antworten[x.id] || undefined,
        p?.antworten[x.id] || undefined,
        asked,
        pq?.questions.some((y) => y.id === x.id) ?? false,
        confirmed.has(`antworten.${x.id}`),
      );
    });
    return {
      hf: hf.id,
      nummer: hf.nummer,
      titel: hf.titel,
      rating: row(
        'bewertung',
        current.questionnaire.ratingQuestion,
        ratingText(current.questionnaire, c.bewertung),
        previous ? ratingText(previous.questionnaire, p?.bewertung) : undefined,
        true,
        p !== undefined,
        confirmed.has('bewertung'),
      ),
      measures,
      indicators,
      questions,
    };
  });

/** The German label of each change: what the report, the review and the receipt e-mail show. */
export const CHANGE_LABELS: Record<Change, string> = {
  new: 'neu',
  unchanged: 'unverändert',
  changed: 'geändert',
  'no-longer-asked': 'nicht mehr erfragt',
};
