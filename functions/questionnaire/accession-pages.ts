import type { AccessionAnswers } from './accession-form';

/**
 * The pages of the Beitrittserklärung (Anlage A3), declared once beside its schema
 * (`accession-form.ts`), as a2j's `pages.ts`: each page names the schema parts it asks for and the
 * texts of its fields. The web form (steps, task list, check page, print, staff view), the error
 * descriptions and the receipt e-mail all read these texts; none writes its own.
 *
 * Field texts: `label` is what the input is called on the page; `summaryLabel` names the answer
 * wherever it is shown or described afterwards (check answers, print, staff view, e-mail, error
 * summary "Geschäftsführung, Name"); it defaults to `label`.
 */
export type FieldText = {
  label: string;
  summaryLabel?: string;
  hint?: string;
  /** HTML `autocomplete` token; `off` where the browser must not suggest personal data. */
  autocomplete?: string;
  optional?: true;
};

type Section = keyof AccessionAnswers;
/** The leaf names of a section's items (`massnahmen` → `titel`, `beginn`, …). */
type Leaves<S extends Section> = AccessionAnswers[S] extends readonly (infer I)[]
  ? keyof I & string
  : AccessionAnswers[S] extends object
    ? keyof AccessionAnswers[S] & string
    : never;
type FieldsOf<S extends Section> = { [L in Leaves<S>]?: FieldText };

export type AccessionPage = {
  id: string;
  title: string;
  /** The parts of `AccessionAnswers` this page asks for (the Jobcenter page asks for none). */
  keys: readonly Section[];
  /** Shown from the registry, not entered: counts as complete from the start. */
  prefilled?: true;
  intro?: string;
  fields?: { [S in Section]?: FieldsOf<S> };
};

export const DATE_HINT = 'Im Format TT.MM.JJJJ, zum Beispiel 10.11.2026';

export const ACCESSION_PAGES = [
  {
    id: 'jobcenter',
    title: 'Jobcenter',
    keys: [],
    prefilled: true,
    intro: 'Diese Angaben stammen aus dem Jobcenter-Verzeichnis des Ministeriums und sind vorausgefüllt.',
  },
  {
    id: 'geschaeftsfuehrung',
    title: 'Geschäftsführung',
    keys: ['geschaeftsfuehrung'],
    intro: 'Wer leitet das Jobcenter? Die Geschäftsführung erklärt den Beitritt.',
    fields: {
      geschaeftsfuehrung: {
        name: {
          label: 'Name',
          hint: 'Vor- und Nachname der Geschäftsführerin oder des Geschäftsführers',
          autocomplete: 'name',
        },
        funktion: {
          label: 'Funktion',
          hint: 'Zum Beispiel Geschäftsführerin, Geschäftsführer oder Vorstand',
          autocomplete: 'organization-title',
        },
      },
    },
  },
  {
    id: 'traeger',
    title: 'Zustimmung der Träger',
    keys: ['traegerZustimmungen'],
    fields: {
      traegerZustimmungen: {
        kind: { label: 'Art des Trägers' },
        traeger: {
          label: 'Name des Trägers',
          hint: 'Aus dem Verzeichnis vorausgefüllt; bitte bei Bedarf korrigieren',
          autocomplete: 'off',
        },
        gremium: {
          label: 'Zustimmendes Gremium',
          hint: 'Zum Beispiel Trägerversammlung, Kreistag oder Rat der Stadt',
          autocomplete: 'off',
          optional: true,
        },
        zugestimmtAm: { label: 'Datum der Zustimmung', hint: DATE_HINT, autocomplete: 'off' },
      },
    },
  },
  {
    id: 'ansprechperson',
    title: 'Ansprechperson Inklusion',
    keys: ['inklusionsKontakt'],
    intro: 'An wen kann sich das Ministerium zu Fragen der Inklusion in Ihrem Jobcenter wenden?',
    fields: {
      inklusionsKontakt: {
        bezeichnung: {
          label: 'Bezeichnung',
          hint: 'Zum Beispiel „Team Inklusion“, „Inklusionsbeauftragte“ oder der Name einer Person',
          autocomplete: 'off',
        },
        email: {
          label: 'E-Mail-Adresse',
          hint: 'Ein Funktionspostfach wird bevorzugt, damit Nachrichten auch bei Abwesenheit ankommen.',
          autocomplete: 'email',
        },
        istFunktionspostfach: {
          label: 'Die E-Mail-Adresse ist ein Funktionspostfach',
          summaryLabel: 'Funktionspostfach',
        },
        telefon: {
          label: 'Telefonnummer',
          hint: 'Mit Vorwahl, zum Beispiel 0211 123456',
          autocomplete: 'tel',
          optional: true,
        },
      },
    },
  },
  {
    id: 'ausgangslage',
    title: 'Ausgangslage je Handlungsfeld',
    keys: ['ausgangslage'],
    intro:
      'Beschreiben Sie kurz, wo Ihr Jobcenter in jedem der sechs Handlungsfelder heute steht. Einige Sätze genügen; die Angaben sind der Ausgangspunkt für die jährliche Selbstbewertung.',
  },
  {
    id: 'massnahmen',
    title: 'Maßnahmen je Handlungsfeld',
    keys: ['massnahmen'],
    intro:
      'Der Beitritt soll mit konkreten Maßnahmen in Ihrem Jobcenter verbunden sein. Geben Sie mindestens eine Maßnahme an, mit Zeitraum. Sie können Maßnahmen aus dem Katalog wählen oder eigene beschreiben.',
    fields: {
      massnahmen: {
        id: { label: 'Kennung' },
        handlungsfeld: { label: 'Handlungsfeld' },
        katalogId: {
          label: 'Maßnahme aus dem Katalog',
          summaryLabel: 'Aus dem Maßnahmenkatalog',
          hint: 'Wählen Sie eine typische Maßnahme oder beschreiben Sie eine eigene.',
        },
        titel: {
          label: 'Titel der Maßnahme',
          summaryLabel: 'Titel',
          hint: 'Bei einer Maßnahme aus dem Katalog vorausgefüllt; Sie können den Titel anpassen.',
          autocomplete: 'off',
        },
        beschreibung: {
          label: 'Beschreibung',
          hint: 'Was genau ist geplant, wer ist beteiligt?',
          optional: true,
        },
        beginn: { label: 'Beginn' },
        ende: { label: 'Ende' },
      },
    },
  },
  {
    id: 'nrw-inklusiv',
    title: 'Mitgliedschaft in „NRW inklusiv“',
    keys: ['nrwInklusiv'],
    intro:
      'Mit dem Beitritt zur Rahmenvereinbarung wird Ihr Jobcenter zugleich Mitglied der Landesinitiative „NRW inklusiv“. Als Mitglied darf Ihr Jobcenter das Logo „NRW inklusiv“ verwenden, zum Beispiel auf der Website, in Veröffentlichungen und bei Veranstaltungen zur Inklusion.',
  },
  { id: 'veroeffentlichung', title: 'Veröffentlichung', keys: ['veroeffentlichung'] },
  {
    id: 'unterzeichnung',
    title: 'Unterzeichnung',
    keys: ['unterzeichnung'],
    intro: 'Wer gibt die Erklärung für das Jobcenter ab? In der Regel ist das die Geschäftsführung.',
    fields: {
      unterzeichnung: {
        name: { label: 'Name', hint: 'Vor- und Nachname', autocomplete: 'name' },
        ort: { label: 'Ort', autocomplete: 'address-level2' },
        datum: { label: 'Datum', hint: DATE_HINT, autocomplete: 'off' },
      },
    },
  },
] as const satisfies readonly AccessionPage[];

