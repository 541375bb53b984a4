import { AccessionDraft } from '../../../functions/questionnaire/accession-draft';
import {
  AccessionAnswers,
  accessionContextErrors,
  MeasureId,
} from '../../../functions/questionnaire/accession-form';
import {
  ACCESSION_PAGES,
  summaryLabel,
  TRAEGER_KIND_LABELS,
} from '../../../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import {
  type CatalogueMeasureId,
  catalogueMeasure,
} from '../../../functions/questionnaire/measure-catalogue';
import type { Traeger } from '../../../functions/registry/jobcenter';
import type { FieldProblem } from '../api/client';
import { withoutInvalid } from './answer-path';

/**
 * The Beitrittserklärung (Anlage A3) as steps, pure functions only. The answers in the browser
 * have the shape of `AccessionDraft` (the autosave schema); `AccessionAnswers` (the very schema
 * the API checks on submit) decides what is complete. Field paths are the schema paths
 * (`massnahmen.2.ende`), so browser and server errors point at the same inputs.
 */
export type Answers = AccessionDraft;
export type Measure = NonNullable<Answers['massnahmen']>[number];
export type Consent = NonNullable<Answers['traegerZustimmungen']>[number];
type Section = keyof AccessionAnswers;

/** The steps are the pages declared beside the schema, in their order. */
export const STEPS = ACCESSION_PAGES;

export type Step = (typeof STEPS)[number];
export type StepId = Step['id'];

export const stepById = (id: string): Step | undefined => STEPS.find((s) => s.id === id);

export { TRAEGER_KIND_LABELS };

export const TEXT_LIMITS = { ausgangslage: 2000, beschreibung: 1000 } as const;

// ---------- Field ids and labels ----------

/** The input that shows an error for a whole section (e.g. "at least one measure"). */
const SECTION_FIELD: Record<Section, string> = {
  geschaeftsfuehrung: 'geschaeftsfuehrung.name',
  traegerZustimmungen: 'traegerZustimmungen.0.traeger',
  inklusionsKontakt: 'inklusionsKontakt.bezeichnung',
  ausgangslage: 'ausgangslage.hf1',
  massnahmen: 'massnahmen',
  nrwInklusiv: 'nrwInklusiv',
  veroeffentlichung: 'veroeffentlichung',
  unterzeichnung: 'unterzeichnung.name',
};

const isSection = (key: string): key is Section => key in SECTION_FIELD;

/** `massnahmen.2.ende` → `f-massnahmen-2-ende`: the id of the input, for labels and error links. */
export const fieldId = (path: string): string => {
  const segments = path.split('.');
  const top = segments[0] ?? '';
  const target = segments.length === 1 && isSection(top) ? SECTION_FIELD[top] : path;
  return `f-${target.replace(/\./g, '-')}`;
};

export const stepOfPath = (path: string): Step | undefined => {
  const top = path.split('.')[0] ?? '';
  return STEPS.find((s) => (s.keys as readonly string[]).includes(top));
};

/** The name of a field in error descriptions: its summary label from the page declaration. */
export const leafLabel = (section: string, leaf: string): string | undefined => {
  try {
    return summaryLabel(section as 'massnahmen', leaf as 'titel');
  } catch {
    return undefined;
  }
};

/** "Handlungsfeld 2, Maßnahme 1" for the measure at index `index` of all measures. */
export const measureName = (measures: readonly Measure[], index: number): string => {
  const m = measures[index];
  if (!m?.handlungsfeld) return `Maßnahme ${index + 1}`;
  const hf = HANDLUNGSFELDER.find((h) => h.id === m.handlungsfeld);
  const within = measures.slice(0, index + 1).filter((x) => x.handlungsfeld === m.handlungsfeld).length;
  return `Handlungsfeld ${hf?.nummer ?? '?'}, Maßnahme ${within}`;
};

/** Where a field is, in words: "Geschäftsführung, Funktion". */
export const describePath = (path: string, answers: Answers): string => {
  const [top = '', second, third] = path.split('.');
  const index = Number(second);
  switch (top) {
    case 'geschaeftsfuehrung':
    case 'unterzeichnung':
    case 'inklusionsKontakt': {
      const section = stepOfPath(path)?.title ?? top;
      const leaf = second ? leafLabel(top, second) : undefined;
      return leaf ? `${section}, ${leaf}` : section;
    }
    case 'traegerZustimmungen': {
      const consent = answers.traegerZustimmungen?.[index];
      const who = consent?.kind ? `Zustimmung ${TRAEGER_KIND_LABELS[consent.kind]}` : 'Zustimmung der Träger';
      const leaf = third ? leafLabel(top, third) : undefined;
      return leaf ? `${who}, ${leaf}` : who;
    }
    case 'ausgangslage': {
      const hf = HANDLUNGSFELDER.find((h) => h.id === second);
      return hf ? `Ausgangslage Handlungsfeld ${hf.nummer}` : 'Ausgangslage';
    }
    case 'massnahmen': {
      if (second === undefined || Number.isNaN(index)) return 'Maßnahmen';
      const leaf = third ? leafLabel(top, third) : undefined;
      const name = measureName(answers.massnahmen ?? [], index);
      return leaf ? `${name}, ${leaf}` : name;
    }
    case 'nrwInklusiv':
      return 'NRW inklusiv';
    case 'veroeffentlichung':
      return 'Veröffentlichung';
    default:
      return 'Formular';
  }
};

