import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../../../functions/questionnaire/measure-catalogue';
import {
  draftSchema,
  type SectionDraft,
  type SelfAssessmentDraft,
} from '../../../functions/questionnaire/self-assessment/answers';
import { type Basis, previousValues } from '../../../functions/questionnaire/self-assessment/basis';
import {
  applyUnchanged,
  checkAssessment,
  checkSection,
  type SectionStatus,
  sectionStatus,
} from '../../../functions/questionnaire/self-assessment/check';
import {
  MEASURE_STATUS_LABELS,
  type MeasureStatus,
  type Questionnaire,
  type QuestionnaireSection,
} from '../../../functions/questionnaire/self-assessment/definition';
import {
  euroText,
  measureDetailsText,
} from '../../../functions/questionnaire/self-assessment/measure-details';
import { questionnaire } from '../../../functions/questionnaire/self-assessment/versions';
import type { FieldProblem } from '../api/client';
import type { FormContext } from '../api/schemas';
import { withoutInvalid } from './answer-path';
import {
  type Choices,
  type ConflictRow,
  type MergeConflict,
  type MergeResult,
  mergeAnswers,
  sameAnswer,
} from './merge-answers';

/**
 * The yearly self-assessment (Selbstbewertung) in the browser, pure functions only. The answers
 * have the shape of `SelfAssessmentDraft` (the autosave schema), with one difference: a count is
 * kept as typed until it is a number, so "12,5" or "viele" stays in the field and gets the
 * schema's message instead of vanishing. The checks are the API's own (`checkSection`,
 * `checkAssessment`), so browser and server name the same fields with the same paths
 * (`abschnitte.hf2.kennzahlen.standorte-geprueft`).
 */
export type CountInput = number | string;
type NewMeasureDraft = NonNullable<SectionDraft['neueMassnahmen']>[number];
/** A new measure; its amount in euros, like a count, is kept as typed until it is a number. */
export type NewMeasureInput = Omit<NewMeasureDraft, 'mittelEuro'> & { mittelEuro?: CountInput | undefined };
export type Section = Omit<SectionDraft, 'kennzahlen' | 'neueMassnahmen'> & {
  kennzahlen?: Record<string, CountInput>;
  neueMassnahmen?: NewMeasureInput[];
};
export type SelfAssessmentInput = Omit<SelfAssessmentDraft, 'abschnitte'> & {
  abschnitte?: Partial<Record<HandlungsfeldId, Section>>;
};
export type CarriedMeasureInput = NonNullable<Section['massnahmen']>[number];

/** The questionnaire of the campaign and what this Jobcenter starts from. */
export type SelfAssessmentSetup = { questionnaire: Questionnaire; basis: Basis };

export const setupOf = (context: FormContext): SelfAssessmentSetup | undefined =>
  context.selfAssessment
    ? { questionnaire: questionnaire(context.formVersion), basis: context.selfAssessment.basis }
    : undefined;

export const sectionOf = (q: Questionnaire, hf: HandlungsfeldId): QuestionnaireSection => {
  const section = q.sections.find((s) => s.hf === hf);
  if (!section) throw new Error(`questionnaire ${q.version} has no ${hf}`);
  return section;
};

export const isHandlungsfeld = (id: string): id is HandlungsfeldId =>
  HANDLUNGSFELDER.some((h) => h.id === id);

const nummerOf = (hf: HandlungsfeldId) => HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer ?? 0;

// ---------- Reading, saving, checking ----------

/** The checks take the draft type; a count still being typed fails them with the schema's message. */
const asDraft = (answers: SelfAssessmentInput) => answers as SelfAssessmentDraft;

/**
 * Every carried measure of the Jobcenter in its section (in the basis order, titles from the
 * basis), nothing the server would reject as not this Jobcenter's, confirmations only where last
 * year has a value.
 */
export const withCarried = (answers: SelfAssessmentInput, basis: Basis): SelfAssessmentInput => {
  const abschnitte: Partial<Record<HandlungsfeldId, Section>> = { ...answers.abschnitte };
  for (const { id: hf } of HANDLUNGSFELDER) {
    const section = abschnitte[hf];
    const carried = basis.measures.filter((m) => m.hf === hf);
    if (!section && carried.length === 0) continue;
    const given = new Map((section?.massnahmen ?? []).map((m) => [m.id, m]));
    const previous = previousValues(basis, hf);
    abschnitte[hf] = {
      ...section,
      massnahmen: carried.map((m) => ({ ...given.get(m.id), id: m.id, titel: m.titel })),
      ...(section?.unveraendert ? { unveraendert: section.unveraendert.filter((k) => previous.has(k)) } : {}),
    };
  }
  return { ...answers, abschnitte };
};

