import { Action, Field, H1, H2, P } from './_components/blocks';
import { formatDate, formNoun } from './_components/format';
import { Layout } from './_components/layout';

export type HandoverProps = {
  /** Campaign kind: accession (default) or yearly self-assessment. */
  kind?: 'beitritt' | 'selbstbewertung';
  jobcenterName: string;
  campaignTitle: string;
  fromName: string;
  toName: string;
  formUrl: string;
  /** ISO date YYYY-MM-DD */
  deadline: string;
};

export const handoverSubject = (props: HandoverProps): string =>
  `${formNoun(props.kind).full} an Sie übergeben: Jobcenter ${props.jobcenterName}`;

/** A colleague handed the accession form over to the recipient. */
export const Handover = (props: HandoverProps) => {
  const deadline = formatDate(props.deadline);
  const noun = formNoun(props.kind);
  return (
    <Layout
      title={handoverSubject(props)}
      preview={`${props.fromName} hat Ihnen die ${noun.full} übergeben.`}
    >
      <H1>{noun.full} an Sie übergeben</H1>
      <P>Guten Tag {props.toName},</P>
      <P>
        {props.fromName} hat Ihnen die Bearbeitung der {noun.full} des Jobcenters {props.jobcenterName}{' '}
        übergeben. Die bisherigen Angaben sind gespeichert; Sie können dort weitermachen.
      </P>
      <Field label="Kampagne">{props.campaignTitle}</Field>
      <Field label="Frist">{deadline}</Field>
      <Action href={props.formUrl} label={`${noun.full} öffnen`} />
      <H2>Hinweise zu Ihrem Link</H2>
      <P>
        Dieser Link ist persönlich für Sie erstellt. Sie dürfen ihn nur innerhalb Ihres Jobcenters
        weitergeben: Wer den Link hat, kann die {noun.short} bearbeiten. Wenn Sie einen neuen Link benötigen,
        antworten Sie bitte auf diese E-Mail.
      </P>
    </Layout>
  );
};

Handover.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  fromName: 'Erika Mustermann',
  toName: 'Max Beispiel',
  formUrl: 'https://inklusion.example.org/formular#t=preview-handover',
  deadline: '2027-03-31',
} satisfies HandoverProps;

export default Handover;
