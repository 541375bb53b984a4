import { Hr } from '@react-email/components';
import type { AccessionAnswers, Massnahme } from '../functions/questionnaire/accession-form';
import { HANDLUNGSFELDER } from '../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../functions/questionnaire/measure-catalogue';
import { Action, Field, H1, H2, H3, MailLink, P, Paragraphs, Small } from './_components/blocks';
import { formatDate, formatDateTime, formatMonthRange } from './_components/format';
import { Layout } from './_components/layout';
import * as s from './_components/styles';

export type SubmissionConfirmationProps = {
  jobcenterName: string;
  campaignTitle: string;
  answers: AccessionAnswers;
  receiptNumber: string;
  /** Hash of the submitted content, lets both sides check later that the declaration is unchanged. */
  contentHash: string;
  /** ISO datetime */
  submittedAt: string;
  version: number;
  printUrl: string;
};

export const submissionConfirmationSubject = (props: SubmissionConfirmationProps): string =>
  `Eingangsbestätigung: Beitrittserklärung Jobcenter ${props.jobcenterName} (Nr. ${props.receiptNumber})`;

const TRAEGER_KIND = { agentur: 'Agentur für Arbeit', kommune: 'Kommunaler Träger' } as const;

const MeasureItem = ({ m }: { m: Massnahme }) => {
  const fromCatalogue = m.katalogId ? catalogueMeasure(m.katalogId) : undefined;
  return (
    <li style={s.listItem}>
      <strong>{m.titel}</strong>
      <br />
      Zeitraum: {formatMonthRange(m.beginn, m.ende)}
      {fromCatalogue && fromCatalogue.titel !== m.titel && (
        <>
          <br />
          Aus dem Maßnahmenkatalog: {fromCatalogue.titel}
        </>
      )}
      {m.beschreibung && (
        <>
          <br />
          {m.beschreibung}
        </>
      )}
    </li>
  );
};

/** The full declaration as submitted, in the order of the form (Anlage A3). */
const Declaration = ({ answers: a }: { answers: AccessionAnswers }) => (
  <>
    <H2>1. Geschäftsführung</H2>
    <Field label="Name">{a.geschaeftsfuehrung.name}</Field>
    <Field label="Funktion">{a.geschaeftsfuehrung.funktion}</Field>

    <H2>2. Zustimmung der Träger</H2>
    {a.traegerZustimmungen.map((t) => (
      <P key={t.kind}>
        <strong>{TRAEGER_KIND[t.kind]}:</strong> {t.traeger}
        <br />
        Zustimmung{t.gremium ? ` durch ${t.gremium}` : ''} am {formatDate(t.zugestimmtAm)}
      </P>
    ))}

    <H2>3. Ansprechperson Inklusion</H2>
    <Field label="Bezeichnung">{a.inklusionsKontakt.bezeichnung}</Field>
    <Field label="E-Mail">
      <MailLink address={a.inklusionsKontakt.email} />
      {a.inklusionsKontakt.istFunktionspostfach ? ' (Funktionspostfach)' : ' (persönliches Postfach)'}
    </Field>
    {a.inklusionsKontakt.telefon && <Field label="Telefon">{a.inklusionsKontakt.telefon}</Field>}

    <H2>4. Ausgangslage je Handlungsfeld</H2>
    {HANDLUNGSFELDER.map((hf) => (
      <div key={hf.id}>
        <H3>
          Handlungsfeld {hf.nummer}: {hf.titel}
        </H3>
        <Paragraphs text={a.ausgangslage[hf.id]} />
      </div>
    ))}

    <H2>5. Geplante Maßnahmen</H2>
    {HANDLUNGSFELDER.map((hf) => {
      const measures = a.massnahmen.filter((m) => m.handlungsfeld === hf.id);
      return (
        <div key={hf.id}>
          <H3>
            Handlungsfeld {hf.nummer}: {hf.titel}
          </H3>
          {measures.length === 0 ? (
            <Small>Für dieses Handlungsfeld wurde keine Maßnahme angegeben.</Small>
          ) : (
            <ul style={s.list}>
              {measures.map((m) => (
                <MeasureItem key={m.id} m={m} />
              ))}
            </ul>
          )}
        </div>
      );
    })}

    <H2>6. Mitgliedschaft in „NRW inklusiv“</H2>
    <P>Bestätigt: Mit dem Beitritt wird das Jobcenter Mitglied der Landesinitiative „NRW inklusiv“.</P>

    <H2>7. Veröffentlichung</H2>
    <P>
      {a.veroeffentlichung
        ? 'Ja – der Beitritt des Jobcenters darf öffentlich bekannt gegeben werden.'
        : 'Nein – der Beitritt des Jobcenters wird nicht öffentlich bekannt gegeben.'}
    </P>

    <H2>8. Unterzeichnung</H2>
    <Field label="Ort, Datum">
      {a.unterzeichnung.ort}, {formatDate(a.unterzeichnung.datum)}
    </Field>
    <Field label="Name">{a.unterzeichnung.name}</Field>
  </>
);

