import * as z from 'zod';
import { MeasureId, Month } from '../../questionnaire/accession-fields';
import { HandlungsfeldId } from '../../questionnaire/handlungsfelder';
import { CatalogueMeasureId, catalogueMeasure } from '../../questionnaire/measure-catalogue';
import { missing, requiredText, text } from '../../registry/jobcenter';
import { germanInteger } from '../../shared/german-number';
import {
  MeasureStatus,
  type NewMeasureField,
  type Questionnaire,
  type QuestionnaireSection,
} from './definition';
import { QuestionnaireVersion } from './versions';

/**
 * Answers to a self-assessment, per Handlungsfeld. The generic schemas below give the types (and
 * bound every field); `answerSchemas(questionnaire)` narrows them to one year's questions: exactly
 * its indicators and text questions, required ones required. Drafts accept any partial state.
 */
export const PERCENT_MAX = 100;
export const COUNT_MAX = 1_000_000;

/**
 * Key of one answer inside a section, used by "unchanged since last year" confirmations:
 * `bewertung`, `massnahmen.<measure id>`, `kennzahlen.<indicator id>`, `antworten.<question id>`.
 */
export const AnswerKey = z
  .string()
  .regex(
    /^(bewertung|massnahmen\.[a-z0-9-]{8,40}|kennzahlen\.[a-z][a-z0-9-]{1,40}|antworten\.[a-z][a-z0-9-]{1,40})$/,
    'Unbekannte Angabe.',
  );

const Rating = z
  .number({ error: 'Bitte eine Stufe von 1 bis 5 wählen.' })
  .int('Bitte eine Stufe von 1 bis 5 wählen.')
  .min(1, 'Bitte eine Stufe von 1 bis 5 wählen.')
  .max(5, 'Bitte eine Stufe von 1 bis 5 wählen.');

/** A measure carried over from the accession or last year; its title is set by the server. */
const CarriedMeasure = z
  .object({
    id: MeasureId,
    titel: text(200),
    status: MeasureStatus,
    bemerkung: text(500).optional(),
  })
  .strict();

export const FUNDING_MAX_EURO = 100_000_000;

/** Fields a questionnaire may ask of a new measure (`neueMassnahmeFelder`); see `newMeasureSchema`. */
const newMeasureExtras = {
  beginn: Month.optional(),
  ende: Month.optional(),
  zielgruppe: text(200).optional(),
  mittelEuro: z
    .number({ error: 'Bitte einen Betrag in Euro angeben.' })
    .int('Bitte einen Betrag in ganzen Euro angeben.')
    .min(0, 'Der Betrag darf nicht negativ sein.')
    .max(FUNDING_MAX_EURO, `Höchstens ${germanInteger(FUNDING_MAX_EURO)} Euro.`)
    .optional(),
  mittelHerkunft: text(200).optional(),
};

export const NewMeasure = z
  .object({
    id: MeasureId,
    katalogId: CatalogueMeasureId.optional(),
    titel: requiredText(200),
    beschreibung: text(1000).optional(),
    status: MeasureStatus,
    ...newMeasureExtras,
  })
  .strict();
export type NewMeasure = z.infer<typeof NewMeasure>;

const bounded = (max: number) =>
  z
    .number({ error: (iss) => missing(iss) ?? 'Bitte eine Zahl angeben.' })
    .int('Bitte eine ganze Zahl angeben.')
    .min(0, 'Die Zahl darf nicht negativ sein.')
    .max(max, `Höchstens ${germanInteger(max)}.`);

export const SectionAnswers = z
  .object({
    massnahmen: z.array(CarriedMeasure).max(100),
    neueMassnahmen: z.array(NewMeasure).max(30),
    kennzahlen: z.record(z.string(), bounded(COUNT_MAX)),
    antworten: z.record(z.string(), text(4000).optional()),
    bewertung: Rating,
    unveraendert: z.array(AnswerKey).max(200),
  })
  .strict();
export type SectionAnswers = z.infer<typeof SectionAnswers>;