export type AccessionPageId = (typeof ACCESSION_PAGES)[number]['id'];

/** The texts of the field `leaf` in `section` (e.g. `inklusionsKontakt`, `telefon`). */
export const fieldText = <S extends Section>(section: S, leaf: Leaves<S>): FieldText => {
  const page = ACCESSION_PAGES.find((p) => (p.keys as readonly string[]).includes(section)) as
    | AccessionPage
    | undefined;
  const text = (page?.fields?.[section] as Record<string, FieldText> | undefined)?.[leaf];
  if (!text) throw new Error(`no field text for ${section}.${leaf}`);
  return text;
};

/** The label an answer has once given (check answers, print, staff view, e-mail, errors). */
export const summaryLabel = <S extends Section>(section: S, leaf: Leaves<S>): string => {
  const text = fieldText(section, leaf);
  return text.summaryLabel ?? text.label;
};

/** What the choices of the yes/no pages read as, on the page and once answered. */
export const CHOICE_TEXTS = {
  nrwInklusiv: {
    label: 'Ich bestätige die Mitgliedschaft des Jobcenters in der Landesinitiative „NRW inklusiv“.',
    yes: 'Bestätigt: Mit dem Beitritt wird das Jobcenter Mitglied der Landesinitiative „NRW inklusiv“.',
    none: 'Noch nicht bestätigt.',
  },
  veroeffentlichung: {
    legend: 'Darf das Ministerium den Beitritt Ihres Jobcenters veröffentlichen?',
    hint: 'Veröffentlicht werden nur Name, Typ und Regierungsbezirk des Jobcenters und das Datum des Beitritts, in der öffentlichen Liste „Beigetretene Jobcenter“. Personenbezogene Daten werden nicht veröffentlicht.',
    yesOption: 'Ja, der Beitritt darf veröffentlicht werden',
    noOption: 'Nein, der Beitritt soll nicht veröffentlicht werden',
    yes: 'Ja – der Beitritt des Jobcenters darf öffentlich bekannt gegeben werden.',
    no: 'Nein – der Beitritt des Jobcenters wird nicht öffentlich bekannt gegeben.',
    none: 'Noch nicht gewählt.',
  },
} as const;

/** "Zustimmung durch Trägerversammlung am 20.02.2027" */
export const consentText = (gremium: string | undefined, date: string): string =>
  `Zustimmung${gremium?.trim() ? ` durch ${gremium}` : ''} am ${date}`;

/** The mailbox kind after the e-mail address. */
export const mailboxText = (istFunktionspostfach: boolean | undefined): string =>
  istFunktionspostfach ? ' (Funktionspostfach)' : ' (persönliches Postfach)';

export const TRAEGER_KIND_LABELS = { agentur: 'Agentur für Arbeit', kommune: 'Kommunaler Träger' } as const;

/** The link to the printable declaration in the form; the receipt e-mail names it the same. */
export const PRINT_LINK_LABEL = 'Druckfassung der Erklärung öffnen';

/** Shown for an answer not given (check answers, print). */
export const MISSING_TEXT = 'Nicht angegeben';
export const NO_MEASURE_TEXT = 'Für dieses Handlungsfeld wurde keine Maßnahme angegeben.';
export const PERIOD_LABEL = 'Zeitraum';
export const AUSGANGSLAGE_HINT = 'Was gibt es bereits, wo sehen Sie Handlungsbedarf?';
export const FROM_CATALOGUE = (titel: string) => `${summaryLabel('massnahmen', 'katalogId')}: ${titel}`;
