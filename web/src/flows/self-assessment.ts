import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import {
  draftSchema,
  type SectionDraft,
  type SelfAssessmentDraft,
} from '../../../functions/self-assessment/questionnaire/answers';
import { type Basis, previousValues } from '../../../functions/self-assessment/questionnaire/basis';
import {
  applyUnchanged,
  checkAssessment,
  checkSection,
  type SectionStatus,
  sectionStatus,
} from '../../../functions/self-assessment/questionnaire/check';
import type {
  MeasureStatus,
  Questionnaire,
  QuestionnaireSection,
} from '../../../functions/self-assessment/questionnaire/definition';
import { questionnaire } from '../../../functions/self-assessment/questionnaire/versions';
import type { FieldProblem } from '../api/client';
import type { FormContext } from '../api/schemas';
import { withoutInvalid } from './answer-path';

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
    ? { questionnaire: questionnaire(context.fragebogen), basis: context.selfAssessment.basis }
    : undefined;

export const sectionOf = (q: Questionnaire, hf: HandlungsfeldId): QuestionnaireSection => {
  const section = q.sections.find((s) => s.hf === hf);
  if (!section) throw new Error(`questionnaire ${q.version} has no ${hf}`);
  return section;
};

export const isHandlungsfeld = (id: string): id is HandlungsfeldId =>
  HANDLUNGSFELDER.some((h) => h.id === id);

export const nummerOf = (hf: HandlungsfeldId) => HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer ?? 0;

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
  'not-started': 'tag-empty',
  'in-progress': 'tag-started',
  done: 'tag-done',
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

/** `?zurueck=pruefen`: opened from the check-answers page, so the section returns there. */
export const RETURN_TO_CHECK = 'pruefen';