/** One schema per Handlungsfeld, keyed hf1 … hf6. */
const perSection = <T extends z.ZodType>(schema: T) =>
  z.object(
    Object.fromEntries(HandlungsfeldId.options.map((hf) => [hf, schema])) as { [K in HandlungsfeldId]: T },
  );

export const SelfAssessmentAnswers = z
  .object({
    fragebogen: QuestionnaireVersion,
    abschnitte: perSection(SectionAnswers).strict(),
    erledigt: z.array(HandlungsfeldId).max(6),
  })
  .strict()
  .meta({ id: 'SelfAssessmentAnswers' });
export type SelfAssessmentAnswers = z.infer<typeof SelfAssessmentAnswers>;

const SectionDraft = SectionAnswers.extend({
  massnahmen: z.array(CarriedMeasure.partial().extend({ id: MeasureId })).max(100),
  neueMassnahmen: z
    .array(NewMeasure.partial().extend({ id: MeasureId, titel: text(200).optional() }))
    .max(30),
}).partial();
export type SectionDraft = z.infer<typeof SectionDraft>;

export const SelfAssessmentDraft = z
  .object({
    fragebogen: QuestionnaireVersion,
    abschnitte: perSection(SectionDraft).partial().strict(),
    erledigt: z.array(HandlungsfeldId).max(6),
  })
  .partial({ abschnitte: true, erledigt: true })
  .strict()
  .meta({ id: 'SelfAssessmentDraft' });
export type SelfAssessmentDraft = z.infer<typeof SelfAssessmentDraft>;

const isMonth = (value: unknown): value is string => Month.safeParse(value).success;

const FIELD_KEYS: Record<NewMeasureField, (keyof typeof newMeasureExtras)[]> = {
  zeitraum: ['beginn', 'ende'],
  zielgruppe: ['zielgruppe'],
  mittel: ['mittelEuro', 'mittelHerkunft'],
};

/**
 * A new measure as one questionnaire asks it: the extra fields it does not ask are refused,
 * period and target group are required where asked (in the final form), funding stays optional.
 */
const newMeasureSchemas = (asked: readonly NewMeasureField[] = []) => {
  const allowed = new Set(asked.flatMap((f) => FIELD_KEYS[f]));
  const unasked = (Object.keys(newMeasureExtras) as (keyof typeof newMeasureExtras)[]).filter(
    (k) => !allowed.has(k),
  );
  const check = (final: boolean) => (m: Partial<z.infer<typeof NewMeasure>>, ctx: z.RefinementCtx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const k of unasked)
      if (m[k] !== undefined) issue(k, 'Diese Angabe wird in diesem Fragebogen nicht erfragt.');
    if (final && asked.includes('zeitraum')) {
      if (!m.beginn) issue('beginn', 'Bitte den Beginn angeben (Monat).');
      if (!m.ende) issue('ende', 'Bitte das voraussichtliche Ende angeben (Monat).');
    }
    if (final && asked.includes('zielgruppe') && !m.zielgruppe)
      issue('zielgruppe', 'Bitte die Zielgruppe der Maßnahme angeben.');
    if (isMonth(m.beginn) && isMonth(m.ende) && m.ende < m.beginn)
      issue('ende', 'Das Ende darf nicht vor dem Beginn liegen.');
  };
  // Also when the title or stage is missing, so that every missing field is named at once.
  const always = {
    when: (payload: { value: unknown }) => typeof payload.value === 'object' && !!payload.value,
  };
  return {
    final: NewMeasure.superRefine(check(true), always),
    draft: NewMeasure.partial()
      .extend({ id: MeasureId, titel: text(200).optional() })
      .strict()
      .superRefine(check(false), always),
  };
};

const indicatorSchema = (unit: 'prozent' | 'anzahl') => bounded(unit === 'prozent' ? PERCENT_MAX : COUNT_MAX);

/**
 * One year's section, strict to its questions. `draft` = any partial state of the same fields.
 * Built once per section (and limits) and kept: the questionnaires never change at run time.
 */
