import { Hr } from '@react-email/components';
import type { AccessionAnswers, Massnahme } from '../functions/questionnaire/accession-form';
import {
  ACCESSION_PAGES,
  CHOICE_TEXTS,
  consentText,
  FROM_CATALOGUE,
  mailboxText,
  NO_MEASURE_TEXT,
  PERIOD_LABEL,
  PRINT_LINK_LABEL,
  summaryLabel,
  TRAEGER_KIND_LABELS,
} from '../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../functions/questionnaire/measure-catalogue';
import { Field, H1, H2, H3, MailLink, P, Paragraphs, Small } from './_components/blocks';
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
};

export const submissionConfirmationSubject = (props: SubmissionConfirmationProps): string =>
  `Eingangsbestätigung: Beitrittserklärung Jobcenter ${props.jobcenterName} (Nr. ${props.receiptNumber})`;

const MeasureItem = ({ m }: { m: Massnahme }) => {
  const fromCatalogue = m.katalogId ? catalogueMeasure(m.katalogId) : undefined;
  return (
    <li style={s.listItem}>
      <strong>{m.titel}</strong>
      <br />
      {PERIOD_LABEL}: {formatMonthRange(m.beginn, m.ende)}
      {fromCatalogue && fromCatalogue.titel !== m.titel && (
        <>
          <br />
          {FROM_CATALOGUE(fromCatalogue.titel)}
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

type Page = (typeof ACCESSION_PAGES)[number];

/** The answers of one page, with the labels and texts the page declaration gives them. */
const PageAnswers = ({
  page,
  a,
  jobcenterName,
}: {
  page: Page;
  a: AccessionAnswers;
  jobcenterName: string;
}) => {
  switch (page.id) {
    case 'jobcenter':
      return <Field label="Name">{jobcenterName}</Field>;
    case 'geschaeftsfuehrung':
      return (
        <>
          <Field label={summaryLabel('geschaeftsfuehrung', 'name')}>{a.geschaeftsfuehrung.name}</Field>
          <Field label={summaryLabel('geschaeftsfuehrung', 'funktion')}>
            {a.geschaeftsfuehrung.funktion}
          </Field>
        </>
      );
    case 'traeger':
      return (
        <>
          {a.traegerZustimmungen.map((t) => (
            <P key={t.kind}>
              <strong>{TRAEGER_KIND_LABELS[t.kind]}:</strong> {t.traeger}
              <br />
              {consentText(t.gremium, formatDate(t.zugestimmtAm))}
            </P>
          ))}
        </>
      );
    case 'ansprechperson': {
      const k = a.inklusionsKontakt;
      return (
        <>
          <Field label={summaryLabel('inklusionsKontakt', 'bezeichnung')}>{k.bezeichnung}</Field>
          <Field label={summaryLabel('inklusionsKontakt', 'email')}>
            <MailLink address={k.email} />
            {mailboxText(k.istFunktionspostfach)}
          </Field>
          {k.telefon && <Field label={summaryLabel('inklusionsKontakt', 'telefon')}>{k.telefon}</Field>}
        </>
      );
    }
    case 'ausgangslage':
      return (
        <>
          {HANDLUNGSFELDER.map((hf) => (
            <div key={hf.id}>
              <H3>
                Handlungsfeld {hf.nummer}: {hf.titel}
              </H3>
              <Paragraphs text={a.ausgangslage[hf.id]} />
            </div>
          ))}
        </>
      );
    case 'massnahmen':
      return (
        <>
          {HANDLUNGSFELDER.map((hf) => {
            const measures = a.massnahmen.filter((m) => m.handlungsfeld === hf.id);
            return (
              <div key={hf.id}>
                <H3>
                  Handlungsfeld {hf.nummer}: {hf.titel}
                </H3>
                {measures.length === 0 ? (
                  <Small>{NO_MEASURE_TEXT}</Small>
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
        </>
      );
    case 'nrw-inklusiv':
      return <P>{CHOICE_TEXTS.nrwInklusiv.yes}</P>;
    case 'veroeffentlichung':
      return (
        <P>{a.veroeffentlichung ? CHOICE_TEXTS.veroeffentlichung.yes : CHOICE_TEXTS.veroeffentlichung.no}</P>
      );
    case 'unterzeichnung':
      return (
        <>
          <Field
            label={`${summaryLabel('unterzeichnung', 'ort')}, ${summaryLabel('unterzeichnung', 'datum')}`}
          >
            {a.unterzeichnung.ort}, {formatDate(a.unterzeichnung.datum)}
          </Field>
          <Field label={summaryLabel('unterzeichnung', 'name')}>{a.unterzeichnung.name}</Field>
        </>
      );
  }
};

/** The full declaration as submitted: the pages of the form (Anlage A3), numbered as in the form. */
const Declaration = ({ answers, jobcenterName }: { answers: AccessionAnswers; jobcenterName: string }) => (
  <>
    {ACCESSION_PAGES.map((page, i) => (
      <div key={page.id}>
        <H2>
          {i + 1}. {page.title}
        </H2>
        <PageAnswers page={page} a={answers} jobcenterName={jobcenterName} />
      </div>
    ))}
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
      <P>
        Eine Druckfassung Ihrer Erklärung finden Sie im Formular: Öffnen Sie es über den persönlichen Link aus
        der Einladung und wählen Sie „{PRINT_LINK_LABEL}“.
      </P>

      <Hr style={s.hr} />
      <P>Es folgt Ihre Beitrittserklärung im Wortlaut.</P>
      <Declaration answers={props.answers} jobcenterName={props.jobcenterName} />
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
