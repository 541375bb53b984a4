import { hasPreviousYear } from '../functions/self-assessment/questionnaire/versions';
import { Action, H1, H2, MailLink, P, Paragraphs, Signature, Small } from './_components/blocks';
import { formatDate, formNoun } from './_components/format';
import { HandlungsfelderList } from './_components/handlungsfelder-list';
import { Layout } from './_components/layout';

export type InvitationProps = {
  /** Campaign kind: accession (default) or yearly self-assessment. */
  kind?: 'beitritt' | 'selbstbewertung';
  jobcenterName: string;
  campaignTitle: string;
  subject: string;
  /** Letter text as edited by MAGS, without address and signature; paragraphs separated by blank lines. */
  letterBody: string;
  /** ISO date YYYY-MM-DD */
  deadline: string;
  /** Personal link to the accession form of this Jobcenter. */
  formUrl: string;
  senderName: string;
  replyTo: string;
  /**
   * Self-assessment only: the questionnaire version. Answers from a previous year are promised
   * only when a questionnaire was published before this one; without it, they are not mentioned.
   */
  fragebogen?: string;
};

export const invitationSubject = (props: InvitationProps): string => props.subject;

/** Anlage A2: MAGS invites the Geschäftsführung of a Jobcenter to accede to the Rahmenvereinbarung. */
export const Invitation = (props: InvitationProps) => {
  const deadline = formatDate(props.deadline);
  const noun = formNoun(props.kind);
  return (
    <Layout title={props.subject} preview={`${props.campaignTitle} – ${noun.full} bis zum ${deadline}`}>
      <Small>An die Geschäftsführung des Jobcenters {props.jobcenterName}</Small>
      <H1>{props.campaignTitle}</H1>
      <Paragraphs text={props.letterBody} />

      <H2>Die sechs Handlungsfelder der Rahmenvereinbarung</H2>
      <HandlungsfelderList />

      <H2>Ihre {noun.full}</H2>
      {props.kind === 'selbstbewertung' ? (
        <P>
          Bitte senden Sie die Selbstbewertung Ihres Jobcenters bis zum <strong>{deadline}</strong> über das
          Online-Formular ab. Sie berichten je Handlungsfeld über den Stand Ihrer Maßnahmen;{' '}
          {props.fragebogen && hasPreviousYear(props.fragebogen)
            ? 'Ihre Angaben aus dem Beitritt und dem Vorjahr sind bereits eingetragen.'
            : 'die Maßnahmen aus Ihrer Beitrittserklärung sind bereits eingetragen.'}{' '}
          Ihre Eingaben werden zwischengespeichert; Sie können die Bearbeitung unterbrechen und später
          fortsetzen.
        </P>
      ) : (
        <P>
          Bitte senden Sie die Beitrittserklärung Ihres Jobcenters bis zum <strong>{deadline}</strong> über
          das Online-Formular ab. Der Beitritt erfolgt im Einvernehmen mit Ihren Trägern. Ihre Eingaben werden
          zwischengespeichert; Sie können die Bearbeitung unterbrechen und später fortsetzen.
        </P>
      )}
      <Action href={props.formUrl} label={`${noun.full} öffnen`} />

      <H2>Hinweise zu Ihrem Link</H2>
      <P>
        Dieser Link ist persönlich für das Jobcenter {props.jobcenterName} erstellt. Sie dürfen ihn innerhalb
        Ihres Jobcenters weitergeben, zum Beispiel an die für Inklusion zuständige Stelle. Bitte geben Sie ihn
        nicht an Personen außerhalb des Jobcenters weiter: Wer den Link hat, kann die {noun.short} bearbeiten.
      </P>
      <P>
        Wenn der Link nicht mehr funktioniert oder versehentlich weitergegeben wurde, antworten Sie bitte auf
        diese E-Mail oder schreiben Sie an <MailLink address={props.replyTo} />. Sie erhalten dann einen neuen
        Link.
      </P>

      <Signature name={props.senderName} />
    </Layout>
  );
};

Invitation.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  subject: 'Einladung zum Beitritt zur Rahmenvereinbarung Inklusion',
  letterBody: [
    'Sehr geehrte Damen und Herren,',
    'im Frühjahr 2018 haben das Ministerium für Arbeit, Gesundheit und Soziales, die Regionaldirektion NRW der Bundesagentur für Arbeit, der Städtetag NRW und der Landkreistag NRW die „Rahmenvereinbarung zur Verbesserung der beruflichen Integration von arbeitsuchenden Menschen mit Beeinträchtigungen in der Grundsicherung für Arbeitsuchende (SGB II)“ unterzeichnet.',
    'Ich lade Sie herzlich ein, der Rahmenvereinbarung im Einvernehmen mit Ihren Trägern beizutreten. Mit dem Beitritt wird Ihr Jobcenter zugleich Mitglied der Landesinitiative „NRW inklusiv“.\nDer Beitritt sollte mit konkreten Maßnahmen in Ihrem Jobcenter verbunden sein.',
  ].join('\n\n'),
  deadline: '2027-03-31',
  formUrl: 'https://inklusion.example.org/formular#t=preview-token',
  senderName: 'Dr. Maria Beispiel, Referat II A 3',
  replyTo: 'inklusion@mags.example.org',
} satisfies InvitationProps;

export default Invitation;
