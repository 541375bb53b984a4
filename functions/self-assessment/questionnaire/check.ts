import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../questionnaire/handlungsfelder';
import type { FieldError } from '../../shared/errors';
import {
  isStarted,
  type SectionAnswers,
  type SectionDraft,
  type SelfAssessmentAnswers,
  type SelfAssessmentDraft,
  sectionSchemas,
} from './answers';
import { type Basis, previousValues } from './basis';
import type { Questionnaire } from './definition';

/**
 * Checks of a self-assessment that need the Jobcenter's basis (its carried measures and last
 * year's answers). Shared by the browser (section status, "mark as done") and the API (autosave
 * rejects unknown measures; submit needs every section complete). Paths are schema paths.
 */
export type SectionStatus = 'not-started' | 'in-progress' | 'done';

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  'not-started': 'Nicht begonnen',
  'in-progress': 'In Bearbeitung',
  done: 'Erledigt',
};

/** "Unchanged since last year": the confirmed answers take last year's value. */
export const applyUnchanged = (section: SectionDraft, previous: Map<string, unknown>): SectionDraft => {
  const keys = new Set(section.unveraendert ?? []);
  if (keys.size === 0) return section;
  const pick = <T>(key: string, current: T): T =>
    keys.has(key) && previous.has(key) ? (previous.get(key) as T) : current;
  const kennzahlen = { ...section.kennzahlen };
  const antworten = { ...section.antworten };
  for (const key of keys) {
    const [kind, id] = key.split('.') as [string, string];
    if (kind === 'kennzahlen' && previous.has(key)) kennzahlen[id] = previous.get(key) as number;
    if (kind === 'antworten' && previous.has(key)) antworten[id] = previous.get(key) as string;
  }
  return {
    ...section,
    ...(section.kennzahlen || Object.keys(kennzahlen).length ? { kennzahlen } : {}),
    ...(section.antworten || Object.keys(antworten).length ? { antworten } : {}),
    ...(keys.has('bewertung') && previous.has('bewertung')
      ? { bewertung: previous.get('bewertung') as number }
      : {}),
    massnahmen: section.massnahmen?.map((m) => ({ ...m, status: pick(`massnahmen.${m.id}`, m.status) })),
  };
};

/**
 * Errors a draft may not even be saved with: measures that are not this Jobcenter's, a measure id
 * used twice (`seen` spans all sections of one assessment), confirmations of answers that have no
 * value last year or that this year's questionnaire does not ask.
 */
export const basisErrors = (
  q: Questionnaire,
  hf: HandlungsfeldId,
  section: SectionDraft,
  basis: Basis,
  seen = new Set<string>(),
): FieldError[] => {
  const at = (path: string) => `abschnitte.${hf}.${path}`;
  const definition = q.sections.find((s) => s.hf === hf);
  const asked = new Set([
    'bewertung',
    ...(definition?.indicators ?? []).map((i) => `kennzahlen.${i.id}`),
    ...(definition?.questions ?? []).map((x) => `antworten.${x.id}`),
  ]);
  const carried = new Set(basis.measures.filter((m) => m.hf === hf).map((m) => m.id));
  const allCarried = new Set(basis.measures.map((m) => m.id));
  const previous = previousValues(basis, hf);
  const errors: FieldError[] = [];
  (section.massnahmen ?? []).forEach((m, i) => {
    if (!carried.has(m.id))
      errors.push({
        field: at(`massnahmen.${i}.id`),
        message: 'Diese Maßnahme ist für Ihr Jobcenter nicht bekannt.',
      });
    else if (seen.has(m.id))
      errors.push({ field: at(`massnahmen.${i}.id`), message: 'Diese Maßnahme ist doppelt aufgeführt.' });
    seen.add(m.id);
  });
  (section.neueMassnahmen ?? []).forEach((m, i) => {
    if (allCarried.has(m.id) || seen.has(m.id))
      errors.push({ field: at(`neueMassnahmen.${i}.id`), message: 'Diese Kennung ist bereits vergeben.' });
    seen.add(m.id);
  });
  (section.unveraendert ?? []).forEach((key, i) => {
    if (!key.startsWith('massnahmen.') && !asked.has(key))
      errors.push({
        field: at(`unveraendert.${i}`),
        message: 'Diese Angabe wird in diesem Jahr nicht erfragt.',
      });
    else if (!previous.has(key))
      errors.push({
        field: at(`unveraendert.${i}`),
        message: 'Für diese Angabe gibt es keinen Vorjahreswert.',
      });
  });
  return errors;
};