/** Sent to the Jobcenter right after it submitted its declaration of accession. */
export const SubmissionConfirmation = (props: SubmissionConfirmationProps) => {
  const submittedAt = formatDateTime(props.submittedAt);
  return (
    <Layout
      title={submissionConfirmationSubject(props)}
      preview={`Ihre Beitrittserklärung ist am ${submittedAt} eingegangen (Nr. ${props.receiptNumber}).`}
    >
      <H1>Eingangsbestätigung Ihrer Beitrittserklärung</H1>
      <P>Guten Tag,</P>
      <P>
        die Beitrittserklärung des Jobcenters {props.jobcenterName} ({props.campaignTitle}) ist beim
        Ministerium für Arbeit, Gesundheit und Soziales eingegangen. Vielen Dank! Wir prüfen die Erklärung und
        informieren Sie, sobald der Beitritt bestätigt ist.
      </P>
      <Field label="Eingangsnummer">{props.receiptNumber}</Field>
      <Field label="Eingegangen am">{submittedAt}</Field>
      <Field label="Fassung">{String(props.version)}</Field>
      <Field label="Prüfsumme">
        <span style={s.code}>{props.contentHash}</span>
      </Field>
      <Small>
        Mit der Prüfsumme lässt sich später feststellen, dass die gespeicherte Erklärung unverändert ist.
        Bitte bewahren Sie diese E-Mail auf.
      </Small>
      <P>Eine Druckfassung Ihrer Erklärung können Sie hier aufrufen:</P>
      <Action href={props.printUrl} label="Druckfassung öffnen" />

      <Hr style={s.hr} />
      <P>Es folgt Ihre Beitrittserklärung im Wortlaut.</P>
      <Declaration answers={props.answers} />
    </Layout>
  );
};

SubmissionConfirmation.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  receiptNumber: 'R-2027-0001',
  contentHash: 'sha256:3f2a9c0d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7',
  submittedAt: '2027-03-14T09:30:00Z',
  version: 1,
  printUrl: 'https://inklusion.example.org/beitritt/duesseldorf/druck?version=1',
  answers: {
    geschaeftsfuehrung: { name: 'Erika Mustermann', funktion: 'Geschäftsführerin' },
    traegerZustimmungen: [
      {
        kind: 'agentur',
        traeger: 'Agentur für Arbeit Düsseldorf',
        gremium: 'Trägerversammlung',
        zugestimmtAm: '2027-02-20',
      },
      {
        kind: 'kommune',
        traeger: 'Landeshauptstadt Düsseldorf',
        gremium: 'Trägerversammlung',
        zugestimmtAm: '2027-02-20',
      },
    ],
    inklusionsKontakt: {
      bezeichnung: 'Team Inklusion',
      email: 'inklusion@jobcenter-duesseldorf.example.org',
      telefon: '0211 000000',
      istFunktionspostfach: true,
    },
    ausgangslage: {
      hf1: 'Ein Aktionsplan Inklusion liegt noch nicht vor.\n\nDie Geschäftsführung hat das Thema 2026 in die Zielvereinbarungen aufgenommen.',
      hf2: 'Zwei von fünf Standorten sind nicht stufenlos erreichbar.',
      hf3: 'Schulungen zu psychischen Erkrankungen gab es bisher nur für das Reha-Team.',
      hf4: 'Der Arbeitgeberservice spricht Arbeitgeber bisher selten auf Menschen mit Beeinträchtigung an.',
      hf5: 'Die Jugendberufsagentur arbeitet seit 2019; der Übergang Schule–Beruf ist gut abgestimmt.',
      hf6: 'Es gibt Kontakte zu Beratungsstellen, aber kein strukturiertes Netzwerk.',
    },
    massnahmen: [
      {
        id: 'm-duesseldorf-0001',
        handlungsfeld: 'hf1',
        katalogId: 'hf1-aktionsplan',
        titel: 'Lokaler Aktionsplan Inklusion, mit den Trägern abgestimmt',
        beginn: '2027-04',
        ende: '2027-12',
      },
      {
        id: 'm-duesseldorf-0002',
        handlungsfeld: 'hf2',
        katalogId: 'hf2-standortpruefung',
        titel: 'Prüfung aller Standorte auf barrierefreien Zugang (einschließlich ÖPNV)',
        beschreibung: 'Begehung gemeinsam mit der kommunalen Behindertenbeauftragten.',
        beginn: '2027-03',
        ende: '2027-09',
      },
      {
        id: 'm-duesseldorf-0003',
        handlungsfeld: 'hf3',
        katalogId: 'hf3-schulung-psyche',
        titel: 'Schulung aller Integrationsfachkräfte zu psychischen Erkrankungen und Sucht',
        beginn: '2027-05',
        ende: '2028-06',
      },
      {
        id: 'm-duesseldorf-0004',
        handlungsfeld: 'hf4',
        titel: 'Reha-Fachkraft in der Arbeitgeberansprache',
        beginn: '2027-06',
        ende: '2027-06',
      },
      {
        id: 'm-duesseldorf-0005',
        handlungsfeld: 'hf6',
        katalogId: 'hf6-inklusionstag',
        titel: 'Erster Düsseldorfer Inklusionstag',
        beginn: '2027-10',
        ende: '2027-10',
      },
    ],
    nrwInklusiv: true,
    veroeffentlichung: true,
    unterzeichnung: { name: 'Erika Mustermann', ort: 'Düsseldorf', datum: '2027-03-14' },
  },
} satisfies SubmissionConfirmationProps;

export default SubmissionConfirmation;
