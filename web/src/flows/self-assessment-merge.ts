import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../../../functions/questionnaire/measure-catalogue';
import type { Questionnaire } from '../../../functions/self-assessment/questionnaire/definition';
import {
  euroText,
  measureDetailsText,
} from '../../../functions/self-assessment/questionnaire/measure-details';
import {
  type Choices,
  type ConflictRow,
  type MergeConflict,
  type MergeResult,
  mergeAnswers,
  sameAnswer,
} from './merge-answers';
import {
  answerValue,
  isHandlungsfeld,
  type NewMeasureInput,
  nummerOf,
  type Section,
  type SelfAssessmentInput,
} from './self-assessment';
import { countText, NEW_MEASURE_LEAVES, ratingText, statusText } from './self-assessment-labels';

/** Merging the self-assessment with a version saved elsewhere, and its conflicts in words. */

/**
 * A confirmation ("unchanged since last year", "done") is kept only where it still holds after
 * the merge: a side that confirmed an answer has last year's value there, so the confirmation
 * stays if the merged answer is that side's; a section stays done if it is exactly as on a side
 * that marked it done (any change withdraws the mark, as when editing).
 */
const keepConfirmations = (
  merged: SelfAssessmentInput,
  sides: readonly SelfAssessmentInput[],
): SelfAssessmentInput => {
  const abschnitte: Partial<Record<HandlungsfeldId, Section>> = {};
  for (const [hf, section] of Object.entries(merged.abschnitte ?? {}) as [HandlungsfeldId, Section][])
    abschnitte[hf] = section.unveraendert
      ? {
          ...section,
          unveraendert: section.unveraendert.filter((key) =>
            sides.some((side) => {
              const own = side.abschnitte?.[hf];
              return (
                own?.unveraendert?.includes(key) &&
                sameAnswer(answerValue(own, key), answerValue(section, key))
              );
            }),
          ),
        }
      : section;
  const erledigt = HANDLUNGSFELDER.map((h) => h.id).filter(
    (hf) =>
      merged.erledigt?.includes(hf) &&
      sides.some((side) => side.erledigt?.includes(hf) && sameAnswer(side.abschnitte?.[hf], abschnitte[hf])),
  );
  return {
    ...merged,
    ...(merged.abschnitte ? { abschnitte } : {}),
    ...(merged.erledigt ? { erledigt } : {}),
  };
};

/**
 * Three-way merge after a save conflict (see `mergeAnswers`): per answer of each section (a
 * measure's stage and note by measure id, new measures by id, each count, each text answer, the
 * rating), confirmations per answer key, the "done" marks per Handlungsfeld.
 */
export const mergeSelfAssessment = (
  base: SelfAssessmentInput,
  mine: SelfAssessmentInput,
  theirs: SelfAssessmentInput,
  choices: Choices = {},
): MergeResult<SelfAssessmentInput> => {
  const { merged, conflicts } = mergeAnswers(base, mine, theirs, choices);
  return { merged: keepConfirmations(merged, [mine, theirs]), conflicts };
};

const EMPTY = '(leer)';
const plainText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
const catalogueText = (value: unknown): string | undefined =>
  typeof value === 'string' ? (catalogueMeasure(value)?.titel ?? value) : undefined;

const amountText = (value: unknown): string | undefined =>
  typeof value === 'number' || (typeof value === 'string' && value.trim()) ? euroText(value) : undefined;

/** A whole new measure, removed on one side and changed on the other. */
const newMeasureText = (value: unknown): string => {
  if (value === undefined) return '(entfernt)';
  const m = value as NewMeasureInput;
  return (
    [m.titel?.trim(), statusText(m.status), m.beschreibung?.trim(), measureDetailsText(m)]
      .filter(Boolean)
      .join(', ') || EMPTY
  );
};

/**
 * The conflicts of a merge in words: "Handlungsfeld 1, Anteil …" with the value here and in the
 * version saved elsewhere. Keyed by the conflict's path, as the choices are.
 */
export const describeConflicts = (
  conflicts: readonly MergeConflict[],
  mine: SelfAssessmentInput,
  theirs: SelfAssessmentInput,
  q: Questionnaire,
): ConflictRow[] =>
  conflicts.map(({ path, mine: a, theirs: b }) => {
    const [, hfId = '', part, id = '', leaf] = path.split('.');
    const row = (label: string, format: (value: unknown) => string | undefined) => ({
      path,
      label,
      mine: format(a) ?? EMPTY,
      theirs: format(b) ?? EMPTY,
    });
    if (!isHandlungsfeld(hfId)) return row('Selbstbewertung', plainText);
    const prefix = `Handlungsfeld ${nummerOf(hfId)}`;
    const sides = [mine.abschnitte?.[hfId], theirs.abschnitte?.[hfId]];
    const definition = q.sections.find((s) => s.hf === hfId);
    switch (part) {
      case 'massnahmen': {
        const measure = sides.map((s) => s?.massnahmen?.find((m) => m.id === id)).find(Boolean);
        const name = `${prefix}, Maßnahme „${measure?.titel ?? id}“`;
        if (leaf === 'status') return row(`${name}, Stand`, statusText);
        if (leaf === 'bemerkung') return row(`${name}, Anmerkung`, plainText);
        return row(name, plainText);
      }
      case 'neueMassnahmen': {
        const lists = sides.map((s) => s?.neueMassnahmen ?? []);
        const titel = lists
          .map((l) => l.find((m) => m.id === id)?.titel?.trim())
          .find((t): t is string => Boolean(t));
        const index = lists.map((l) => l.findIndex((m) => m.id === id)).find((i) => i >= 0) ?? 0;
        const name = `${prefix}, ${titel ? `Neue Maßnahme „${titel}“` : `Neue Maßnahme ${index + 1}`}`;
        if (!leaf) return row(name, newMeasureText);
        const format =
          leaf === 'status'
            ? statusText
            : leaf === 'katalogId'
              ? catalogueText
              : leaf === 'mittelEuro'
                ? amountText
                : plainText;
        return row(`${name}, ${NEW_MEASURE_LEAVES[leaf] ?? leaf}`, format);
      }
      case 'kennzahlen': {
        const indicator = definition?.indicators.find((x) => x.id === id);
        return row(`${prefix}, ${indicator?.label ?? 'Kennzahl'}`, (v) =>
          indicator ? countText(v, indicator.unit) : plainText(v),
        );
      }
      case 'antworten':
        return row(
          `${prefix}, ${definition?.questions.find((x) => x.id === id)?.label ?? 'Frage'}`,
          plainText,
        );
      case 'bewertung':
        return row(`${prefix}, Selbsteinschätzung`, (v) => ratingText(q, v));
      default:
        return row(prefix, plainText);
    }
  });
