import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import type { Basis } from '../../../functions/self-assessment/questionnaire/basis';
import {
  MEASURE_STATUS_HINTS,
  MEASURE_STATUS_LABELS,
  MeasureStatus,
  type Questionnaire,
} from '../../../functions/self-assessment/questionnaire/definition';
import type { FieldProblem } from '../api/client';
import { isHandlungsfeld, nummerOf, type SelfAssessmentInput, sectionOf } from './self-assessment';

/** Field ids, field names in words and answers as text, for the self-assessment's pages. */

/** The fields of a new measure, each with its own input (the id of an error's input, its name). */
export const NEW_MEASURE_LEAVES: Record<string, string> = {
  katalogId: 'Auswahl aus dem Maßnahmenkatalog',
  titel: 'Titel',
  beschreibung: 'Beschreibung',
  status: 'Stand',
  beginn: 'Beginn',
  ende: 'Voraussichtliches Ende',
  zielgruppe: 'Zielgruppe',
  mittelEuro: 'Mittel in Euro',
  mittelHerkunft: 'Herkunft der Mittel',
};

const toId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** The id of the "mark as done" button of a section: where an error about the whole section leads. */
export const doneButtonId = (hf: HandlungsfeldId) => `f-erledigt-${hf}`;

export const unchangedId = (hf: HandlungsfeldId, key: string) => toId(`abschnitte.${hf}.unveraendert.${key}`);

/**
 * `abschnitte.hf2.kennzahlen.schulungen` → `f-abschnitte-hf2-kennzahlen-schulungen`: the id of the
 * input an error is about. An error about a list or a whole section leads to its first input.
 */
export const fieldId = (path: string, answers: SelfAssessmentInput, q: Questionnaire): string | undefined => {
  const [top, hfId = '', part, index, leaf] = path.split('.');
  if (!isHandlungsfeld(hfId)) return undefined;
  if (top === 'erledigt') return doneButtonId(hfId);
  const base = `abschnitte.${hfId}`;
  const section = sectionOf(q, hfId);
  const isIndex = index !== undefined && /^\d+$/.test(index);
  switch (part) {
    case 'massnahmen':
      return toId(
        `${base}.massnahmen.${isIndex ? index : 0}.${leaf === 'bemerkung' ? 'bemerkung' : 'status'}`,
      );
    case 'neueMassnahmen':
      if (!isIndex) return toId(`${base}.neueMassnahmen`);
      return toId(
        `${base}.neueMassnahmen.${index}.${leaf && Object.hasOwn(NEW_MEASURE_LEAVES, leaf) ? leaf : 'titel'}`,
      );
    case 'kennzahlen':
      return toId(`${base}.kennzahlen.${index ?? section.indicators[0]?.id}`);
    case 'antworten':
      return toId(`${base}.antworten.${index ?? section.questions[0]?.id}`);
    case 'bewertung':
      return toId(`${base}.bewertung`);
    case 'unveraendert': {
      const key = isIndex ? answers.abschnitte?.[hfId]?.unveraendert?.[Number(index)] : undefined;
      return key ? unchangedId(hfId, key) : doneButtonId(hfId);
    }
    default:
      return doneButtonId(hfId);
  }
};

/** The Handlungsfeld a path belongs to (`abschnitte.hf2.…`, `erledigt.hf2`). */
export const hfOfPath = (path: string): HandlungsfeldId | undefined => {
  const [, hf = ''] = path.split('.');
  return isHandlungsfeld(hf) ? hf : undefined;
};