const sectionSchemaCache = new WeakMap<
  QuestionnaireSection,
  Map<string, ReturnType<typeof buildSectionSchemas>>
>();
export const sectionSchemas = (
  section: QuestionnaireSection,
  maxNewMeasures: number,
  newMeasureFields?: readonly NewMeasureField[],
) => {
  const key = `${maxNewMeasures}|${JSON.stringify(newMeasureFields ?? null)}`;
  let bySection = sectionSchemaCache.get(section);
  if (!bySection) {
    bySection = new Map();
    sectionSchemaCache.set(section, bySection);
  }
  let schemas = bySection.get(key);
  if (!schemas) {
    schemas = buildSectionSchemas(section, maxNewMeasures, newMeasureFields);
    bySection.set(key, schemas);
  }
  return schemas;
};

const buildSectionSchemas = (
  section: QuestionnaireSection,
  maxNewMeasures: number,
  newMeasureFields?: readonly NewMeasureField[],
) => {
  const newMeasure = newMeasureSchemas(newMeasureFields);
  const tooMany = `Höchstens ${maxNewMeasures} neue Maßnahmen je Handlungsfeld.`;
  const kennzahlen = Object.fromEntries(section.indicators.map((i) => [i.id, indicatorSchema(i.unit)]));
  const antworten = Object.fromEntries(
    section.questions.map((q) => [
      q.id,
      q.required ? requiredText(q.maxLength) : text(q.maxLength).optional(),
    ]),
  );
  const final = SectionAnswers.extend({
    neueMassnahmen: z.array(newMeasure.final).max(maxNewMeasures, tooMany),
    kennzahlen: z.object(kennzahlen, { error: missing }).strict(),
    antworten: z.object(antworten, { error: missing }).strict(),
  }).refine(
    (s) => s.neueMassnahmen.every((m) => !m.katalogId || catalogueMeasure(m.katalogId)?.hf === section.hf),
    {
      path: ['neueMassnahmen'],
      message: 'Eine Katalog-Maßnahme gehört zu einem anderen Handlungsfeld.',
    },
  );
  const draft = SectionDraft.extend({
    neueMassnahmen: z.array(newMeasure.draft).max(maxNewMeasures, tooMany),
    kennzahlen: z.object(kennzahlen).partial().strict(),
    antworten: z
      .object(Object.fromEntries(section.questions.map((q) => [q.id, text(q.maxLength)])))
      .partial()
      .strict(),
  }).partial();
  return { final, draft };
};

/**
 * Draft schema of one questionnaire version (autosave: bounded, strict, nothing required). Built
 * once per questionnaire and kept: autosave validates with it every few seconds per open form.
 */
const draftSchemas = new WeakMap<Questionnaire, ReturnType<typeof buildDraftSchema>>();
export const draftSchema = (q: Questionnaire) => {
  let schema = draftSchemas.get(q);
  if (!schema) {
    schema = buildDraftSchema(q);
    draftSchemas.set(q, schema);
  }
  return schema;
};

const buildDraftSchema = (q: Questionnaire) =>
  SelfAssessmentDraft.extend({
    fragebogen: z.literal(q.version, { error: 'Dieser Fragebogen gehört nicht zu dieser Befragung.' }),
    abschnitte: z
      .object(
        Object.fromEntries(
          q.sections.map((s) => [s.hf, sectionSchemas(s, q.maxNewMeasures, q.neueMassnahmeFelder).draft]),
        ),
      )
      .partial()
      .strict()
      .optional(),
  });

/** Whether anything was entered in a section. */
export const isStarted = (s: SectionDraft | undefined): boolean =>
  !!s &&
  (s.bewertung !== undefined ||
    Object.keys(s.kennzahlen ?? {}).length > 0 ||
    Object.values(s.antworten ?? {}).some((a) => !!a?.trim()) ||
    (s.neueMassnahmen ?? []).length > 0 ||
    (s.unveraendert ?? []).length > 0 ||
    (s.massnahmen ?? []).some((m) => m.status !== undefined || !!m.bemerkung?.trim()));