/** Stored answers (a draft, a submission or the prefill) read leniently: what does not fit is left out. */
export const readSelfAssessment = (raw: unknown, { questionnaire: q, basis }: SelfAssessmentSetup) => {
  const data = withoutInvalid<SelfAssessmentDraft>(draftSchema(q), raw, 3).data;
  return withCarried({ ...data, fragebogen: q.version }, basis);
};

/** What autosave may send: fields the draft schema rejects stay in the browser and are named. */
export const toSavableSelfAssessment = (
  answers: SelfAssessmentInput,
  q: Questionnaire,
): { draft: SelfAssessmentDraft; dropped: string[] } => {
  const { kept, removed } = withoutInvalid<SelfAssessmentDraft>(draftSchema(q), answers);
  return kept
    ? { draft: kept, dropped: removed }
    : { draft: { fragebogen: q.version }, dropped: ['formular'] };
};

/** Everything that keeps a section from being done (the same check as on submit). */
export const sectionErrors = (
  { questionnaire: q, basis }: SelfAssessmentSetup,
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
): FieldProblem[] => checkSection(q, hf, asDraft(answers).abschnitte?.[hf], basis).errors;

export const statusOf = (
  { questionnaire: q, basis }: SelfAssessmentSetup,
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
): SectionStatus => sectionStatus(q, hf, asDraft(answers), basis);

/** What the API checks on submit: every section complete and marked as done. */
export const validateSelfAssessment = (
  answers: SelfAssessmentInput,
  { questionnaire: q, basis }: SelfAssessmentSetup,
): FieldProblem[] => checkAssessment(q, asDraft(answers), basis).errors;

/** The section as it will be submitted: confirmed answers take last year's value. */
export const effectiveSection = (
  { basis }: SelfAssessmentSetup,
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
): Section => applyUnchanged(asDraft(answers).abschnitte?.[hf] ?? {}, previousValues(basis, hf)) as Section;

export const STATUS_TAG: Record<SectionStatus, string> = {
  'nicht-begonnen': 'tag-empty',
  'in-bearbeitung': 'tag-started',
  erledigt: 'tag-done',
};

// ---------- Editing ----------

type AnswerKind = 'bewertung' | 'massnahmen' | 'kennzahlen' | 'antworten';

const splitKey = (key: string): [AnswerKind, string] => {
  const dot = key.indexOf('.');
  return dot < 0 ? [key as AnswerKind, ''] : [key.slice(0, dot) as AnswerKind, key.slice(dot + 1)];
};

/** The value of one answer of a section, by answer key (`kennzahlen.schulungen`, `bewertung`, …). */
export const answerValue = (section: Section | undefined, key: string): unknown => {
  const [kind, id] = splitKey(key);
  if (kind === 'bewertung') return section?.bewertung;
  if (kind === 'massnahmen') return section?.massnahmen?.find((m) => m.id === id)?.status;
  if (kind === 'kennzahlen') return section?.kennzahlen?.[id];
  return section?.antworten?.[id];
};

const withAnswer = (section: Section, key: string, value: unknown): Section => {
  const [kind, id] = splitKey(key);
  if (kind === 'bewertung') return { ...section, bewertung: value as number };
  if (kind === 'massnahmen')
    return {
      ...section,
      massnahmen: (section.massnahmen ?? []).map((m) =>
        m.id === id ? { ...m, status: value as MeasureStatus } : m,
      ),
    };
  if (kind === 'kennzahlen')
    return { ...section, kennzahlen: { ...section.kennzahlen, [id]: value as number } };
  return { ...section, antworten: { ...section.antworten, [id]: value as string } };
};

/**
 * Changes one section. Any change withdraws the section's "done" mark (it is marked again after
 * the check); a change of the answer `key` withdraws its "unchanged since last year" confirmation.
 */
export const editSection = (
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
  change: (section: Section) => Section,
  key?: string,
): SelfAssessmentInput => {
  let section = change(answers.abschnitte?.[hf] ?? {});
  if (key && section.unveraendert?.includes(key))
    section = { ...section, unveraendert: section.unveraendert.filter((k) => k !== key) };
  return {
    ...answers,
    abschnitte: { ...answers.abschnitte, [hf]: section },
    erledigt: (answers.erledigt ?? []).filter((h) => h !== hf),
  };
};