// ---------- Normalising, validating, saving ----------

const str = (value: string | undefined): string => value ?? '';
const optional = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } =>
  (value?.trim() ? { [key]: value } : {}) as { [P in K]?: string };

/**
 * The answers as the schema expects them: every text field present (empty fields as '', so the
 * schema says "Bitte ausfüllen." rather than a type error), empty optional fields left out.
 */
export const normalise = (a: Answers): Answers => ({
  geschaeftsfuehrung: {
    name: str(a.geschaeftsfuehrung?.name),
    funktion: str(a.geschaeftsfuehrung?.funktion),
  },
  traegerZustimmungen: (a.traegerZustimmungen ?? []).map((t) => ({
    ...(t.kind ? { kind: t.kind } : {}),
    traeger: str(t.traeger),
    ...optional('gremium', t.gremium),
    zugestimmtAm: str(t.zugestimmtAm),
  })),
  inklusionsKontakt: {
    bezeichnung: str(a.inklusionsKontakt?.bezeichnung),
    email: str(a.inklusionsKontakt?.email).trim(),
    ...optional('telefon', a.inklusionsKontakt?.telefon),
    istFunktionspostfach: a.inklusionsKontakt?.istFunktionspostfach ?? false,
  },
  ausgangslage: Object.fromEntries(HANDLUNGSFELDER.map((hf) => [hf.id, str(a.ausgangslage?.[hf.id])])),
  massnahmen: (a.massnahmen ?? []).map((m) => ({
    id: m.id,
    ...(m.handlungsfeld ? { handlungsfeld: m.handlungsfeld } : {}),
    ...(m.katalogId ? { katalogId: m.katalogId } : {}),
    titel: str(m.titel),
    ...optional('beschreibung', m.beschreibung),
    beginn: str(m.beginn).trim(),
    ende: str(m.ende).trim(),
  })),
  ...(a.nrwInklusiv !== undefined ? { nrwInklusiv: a.nrwInklusiv } : {}),
  ...(a.veroeffentlichung !== undefined ? { veroeffentlichung: a.veroeffentlichung } : {}),
  unterzeichnung: {
    name: str(a.unterzeichnung?.name),
    ort: str(a.unterzeichnung?.ort),
    datum: str(a.unterzeichnung?.datum),
  },
});

/** Today as YYYY-MM-DD in Berlin, as the server compares dates. */
export const todayIso = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);

/**
 * What the server checks on submit, checked in the browser first: `AccessionAnswers` plus the
 * checks that need the Jobcenter's Träger and today's date. Same messages, same field paths.
 */
export const validateAnswers = (
  answers: Answers,
  traeger: readonly Pick<Traeger, 'kind'>[],
  today = todayIso(),
): FieldProblem[] => {
  const parsed = AccessionAnswers.safeParse(normalise(answers));
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({
      field: i.path.map(String).join('.') || 'formular',
      message: i.message,
    }));
  return accessionContextErrors(parsed.data, { traeger: [...traeger], today });
};

/**
 * The check of one step when it is saved ("Speichern und weiter"): the schema parts the step asks
 * for, plus the checks that need the Jobcenter and today's date on the fields of this step. Same
 * messages and paths as on submit; the other steps are not looked at.
 */
export const validateStep = (
  step: Step,
  answers: Answers,
  traeger: readonly Pick<Traeger, 'kind'>[],
  today = todayIso(),
): FieldProblem[] => {
  const normalised = normalise(answers) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const key of step.keys) {
    const parsed = AccessionAnswers.shape[key].safeParse(normalised[key]);
    if (!parsed.success)
      for (const i of parsed.error.issues)
        problems.push({ field: [key, ...i.path.map(String)].join('.'), message: i.message });
  }
  const context = accessionContextErrors(normalised as AccessionAnswers, { traeger: [...traeger], today });
  const own = context.filter(
    (p) => stepOfPath(p.field)?.id === step.id && !problems.some((q) => q.field === p.field),
  );
  return [...problems, ...own];
};

