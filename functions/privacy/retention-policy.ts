/**
 * What personal data the system keeps, why, and for how long: one declaration per data class.
 * The privacy notice (web/src/pages/privacy-page.tsx), the record of processing in docs/privacy.md
 * (its generated table) and the retention job read this file, so the notice and the behaviour
 * cannot disagree. No AWS imports here: the web bundles it.
 */

/** What happens when a data class's period has passed. */
export type RetentionAction =
  /** The item is deleted (by DynamoDB TTL or the retention job). */
  | 'delete'
  /** Names and addresses in it are replaced by a role; the rest stays as a record of the ministry. */
  | 'anonymise'
  /** Kept: records of the ministry (Aktenführung), with personal data replaceable by a role. */
  | 'keep';

/** When the period starts to run. */
export type RetentionStart =
  | 'created'
  /** The campaign's deadline plus its grace days. */
  | 'deadline'
  | 'campaignClosed'
  | 'lastEvent'
  /** When the e-mail was sent (SES accepted it). */
  | 'sent'
  /** Not time-bound: the data is kept while the Jobcenter stays in the register. */
  | 'none';

export type DataClass = {
  id: string;
  /** Name shown in the privacy notice. */
  label: string;
  /** Which personal data it holds. */
  personalData: string;
  /** Why it is processed (Art. 13 (1) c). */
  purpose: string;
  /** Where it is stored (table entity or service); for the record of processing. */
  storedIn: string;
  /** Who can read it. */
  readers: string;
  /**
   * Days after `start`; none when the action is `keep`. For TTL-deleted items it is the upper
   * bound: they stop working at once and DynamoDB removes them within two days.
   */
  days?: number;
  start: RetentionStart;
  action: RetentionAction;
  /** Who carries out the deletion: DynamoDB TTL, the retention job or the log group's retention. */
  enforcedBy: 'ttl' | 'retention-job' | 'log-retention' | 'registry';
};