/** Sets one answer (by answer key); an empty count or text removes it. */
export const setAnswer = (
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
  key: string,
  value: unknown,
): SelfAssessmentInput =>
  editSection(
    answers,
    hf,
    (s) => {
      const [kind, id] = splitKey(key);
      if (value === undefined && kind === 'kennzahlen') {
        const { [id]: _gone, ...rest } = s.kennzahlen ?? {};
        return { ...s, kennzahlen: rest };
      }
      return withAnswer(s, key, value);
    },
    key,
  );

/**
 * "Unverändert seit dem Vorjahr": takes last year's value and records the confirmation.
 * Unchecking withdraws it and brings back `restore`, the answer given before checking (kept by
 * the page); without one, last year's value stays as a start for the new answer.
 */
export const setUnchanged = (
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
  key: string,
  checked: boolean,
  previous: ReadonlyMap<string, unknown>,
  restore?: unknown,
): SelfAssessmentInput =>
  editSection(answers, hf, (s) => {
    const others = (s.unveraendert ?? []).filter((k) => k !== key);
    if (!checked || !previous.has(key))
      return { ...(restore === undefined ? s : withAnswer(s, key, restore)), unveraendert: others };
    return { ...withAnswer(s, key, previous.get(key)), unveraendert: [...others, key] };
  });

export const markDone = (answers: SelfAssessmentInput, hf: HandlungsfeldId): SelfAssessmentInput => ({
  ...answers,
  erledigt: HANDLUNGSFELDER.map((h) => h.id).filter((id) => id === hf || answers.erledigt?.includes(id)),
});

/** A new measure with a client-made id (stable across years: next year's assessment refers to it). */
export const newMeasureInput = (): NewMeasureInput => ({ id: crypto.randomUUID().toLowerCase(), titel: '' });

export const setNewMeasure = (
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
  id: string,
  change: (m: NewMeasureInput) => NewMeasureInput,
): SelfAssessmentInput =>
  editSection(answers, hf, (s) => ({
    ...s,
    neueMassnahmen: (s.neueMassnahmen ?? []).map((m) => (m.id === id ? change(m) : m)),
  }));

export const setCarriedMeasure = (
  answers: SelfAssessmentInput,
  hf: HandlungsfeldId,
  id: string,
  change: (m: CarriedMeasureInput) => CarriedMeasureInput,
): SelfAssessmentInput =>
  editSection(
    answers,
    hf,
    (s) => ({ ...s, massnahmen: (s.massnahmen ?? []).map((m) => (m.id === id ? change(m) : m)) }),
    `massnahmen.${id}`,
  );

/** A count as typed: a number once it reads as one ("1.200" and "12,5" included), else the text. */
export const parseCount = (text: string): CountInput | undefined => {
  const compact = text.replace(/\s+/g, '').replace(/%$/, '');
  if (compact === '') return undefined;
  const ungrouped = /^\d{1,3}(\.\d{3})+$/.test(compact) ? compact.replace(/\./g, '') : compact;
  return /^-?\d+([.,]\d+)?$/.test(ungrouped) ? Number(ungrouped.replace(',', '.')) : text;
};

export const formatCount = (value: CountInput | undefined): string =>
  value === undefined ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value;

/** An amount in euros as typed: "12.000", "12000 €" and "12.000 EUR" read as 12000. */
export const parseEuro = (text: string): CountInput | undefined =>
  parseCount(text.replace(/\s*(€|euro?)\s*$/i, ''));

// ---------- Field ids and labels ----------

/** The fields of a new measure, each with its own input (the id of an error's input, its name). */
const NEW_MEASURE_LEAVES: Record<string, string> = {
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

// ---------- Merging with a version saved elsewhere ----------

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

/** The five stages of a measure as radio choices, in plain language. */
export const STATUS_CHOICES: readonly { value: MeasureStatus; label: string; hint: string }[] = [
  { value: 'geplant', label: 'Geplant', hint: 'Beschlossen, aber noch nicht begonnen.' },
  { value: 'in-umsetzung', label: 'In Umsetzung', hint: 'Hat begonnen und läuft.' },
  { value: 'umgesetzt', label: 'Umgesetzt', hint: 'Ist abgeschlossen.' },
  { value: 'verstetigt', label: 'Verstetigt', hint: 'Gehört dauerhaft zur Arbeit des Jobcenters.' },
  {
    value: 'aufgegeben',
    label: 'Aufgegeben',
    hint: 'Wird nicht weiterverfolgt; im nächsten Jahr wird sie nicht mehr abgefragt.',
  },
];

/** `?zurueck=pruefen`: opened from the check-answers page, so the section returns there. */
export const RETURN_TO_CHECK = 'pruefen';
