import {
  CampaignInput,
  type CampaignKind,
  type RecipientSelection,
} from '../../../functions/campaigns/campaign';
import type { JobcenterFilter } from '../../../functions/registry/jobcenter';
import type { Questionnaire } from '../../../functions/self-assessment/questionnaire/definition';
import { hasPreviousYear, QUESTIONNAIRES } from '../../../functions/self-assessment/questionnaire/versions';
import type { FieldProblem } from '../api/client';
import type { SummaryError } from '../components/error-summary';
import { LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

/**
 * The "Neue Kampagne" form as data: its fields, the default letters (the invitation to accede,
 * Anlage A2, and the yearly request for a self-assessment), and the conversion to `CampaignInput`,
 * which the browser checks with the API's own schema.
 */
export const DEFAULT_TITLE = 'Beitritt zur Rahmenvereinbarung Inklusion';
export const DEFAULT_SUBJECT = 'Einladung zum Beitritt zur Rahmenvereinbarung Inklusion';

export const DEFAULT_LETTER = [
  'Sehr geehrte Damen und Herren,',
  'im Frühjahr 2018 haben das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen, die Regionaldirektion Nordrhein-Westfalen der Bundesagentur für Arbeit, der Städtetag NRW und der Landkreistag NRW die „Rahmenvereinbarung zur Verbesserung der beruflichen Integration von arbeitsuchenden Menschen mit Beeinträchtigungen in der Grundsicherung für Arbeitsuchende (SGB II)“ unterzeichnet.',
  'Die Rahmenvereinbarung beschreibt einen kontinuierlichen Verbesserungsprozess in sechs Handlungsfeldern. Sie soll dazu beitragen, dass arbeitsuchende Menschen mit Beeinträchtigungen in den Jobcentern gut beraten und nachhaltig in Arbeit vermittelt werden.',
  'Ich lade Sie herzlich ein, der Rahmenvereinbarung im Einvernehmen mit Ihren Trägern beizutreten. Mit dem Beitritt wird Ihr Jobcenter zugleich Mitglied der Landesinitiative „NRW inklusiv“ und darf deren Logo verwenden. Der Beitritt sollte mit konkreten Maßnahmen in Ihrem Jobcenter verbunden sein.',
  'Einmal im Jahr bitten wir die beigetretenen Jobcenter um eine kurze Selbstbewertung. So wird gemeinsam sichtbar, was in Nordrhein-Westfalen für die Inklusion erreicht wird.',
  'Für Ihre Unterstützung danke ich Ihnen herzlich.',
].join('\n\n');

/** Every published questionnaire of the self-assessment, oldest first. */
export const QUESTIONNAIRE_LIST: readonly Questionnaire[] = Object.values(QUESTIONNAIRES).sort(
  (a, b) => a.year - b.year,
);

/** The questionnaire of this year (or the newest one before it; before the first, the first one). */
export const defaultQuestionnaire = (today = new Date()): string => {
  const year = today.getFullYear();
  const due = QUESTIONNAIRE_LIST.filter((q) => q.year <= year).at(-1) ?? QUESTIONNAIRE_LIST[0];
  return due?.version ?? '';
};

const questionnaireTitle = (version: string) => QUESTIONNAIRES[version]?.title ?? 'Selbstbewertung';
const questionnaireYearText = (version: string) => {
  const year = QUESTIONNAIRES[version]?.year;
  return year ? ` ${year}` : '';
};

/** The letter asking acceded Jobcenters for their yearly self-assessment. */
export const selfAssessmentLetter = (version: string): string =>
  [
    'Sehr geehrte Damen und Herren,',
    'vielen Dank, dass Ihr Jobcenter der Rahmenvereinbarung Inklusion beigetreten ist und sich für die berufliche Integration von arbeitsuchenden Menschen mit Beeinträchtigungen einsetzt.',
    `Wie in der Rahmenvereinbarung vorgesehen, bitte ich Sie heute um Ihre Selbstbewertung${questionnaireYearText(version)}. Bitte berichten Sie für jedes der sechs Handlungsfelder, wie weit Ihre Maßnahmen gekommen sind, nennen Sie einige Kennzahlen und schätzen Sie den Stand insgesamt ein. Neue Maßnahmen können Sie ergänzen.`,
    hasPreviousYear(version)
      ? 'Damit Ihnen die Arbeit leichter fällt, sind die Maßnahmen aus Ihrer Beitrittserklärung und Ihre Angaben aus dem Vorjahr bereits eingetragen. Was sich nicht geändert hat, können Sie als unverändert bestätigen.'
      : 'Damit Ihnen die Arbeit leichter fällt, sind die Maßnahmen aus Ihrer Beitrittserklärung bereits eingetragen.',
    'Das Ministerium wertet die Selbstbewertungen aller Jobcenter gemeinsam aus. So wird sichtbar, was in Nordrhein-Westfalen für die Inklusion erreicht wird und wo das Land Sie unterstützen kann.',
    'Für Ihre Mitwirkung danke ich Ihnen herzlich.',
  ].join('\n\n');

/** Title, subject and letter a new campaign of this kind starts with. */
export const defaultTexts = (
  kind: CampaignKind,
  fragebogen: string,
): Pick<CampaignFormValues, 'title' | 'subject' | 'body'> =>
  kind === 'beitritt'
    ? { title: DEFAULT_TITLE, subject: DEFAULT_SUBJECT, body: DEFAULT_LETTER }
    : {
        title: questionnaireTitle(fragebogen),
        subject: `Bitte um Ihre Selbstbewertung${questionnaireYearText(fragebogen)} zur Rahmenvereinbarung Inklusion`,
        body: selfAssessmentLetter(fragebogen),
      };

export type RecipientMode = RecipientSelection['mode'];

/** The recipient modes each kind offers, the first one being the default. */
export const RECIPIENT_MODES: Record<CampaignKind, readonly RecipientMode[]> = {
  beitritt: ['alle-offenen', 'filter', 'auswahl'],
  selbstbewertung: ['alle-beigetretenen', 'filter', 'auswahl'],
};

export type CampaignFormValues = {
  kind: CampaignKind;
  /** Questionnaire version of a self-assessment (`sb-2026`); empty: not chosen. */
  fragebogen: string;
  title: string;
  deadline: string;
  senderName: string;
  replyTo: string;
  subject: string;
  body: string;
  graceDays: string;
  mode: RecipientMode;
  filter: JobcenterFilter;
  jobcenterIds: string[];
};

export const initialCampaignValues = (): CampaignFormValues => ({
  kind: 'beitritt',
  fragebogen: defaultQuestionnaire(),
  title: DEFAULT_TITLE,
  deadline: '',
  senderName: '',
  replyTo: '',
  subject: DEFAULT_SUBJECT,
  body: DEFAULT_LETTER,
  graceDays: '14',
  mode: 'alle-offenen',
  filter: {},
  jobcenterIds: [],
});

/**
 * Another kind or questionnaire: texts still at their defaults follow (edited texts stay), and
 * the recipients switch to the new kind's default if the old mode does not exist for it.
 */
export const withKind = (
  v: CampaignFormValues,
  change: { kind?: CampaignKind; fragebogen?: string },
): CampaignFormValues => {
  const next = { ...v, ...change };
  const before = defaultTexts(v.kind, v.fragebogen);
  const after = defaultTexts(next.kind, next.fragebogen);
  for (const key of ['title', 'subject', 'body'] as const) if (v[key] === before[key]) next[key] = after[key];
  const modes = RECIPIENT_MODES[next.kind];
  if (!modes.includes(next.mode)) next.mode = modes[0] as RecipientMode;
  return next;
};

/** Schema path → input id, for the error summary links and the inline messages. */
export const CAMPAIGN_FIELDS = {
  kind: 'k-art',
  fragebogen: 'k-fragebogen',
  title: 'k-titel',
  deadline: 'k-frist',
  graceDays: 'k-nachfrist',
  senderName: 'k-absender-name',
  replyTo: 'k-antwortadresse',
  'letter.subject': 'k-betreff',
  'letter.body': 'k-text',
  recipients: 'k-empfaenger',
  'recipients.jobcenterIds': 'k-auswahl',
} as const;
export type CampaignField = keyof typeof CAMPAIGN_FIELDS;

const FIELD_ORDER = Object.keys(CAMPAIGN_FIELDS) as CampaignField[];

export const toCampaignInput = (v: CampaignFormValues): unknown => {
  const recipients =
    v.mode === 'filter'
      ? { mode: 'filter', ...Object.fromEntries(Object.entries(v.filter).filter(([, value]) => value)) }
      : v.mode === 'auswahl'
        ? { mode: 'auswahl', jobcenterIds: v.jobcenterIds }
        : { mode: v.mode };
  const grace = v.graceDays.trim() === '' ? undefined : Number(v.graceDays);
  return {
    kind: v.kind,
    ...(v.kind === 'selbstbewertung' && v.fragebogen ? { fragebogen: v.fragebogen } : {}),
    title: v.title,
    deadline: v.deadline,
    senderName: v.senderName,
    replyTo: v.replyTo.trim(),
    letter: { subject: v.subject, body: v.body },
    recipients,
    ...(grace === undefined ? {} : { graceDays: grace }),
  };
};

/** Maps a schema path to one of the form's fields (unknown paths go to the nearest field). */
export const campaignFieldOf = (path: string): CampaignField => {
  if (path in CAMPAIGN_FIELDS) return path as CampaignField;
  if (path.startsWith('recipients.jobcenterIds')) return 'recipients.jobcenterIds';
  if (path.startsWith('recipients')) return 'recipients';
  if (path.startsWith('letter.')) return 'letter.body';
  return 'title';
};

export type CampaignErrors = Partial<Record<CampaignField, string>>;

export const campaignErrorsOf = (problems: readonly FieldProblem[]): CampaignErrors => {
  const errors: CampaignErrors = {};
  for (const p of problems) errors[campaignFieldOf(p.field)] ??= p.message;
  return errors;
};

export const validateCampaign = (
  v: CampaignFormValues,
): { ok: true; input: CampaignInput } | { ok: false; errors: CampaignErrors } => {
  if (v.mode === 'auswahl' && v.jobcenterIds.length === 0)
    return {
      ok: false,
      errors: { 'recipients.jobcenterIds': 'Bitte wählen Sie mindestens ein Jobcenter aus.' },
    };
  const parsed = CampaignInput.safeParse(toCampaignInput(v));
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  // The same rule the API applies (create-campaign.ts), checked here together with the rest.
  if (v.kind === 'selbstbewertung' && !v.fragebogen)
    problems.unshift({
      field: 'fragebogen',
      message: 'Bitte den Fragebogen (Jahr) der Selbstbewertung wählen.',
    });
  if (parsed.success && problems.length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors: campaignErrorsOf(problems) };
};

export const FIELD_LABELS: Record<CampaignField, string> = {
  kind: 'Art der Kampagne',
  fragebogen: 'Fragebogen',
  title: 'Titel',
  deadline: 'Frist',
  graceDays: 'Nachfrist',
  senderName: 'Absender',
  replyTo: 'Antwortadresse',
  'letter.subject': 'Betreff',
  'letter.body': 'Text des Anschreibens',
  recipients: 'Empfänger',
  'recipients.jobcenterIds': 'Auswahl der Jobcenter',
};

export const campaignSummary = (errors: CampaignErrors): SummaryError[] =>
  FIELD_ORDER.flatMap((f) =>
    errors[f] ? [{ text: `${FIELD_LABELS[f]}: ${errors[f]}`, href: `#${CAMPAIGN_FIELDS[f]}` }] : [],
  );

/**
 * "Alle Jobcenter, die noch nicht beigetreten sind" / "Filter: Typ zkT, Regierungsbezirk Münster";
 * a self-assessment only goes to acceded Jobcenters, which a filter or choice then says.
 */
export const describeRecipients = (r: RecipientSelection, kind: CampaignKind = 'beitritt'): string => {
  const text = describeSelection(r);
  return kind === 'selbstbewertung' && (r.mode === 'filter' || r.mode === 'auswahl')
    ? `${text}; davon nur die beigetretenen`
    : text;
};

const describeSelection = (r: RecipientSelection): string => {
  switch (r.mode) {
    case 'alle-offenen':
      return 'Alle Jobcenter, die noch nicht beigetreten sind';
    case 'alle-beigetretenen':
      return 'Alle beigetretenen Jobcenter';
    case 'filter': {
      const parts = [
        r.type ? `Typ ${r.type} (${TYPE_LABELS[r.type]})` : '',
        r.landschaftsverband ? `Landschaftsverband ${LV_LABELS[r.landschaftsverband]}` : '',
        r.regierungsbezirk ? `Regierungsbezirk ${RB_LABELS[r.regierungsbezirk]}` : '',
      ].filter(Boolean);
      return parts.length ? `Nach Filter: ${parts.join(', ')}` : 'Nach Filter: alle Jobcenter';
    }
    case 'auswahl':
      return `Ausgewählte Jobcenter (${r.jobcenterIds.length})`;
  }
};