/** Where a field is, in words: "Maßnahme „Aktionsplan“, Stand"; with the section: "Handlungsfeld 2, …". */
export const describePath = (
  path: string,
  answers: SelfAssessmentInput,
  q: Questionnaire,
  options: { withSection?: boolean } = {},
): string => {
  const [top, hfId = '', part, index, leaf] = path.split('.');
  if (!isHandlungsfeld(hfId)) return 'Selbstbewertung';
  const prefix = `Handlungsfeld ${nummerOf(hfId)}`;
  const within = (text: string) => (options.withSection ? `${prefix}, ${text}` : text);
  if (top === 'erledigt') return prefix;
  const section = sectionOf(q, hfId);
  const i = Number(index);
  switch (part) {
    case 'massnahmen': {
      const m = answers.abschnitte?.[hfId]?.massnahmen?.[i];
      if (!m) return within('Stand der Maßnahmen');
      return within(`Maßnahme „${m.titel ?? m.id}“, ${leaf === 'bemerkung' ? 'Anmerkung' : 'Stand'}`);
    }
    case 'neueMassnahmen': {
      if (Number.isNaN(i)) return within('Neue Maßnahmen');
      const name = `Neue Maßnahme ${i + 1}`;
      return within(leaf && NEW_MEASURE_LEAVES[leaf] ? `${name}, ${NEW_MEASURE_LEAVES[leaf]}` : name);
    }
    case 'kennzahlen':
      return within(section.indicators.find((x) => x.id === index)?.label ?? 'Kennzahlen');
    case 'antworten':
      return within(section.questions.find((x) => x.id === index)?.label ?? 'Fragen');
    case 'bewertung':
      return within('Selbsteinschätzung');
    case 'unveraendert':
      return within('Unverändert seit dem Vorjahr');
    default:
      return prefix;
  }
};

/** "Anteil …: Bitte ausfüllen." – a question keeps its question mark: "Was planen Sie …? Bitte ausfüllen." */
export const summaryText = (where: string, message: string): string =>
  /[?!]$/.test(where) ? `${where} ${message}` : `${where}: ${message}`;

/**
 * The errors of a whole assessment, one line per Handlungsfeld (its first field, and how many
 * more): the check page links into each section, whose own summary then lists every field.
 */
export const errorsBySection = (
  errors: readonly FieldProblem[],
  answers: SelfAssessmentInput,
  q: Questionnaire,
): { hf?: HandlungsfeldId; field?: string; text: string }[] => {
  const lines: { hf?: HandlungsfeldId; field?: string; text: string }[] = errors
    .filter((e) => !hfOfPath(e.field))
    .map((e) => ({ text: summaryText('Selbstbewertung', e.message) }));
  for (const { id: hf } of HANDLUNGSFELDER) {
    const own = errors.filter((e) => hfOfPath(e.field) === hf);
    const fields = own.filter((e) => !e.field.startsWith('erledigt'));
    const first = fields[0] ?? own[0];
    if (!first) continue;
    const more = Math.max(fields.length - 1, 0);
    const text = summaryText(describePath(first.field, answers, q, { withSection: true }), first.message);
    const field = fieldId(first.field, answers, q);
    lines.push({
      hf,
      ...(field ? { field } : {}),
      text: more > 0 ? `${text} (und ${more} weitere ${more === 1 ? 'Angabe' : 'Angaben'})` : text,
    });
  }
  return lines;
};

// ---------- Showing answers ----------

export const ratingText = (q: Questionnaire, value: unknown): string | undefined => {
  const level = q.rating.find((r) => r.value === value);
  return level ? `${level.value} – ${level.label}` : undefined;
};

export const countText = (value: unknown, unit: 'prozent' | 'anzahl'): string | undefined =>
  typeof value === 'number'
    ? `${value.toLocaleString('de-DE')}${unit === 'prozent' ? ' %' : ''}`
    : typeof value === 'string' && value.trim()
      ? value
      : undefined;

export const statusText = (value: unknown): string | undefined =>
  typeof value === 'string' && value in MEASURE_STATUS_LABELS
    ? MEASURE_STATUS_LABELS[value as MeasureStatus]
    : undefined;

/** "Vorjahr (2025): in Umsetzung" or, for a measure known only from the accession, where it comes from. */
export const measureOrigin = (basis: Basis, id: string): { label: string; previous: boolean } => {
  const lastYear = basis.previous;
  const inLastYear =
    lastYear &&
    Object.values(lastYear.answers.abschnitte).some((s) =>
      [...s.massnahmen, ...s.neueMassnahmen].some((m) => m.id === id),
    );
  const measure = basis.measures.find((m) => m.id === id);
  const status = statusText(measure?.vorjahr) ?? '';
  return inLastYear
    ? { label: `Vorjahr (${lastYear.year}): ${status}`, previous: true }
    : { label: `Aus der Beitrittserklärung: ${status}`, previous: false };
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The five stages of a measure as radio choices: the labels and hints declared with the status. */
export const STATUS_CHOICES: readonly { value: MeasureStatus; label: string; hint: string }[] =
  MeasureStatus.options.map((value) => ({
    value,
    label: capitalised(MEASURE_STATUS_LABELS[value]),
    hint: MEASURE_STATUS_HINTS[value],
  }));
