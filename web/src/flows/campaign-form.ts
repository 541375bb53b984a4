import { CampaignInput, type RecipientSelection } from '../../../functions/campaigns/campaign';
import type { JobcenterFilter } from '../../../functions/registry/jobcenter';
import type { FieldProblem } from '../api/client';
import type { SummaryError } from '../components/error-summary';
import { LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

/**
 * The "Neue Kampagne" form as data: its fields, the default invitation letter (Anlage A2), and
 * the conversion to `CampaignInput`, which the browser checks with the API's own schema.
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

export type RecipientMode = RecipientSelection['mode'];

export type CampaignFormValues = {
  title: string;
  deadline: string;
  senderName: string;
  senderEmail: string;
  replyTo: string;
  subject: string;
  body: string;
  graceDays: string;
  mode: RecipientMode;
  filter: JobcenterFilter;
  jobcenterIds: string[];
};

export const initialCampaignValues = (): CampaignFormValues => ({
  title: DEFAULT_TITLE,
  deadline: '',
  senderName: '',
  senderEmail: '',
  replyTo: '',
  subject: DEFAULT_SUBJECT,
  body: DEFAULT_LETTER,
  graceDays: '14',
  mode: 'alle-offenen',
  filter: {},
  jobcenterIds: [],
});

/** Schema path → input id, for the error summary links and the inline messages. */
export const CAMPAIGN_FIELDS = {
  title: 'k-titel',
  deadline: 'k-frist',
  graceDays: 'k-nachfrist',
  senderName: 'k-absender-name',
  senderEmail: 'k-absender-adresse',
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
        : { mode: 'alle-offenen' };
  const grace = v.graceDays.trim() === '' ? undefined : Number(v.graceDays);
  return {
    kind: 'beitritt',
    title: v.title,
    deadline: v.deadline,
    senderName: v.senderName,
    senderEmail: v.senderEmail.trim(),
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
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    errors: campaignErrorsOf(
      parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
    ),
  };
};

export const FIELD_LABELS: Record<CampaignField, string> = {
  title: 'Titel',
  deadline: 'Frist',
  graceDays: 'Nachfrist',
  senderName: 'Absender',
  senderEmail: 'Absenderadresse',
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

/** "Alle Jobcenter, die noch nicht beigetreten sind" / "Filter: Typ zkT, Regierungsbezirk Münster" */
export const describeRecipients = (r: RecipientSelection): string => {
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
