import { Action, H1, H2, MailLink, P, Signature, Small } from './_components/blocks';
import { daysUntil, formatDate, formNoun } from './_components/format';
import { Layout } from './_components/layout';

export type ReminderProps = {
  /** Campaign kind: accession (default) or yearly self-assessment. */
  kind?: 'beitritt' | 'selbstbewertung';
  jobcenterName: string;
  campaignTitle: string;
  /** ISO date YYYY-MM-DD; the last day on which the declaration is on time. */
  deadline: string;
  /** ISO datetime of sending; the days left are counted from its calendar day in Berlin. */
  now: string;
  /** 'draft': answers are saved but not submitted; 'not-started': nothing saved yet. */
  wording: 'not-started' | 'draft';
  /** Addressed to the deputy contact, because the main contact did not answer or could not be reached. */
  toDeputy: boolean;
  /** Personal link to the form of this Jobcenter, the same as in the invitation. */
  formUrl: string;
  replyTo: string;
  senderName: string;
};

const days = (n: number, dative = false) => (n === 1 ? '1 Tag' : `${n} ${dative ? 'Tagen' : 'Tage'}`);

/** Whole Berlin calendar days left; undefined when a date cannot be read (the deadline is still shown). */
const daysLeft = (props: ReminderProps): number | undefined => daysUntil(props.deadline, props.now);

export const reminderSubject = (props: ReminderProps): string => {
  const left = daysLeft(props);
  const deadline = formatDate(props.deadline);
  return left !== undefined && left < 0
    ? `Erinnerung: ${props.campaignTitle} – Frist abgelaufen am ${deadline}`
    : `Erinnerung: ${props.campaignTitle} – Frist ${deadline}`;
};

/** One sentence on the deadline and the time left: "… endet am 31. März 2027. Sie haben noch 14 Tage Zeit." */
const TimeLeft = ({
  deadline,
  left,
  noun,
}: {
  deadline: string;
  left: number | undefined;
  noun: ReturnType<typeof formNoun>;
}) => {
  if (left === undefined)
    return (
      <P>
        Die Frist endet am <strong>{deadline}</strong>.
      </P>
    );
  if (left > 0)
    return (
      <P>
        Die Frist endet am <strong>{deadline}</strong>. Sie haben noch {days(left)} Zeit.
      </P>
    );
  if (left === 0)
    return (
      <P>
        Die Frist endet <strong>heute, am {deadline}</strong>. Bitte senden Sie die {noun.short} noch heute
        ab.
      </P>
    );
  return (
    <P>
      Die Frist endete am <strong>{deadline}</strong> und ist seit {days(-left, true)} abgelaufen – eine
      Abgabe ist weiterhin möglich. Bitte senden Sie die {noun.short} so bald wie möglich ab.
    </P>
  );
};

/**
 * Reminder to a Jobcenter that has not submitted yet (issue 5): states the real deadline and the
 * days left in Berlin time, the progress so far, and carries the personal link of the invitation.
 */
export const Reminder = (props: ReminderProps) => {
  const deadline = formatDate(props.deadline);
  const noun = formNoun(props.kind);
  const left = daysLeft(props);
  const preview =
    left === undefined
      ? `Frist: ${deadline}`
      : left > 0
        ? `Frist ${deadline}: noch ${days(left)}`
        : left === 0
          ? `Die Frist endet heute, am ${deadline}.`
          : `Die Frist ist abgelaufen – eine Abgabe ist weiterhin möglich.`;
  return (
    <Layout title={reminderSubject(props)} preview={preview}>
      <Small>
        {props.toDeputy
          ? `An die Vertretung der Ansprechperson im Jobcenter ${props.jobcenterName}`
          : `An das Jobcenter ${props.jobcenterName}`}
      </Small>
      <H1>Erinnerung: {props.campaignTitle}</H1>
      <P>Guten Tag,</P>
      <P>
        wir möchten Sie an die {noun.short} des Jobcenters {props.jobcenterName} zu „{props.campaignTitle}“
        erinnern.
      </P>
      {props.toDeputy && (
        <P>
          Sie erhalten diese Erinnerung als Vertretung: Die Hauptansprechperson des Jobcenters{' '}
          {props.jobcenterName} konnten wir nicht erreichen oder sie hat auf unsere bisherigen Erinnerungen
          nicht geantwortet. Bitte sorgen Sie dafür, dass die {noun.short} Ihres Jobcenters abgegeben wird.
        </P>
      )}
      <P>
        {props.wording === 'draft'
          ? 'Sie haben bereits Angaben gespeichert, aber noch nicht abgegeben – Ihre Angaben bleiben erhalten, Sie können dort weitermachen, wo Sie aufgehört haben.'
          : 'Sie haben das Formular noch nicht geöffnet oder noch keine Angaben darin gespeichert.'}
      </P>
      <TimeLeft deadline={deadline} left={left} noun={noun} />
      <Action
        href={props.formUrl}
        label={props.wording === 'draft' ? 'Angaben fortsetzen und abgeben' : 'Formular öffnen'}
      />

      <H2>Hinweise zu Ihrem Link</H2>
      <P>
        Es ist derselbe persönliche Link des Jobcenters {props.jobcenterName} wie in der Einladung. Bitte
        geben Sie ihn nur innerhalb Ihres Jobcenters weiter: Wer den Link hat, kann die {noun.short}{' '}
        bearbeiten.
      </P>
      <P>
        Wenn der Link nicht mehr funktioniert oder Sie einen neuen Link benötigen, antworten Sie bitte auf
        diese E-Mail oder schreiben Sie an <MailLink address={props.replyTo} />. Sie erhalten dann einen neuen
        Link.
      </P>
      <P>
        Haben Sie die {noun.short} inzwischen abgegeben, betrachten Sie diese Erinnerung bitte als
        gegenstandslos.
      </P>

      <Signature name={props.senderName} />
    </Layout>
  );
};

Reminder.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  deadline: '2027-03-31',
  now: '2027-03-17T08:00:00Z',
  wording: 'draft',
  toDeputy: false,
  formUrl: 'https://inklusion.example.org/formular#t=preview-token',
  replyTo: 'inklusion@mags.example.org',
  senderName: 'Dr. Maria Beispiel, Referat II A 3',
} satisfies ReminderProps;

export default Reminder;