export const RETENTION: readonly DataClass[] = [
  {
    id: 'contacts',
    label: 'Ansprechpersonen der Jobcenter',
    personalData: 'Name, Funktion und E-Mail-Adresse der Haupt- und der vertretenden Ansprechperson',
    purpose: 'Einladungen, Erinnerungen und Eingangsbestätigungen zustellen',
    storedIn: 'Jobcenter-Verzeichnis (JOBCENTER#…/PROFILE)',
    readers: 'MAGS (Verwaltung), Kooperationspartner für ihre Jobcenter',
    start: 'none',
    action: 'keep',
    enforcedBy: 'registry',
  },
  {
    id: 'replaced-contacts',
    label: 'Empfängeradressen versandter E-Mails',
    personalData: 'E-Mail-Adressen, an die eine Einladung oder Erinnerung ging',
    purpose: 'Nachweisen, wer wann eingeladen und erinnert wurde',
    storedIn: 'Einladungen und Erinnerungen (CAMPAIGN#…/INVITATION#…, REMINDER#…)',
    readers: 'MAGS (Verwaltung)',
    days: 365,
    start: 'campaignClosed',
    action: 'anonymise',
    enforcedBy: 'retention-job',
  },
  {
    id: 'form-links',
    label: 'Persönliche Formular-Links',
    personalData: 'Prüfwert des Links (nicht der Link selbst), Name einer Person bei Übergabe',
    purpose: 'Zugang zum Formular ohne Passwort',
    storedIn: 'LINK#…',
    readers: 'niemand (nur das System prüft den Link)',
    days: 2,
    start: 'deadline',
    action: 'delete',
    enforcedBy: 'ttl',
  },
  {
    id: 'sessions',
    label: 'Formular-Sitzungen',
    personalData: 'Prüfwert der Sitzung und ihr Ablaufzeitpunkt',
    purpose: 'Angemeldet bleiben, während das Formular ausgefüllt wird',
    storedIn: 'SESSION#…',
    readers: 'niemand (nur das System prüft die Sitzung)',
    days: 2,
    start: 'created',
    action: 'delete',
    enforcedBy: 'ttl',
  },
  {
    id: 'rate-windows',
    label: 'Zähler zum Schutz vor Missbrauch',
    personalData: 'IP-Adresse des aufrufenden Rechners und Zahl seiner Anfragen',
    purpose: 'Ausprobieren von Links und massenhafte Anfragen abwehren',
    storedIn: 'RATE#…',
    readers: 'niemand (nur das System zählt)',
    days: 2,
    start: 'created',
    action: 'delete',
    enforcedBy: 'ttl',
  },
  {
    id: 'drafts',
    label: 'Entwürfe',
    personalData: 'zwischengespeicherte Antworten, die Namen enthalten können',
    purpose: 'Das Formular in mehreren Sitzungen ausfüllen',
    storedIn: 'CAMPAIGN#…#JOBCENTER#…/DRAFT',
    readers: 'das Jobcenter über seinen Link',
    days: 90,
    start: 'campaignClosed',
    action: 'delete',
    enforcedBy: 'retention-job',
  },
  {
    id: 'submissions',
    label: 'Beitrittserklärungen und Selbstbewertungen',
    personalData: 'Name und Funktion der unterzeichnenden Person, Ansprechpersonen für Maßnahmen',
    purpose: 'Beitritt dokumentieren, Umsetzung der Rahmenvereinbarung auswerten',
    storedIn: 'SUBMISSION#…, ACCESSION, Auswertungsdaten (MEASURES, RESULT, TEXTS)',
    readers: 'MAGS; Kooperationspartner für ihre Jobcenter; das Jobcenter selbst',
    start: 'none',
    action: 'keep',
    enforcedBy: 'registry',
  },
  {
    id: 'handover-details',
    label: 'Angaben zu Übergaben',
    personalData: 'Namen der übergebenden und der übernehmenden Person',
    purpose: 'Nachvollziehen, wer das Formular weitergegeben hat',
    storedIn: 'Protokoll (AUDIT#JOBCENTER#…)',
    readers: 'MAGS (Verwaltung)',
    days: 365,
    start: 'campaignClosed',
    action: 'anonymise',
    enforcedBy: 'retention-job',
  },
  {
    id: 'sent-mails',
    label: 'Versandte E-Mails im Postausgang',
    personalData:
      'Empfängeradressen, Namen und Text der E-Mail; bei persönlichen Links (Formular, Unterlagen, Einwilligung) nur deren Prüfwert',
    purpose: 'Jede E-Mail genau einmal versenden und einen unterbrochenen Versand sicher wiederholen',
    storedIn: 'Postausgang (CAMPAIGN#…/OUTBOX#…, auch CAMPAIGN#einwilligung und CAMPAIGN#unterlagen)',
    readers: 'niemand (nur das System beim Versand)',
    days: 30,
    start: 'sent',
    action: 'delete',
    enforcedBy: 'retention-job',
  },
  {
    id: 'delivery-events',
    label: 'Zustellereignisse von E-Mails',
    personalData: 'E-Mail-Adresse, Zeitpunkt und Art des Ereignisses (zugestellt, unzustellbar, Beschwerde)',
    purpose: 'Unzustellbare Adressen erkennen und korrigieren',
    storedIn: 'EMAIL#…',
    readers: 'MAGS (Verwaltung)',
    days: 180,
    start: 'created',
    action: 'delete',
    enforcedBy: 'retention-job',
  },
  {
    id: 'address-states',
    label: 'Sperrvermerke für E-Mail-Adressen',
    personalData: 'E-Mail-Adresse und ob sie unzustellbar ist oder sich beschwert hat',
    purpose: 'Keine E-Mails an Adressen senden, die sie nicht annehmen',
    storedIn: 'ADDRESS#…',
    readers: 'MAGS (Verwaltung)',
    days: 730,
    start: 'lastEvent',
    action: 'delete',
    enforcedBy: 'retention-job',
  },
  {
    id: 'audit-actors',
    label: 'Protokoll der Verwaltungsvorgänge',
    personalData: 'Kennung der handelnden Person (Anmeldekennung oder gekürzter Link-Prüfwert)',
    purpose: 'Nachweis, wer was wann geändert hat',
    storedIn: 'AUDIT#…',
    readers: 'MAGS (Verwaltung)',
    days: 1095,
    start: 'created',
    action: 'anonymise',
    enforcedBy: 'retention-job',
  },
  {
    id: 'privacy-requests',
    label: 'Auskunfts- und Löschanfragen',
    personalData:
      'E-Mail-Adresse der anfragenden Person (nach einer Löschung nicht mehr), Anlass, Fundstellen ohne Inhalte',
    purpose: 'Anfragen nach Art. 15 und 17 DSGVO beantworten und ihre Erledigung nachweisen',
    storedIn: 'PRIVACY#…/REQUEST',
    readers: 'MAGS (Verwaltung, nur Administration)',
    days: 1095,
    start: 'created',
    action: 'delete',
    enforcedBy: 'ttl',
  },
  {
    id: 'logs',
    label: 'Betriebsprotokolle',
    personalData: 'Zeitpunkt, aufgerufene Funktion; keine IP-Adressen',
    purpose: 'Fehler finden und den Betrieb sichern',
    storedIn: 'CloudWatch Logs',
    readers: 'Betrieb im MAGS',
    days: 90,
    start: 'created',
    action: 'delete',
    enforcedBy: 'log-retention',
  },
];

export type DataClassId = (typeof RETENTION)[number]['id'];

/** The data class with `id`; throws for an unknown id so a typo fails at once. */
export const dataClass = (id: string): DataClass => {
  const found = RETENTION.find((c) => c.id === id);
  if (!found) throw new Error(`unknown data class ${id}`);
  return found;
};

const START_TEXT: Record<RetentionStart, string> = {
  created: 'nach Entstehung',
  deadline: 'nach Ablauf der Frist und der Nachfrist',
  campaignClosed: 'nach Abschluss der Kampagne',
  lastEvent: 'nach dem letzten Ereignis',
  sent: 'nach dem Versand',
  none: '',
};

const ACTION_TEXT: Record<RetentionAction, string> = {
  delete: 'gelöscht',
  anonymise: 'durch eine Rolle ersetzt',
  keep: 'aufbewahrt',
};

const duration = (days: number): string =>
  days % 365 === 0
    ? `${days / 365} ${days === 365 ? 'Jahr' : 'Jahre'}`
    : `${days} ${days === 1 ? 'Tag' : 'Tage'}`;

/** The retention of one data class in one German sentence, e.g. "90 Tage nach Abschluss der Kampagne gelöscht". */
export const retentionText = (c: DataClass): string =>
  c.days === undefined || c.start === 'none'
    ? c.id === 'contacts'
      ? 'solange das Jobcenter im Verzeichnis geführt wird; bei Korrektur ersetzt'
      : 'dauerhaft als Akte des Ministeriums aufbewahrt; Namen ausgeschiedener Personen können durch die Funktion ersetzt werden'
    : `${duration(c.days)} ${START_TEXT[c.start]} ${ACTION_TEXT[c.action]}`;