/**
 * Autosave sends what the draft schema accepts. A half-typed e-mail address or month would make
 * the whole save fail; such fields stay in the browser and are left out of this save (and named).
 */
export const toSavableDraft = (answers: Answers): { draft: Answers; dropped: string[] } => {
  const { kept, removed } = withoutInvalid<Answers>(AccessionDraft, normalise(answers));
  return kept ? { draft: kept, dropped: removed } : { draft: {}, dropped: ['formular'] };
};

/** Reads stored answers (a draft or a submission) leniently: what does not fit is left out. */
export const readStoredAnswers = (raw: unknown): Answers =>
  withoutInvalid<Answers>(AccessionDraft, raw, 2).data ?? {};

/** One consent per Träger of the Jobcenter, in the registry's order, keeping what was entered. */
export const withTraeger = (answers: Answers, traeger: readonly Traeger[]): Answers => ({
  ...answers,
  traegerZustimmungen: traeger.map((t) => {
    const given = answers.traegerZustimmungen?.find((c) => c.kind === t.kind);
    return { ...given, kind: t.kind, traeger: given?.traeger ?? t.name };
  }),
});

/** A new measure with a client-made id (stable across years: the self-assessment refers to it). */
export const newMeasure = (handlungsfeld: HandlungsfeldId): Measure => {
  const id = crypto.randomUUID().toLowerCase();
  if (!MeasureId.safeParse(id).success) throw new Error('unexpected measure id');
  return { id, handlungsfeld, titel: '', beginn: '', ende: '' };
};

/** Choosing from the catalogue fills the title, unless the person already wrote their own (also new measures of a self-assessment). */
export const chooseCatalogue = <
  M extends { katalogId?: CatalogueMeasureId | undefined; titel?: string | undefined },
>(
  m: M,
  katalogId: string,
): M => {
  const previous = m.katalogId ? catalogueMeasure(m.katalogId)?.titel : undefined;
  const chosen = katalogId ? catalogueMeasure(katalogId) : undefined;
  const titleIsOurs = !m.titel?.trim() || m.titel === previous;
  const { katalogId: _old, ...rest } = m;
  return {
    ...rest,
    ...(chosen ? { katalogId: chosen.id } : {}),
    titel: titleIsOurs ? (chosen?.titel ?? '') : (m.titel ?? ''),
  } as M;
};

// ---------- Task list ----------

export type StepStatus = 'done' | 'started' | 'empty' | 'prefilled';

const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

const started: Record<StepId, (a: Answers) => boolean> = {
  jobcenter: () => true,
  geschaeftsfuehrung: (a) => Object.values(a.geschaeftsfuehrung ?? {}).some(hasText),
  traeger: (a) => (a.traegerZustimmungen ?? []).some((t) => hasText(t.zugestimmtAm) || hasText(t.gremium)),
  ansprechperson: (a) => Object.values(a.inklusionsKontakt ?? {}).some(hasText),
  ausgangslage: (a) => Object.values(a.ausgangslage ?? {}).some(hasText),
  massnahmen: (a) => (a.massnahmen ?? []).length > 0,
  'nrw-inklusiv': (a) => a.nrwInklusiv !== undefined,
  veroeffentlichung: (a) => a.veroeffentlichung !== undefined,
  unterzeichnung: (a) => Object.values(a.unterzeichnung ?? {}).some(hasText),
};

export const stepStatus = (step: Step, answers: Answers, problems: readonly FieldProblem[]): StepStatus => {
  if ('prefilled' in step) return 'prefilled';
  const hasProblem = problems.some((p) => stepOfPath(p.field)?.id === step.id);
  if (!hasProblem) return 'done';
  return started[step.id](answers) ? 'started' : 'empty';
};

/**
 * The task list: every step with its status, and how many are complete. Both come from the same
 * rows, so "n von N Abschnitten vollständig" counts exactly the sections listed (a prefilled
 * section is complete from the start).
 */
export const taskList = (answers: Answers, traeger: readonly Pick<Traeger, 'kind'>[]) => {
  const problems = validateAnswers(answers, traeger);
  const rows = STEPS.map((step, i) => ({
    step,
    number: i + 1,
    status: stepStatus(step, answers, problems),
  }));
  const complete = rows.filter((r) => r.status === 'done' || r.status === 'prefilled').length;
  return { rows, complete, total: rows.length };
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  done: 'Vollständig',
  started: 'In Bearbeitung',
  empty: 'Nicht begonnen',
  prefilled: 'Vorausgefüllt',
};