const withCarriedTitles = (hf: HandlungsfeldId, section: SectionDraft, basis: Basis): SectionDraft => {
  const titles = new Map(basis.measures.filter((m) => m.hf === hf).map((m) => [m.id, m.titel]));
  return {
    ...section,
    massnahmen: section.massnahmen?.map((m) => ({ ...m, titel: titles.get(m.id) ?? m.titel ?? '' })),
  };
};

/**
 * Everything wrong with one section for submission; with no errors, the complete section answers
 * (carried titles from the basis, confirmed answers set to last year's value).
 */
export const checkSection = (
  q: Questionnaire,
  hf: HandlungsfeldId,
  draft: SectionDraft | undefined,
  basis: Basis,
  seen = new Set<string>(),
): { errors: FieldError[]; answers?: SectionAnswers } => {
  const definition = q.sections.find((s) => s.hf === hf);
  if (!definition) return { errors: [{ field: `abschnitte.${hf}`, message: 'Unbekanntes Handlungsfeld.' }] };
  const section = withCarriedTitles(hf, applyUnchanged(draft ?? {}, previousValues(basis, hf)), basis);
  const errors = basisErrors(q, hf, section, basis, seen);
  const given = new Set((section.massnahmen ?? []).map((m) => m.id));
  const missingMeasures = basis.measures.filter((m) => m.hf === hf && !given.has(m.id));
  if (missingMeasures.length)
    errors.push({
      field: `abschnitte.${hf}.massnahmen`,
      message: `Bitte den Stand aller Maßnahmen angeben (fehlt: ${missingMeasures.map((m) => m.titel).join(', ')}).`,
    });
  const parsed = sectionSchemas(definition, q.maxNewMeasures, q.neueMassnahmeFelder).final.safeParse({
    massnahmen: [],
    neueMassnahmen: [],
    kennzahlen: {},
    antworten: {},
    unveraendert: [],
    ...section,
  });
  if (!parsed.success)
    errors.push(
      ...parsed.error.issues.map((i) => ({
        field: ['abschnitte', hf, ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  return errors.length || !parsed.success ? { errors } : { errors, answers: parsed.data };
};

export const sectionStatus = (
  q: Questionnaire,
  hf: HandlungsfeldId,
  draft: SelfAssessmentDraft,
  basis: Basis,
): SectionStatus => {
  const section = draft.abschnitte?.[hf];
  const marked = draft.erledigt?.includes(hf) ?? false;
  if (!marked && !isStarted(section)) return 'not-started';
  return marked && checkSection(q, hf, section, basis).errors.length === 0 ? 'done' : 'in-progress';
};

/** The whole assessment for submission: every section complete and marked as done. */
export const checkAssessment = (
  q: Questionnaire,
  draft: SelfAssessmentDraft,
  basis: Basis,
): { errors: FieldError[]; answers?: SelfAssessmentAnswers } => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const sections: Partial<Record<HandlungsfeldId, SectionAnswers>> = {};
  for (const { id: hf, nummer } of HANDLUNGSFELDER) {
    const result = checkSection(q, hf, draft.abschnitte?.[hf], basis, seen);
    errors.push(...result.errors);
    if (result.answers) sections[hf] = result.answers;
    else if (!result.errors.length)
      errors.push({ field: `abschnitte.${hf}`, message: `Handlungsfeld ${nummer} ist unvollständig.` });
    if (!draft.erledigt?.includes(hf))
      errors.push({
        field: `erledigt.${hf}`,
        message: `Bitte Handlungsfeld ${nummer} prüfen und als erledigt markieren.`,
      });
  }
  if (errors.length) return { errors };
  return {
    errors,
    answers: {
      fragebogen: q.version,
      abschnitte: sections as Record<HandlungsfeldId, SectionAnswers>,
      erledigt: HANDLUNGSFELDER.map((h) => h.id),
    },
  };
};
