import { Action, Field, H1, P } from './_components/blocks';
import { formatDateTime } from './_components/format';
import { Layout } from './_components/layout';

export type MagsNotificationProps = {
  /** What was submitted: a declaration of accession (default) or a yearly self-assessment. */
  kind?: 'beitritt' | 'selbstbewertung';
  jobcenterName: string;
  campaignTitle: string;
  version: number;
  /** ISO datetime */
  submittedAt: string;
  reviewUrl: string;
};

export const magsNotificationSubject = (props: MagsNotificationProps): string =>
  props.kind === 'selbstbewertung'
    ? `${props.campaignTitle}: Jobcenter ${props.jobcenterName} hat abgegeben${props.version > 1 ? ` (Fassung ${props.version})` : ''}`
    : props.version > 1
      ? `Überarbeitete Beitrittserklärung: Jobcenter ${props.jobcenterName} (Fassung ${props.version})`
      : `Neue Beitrittserklärung: Jobcenter ${props.jobcenterName}`;

/** Tells MAGS staff that a declaration of accession is waiting for review. */
export const MagsNotification = (props: MagsNotificationProps) => {
  const submittedAt = formatDateTime(props.submittedAt);
  if (props.kind === 'selbstbewertung')
    return (
      <Layout
        title={magsNotificationSubject(props)}
        preview={`Jobcenter ${props.jobcenterName}: Selbstbewertung eingegangen`}
      >
        <H1>Selbstbewertung eingegangen</H1>
        <P>
          Das Jobcenter {props.jobcenterName} hat seine Selbstbewertung abgegeben
          {props.version > 1
            ? '. Es handelt sich um eine überarbeitete Fassung; alle Fassungen bleiben erhalten.'
            : '.'}
        </P>
        <Field label="Kampagne">{props.campaignTitle}</Field>
        <Field label="Fassung">{String(props.version)}</Field>
        <Field label="Eingegangen am">{submittedAt}</Field>
        <Action href={props.reviewUrl} label="Selbstbewertung ansehen" />
      </Layout>
    );
  return (
    <Layout
      title={magsNotificationSubject(props)}
      preview={`Jobcenter ${props.jobcenterName}: Beitrittserklärung zur Prüfung`}
    >
      <H1>Beitrittserklärung zur Prüfung</H1>
      <P>
        Das Jobcenter {props.jobcenterName} hat eine Beitrittserklärung eingereicht
        {props.version > 1 ? '. Es handelt sich um eine überarbeitete Fassung.' : '.'}
      </P>
      <Field label="Kampagne">{props.campaignTitle}</Field>
      <Field label="Jobcenter">{props.jobcenterName}</Field>
      <Field label="Fassung">{String(props.version)}</Field>
      <Field label="Eingegangen am">{submittedAt}</Field>
      <P>
        Bitte prüfen Sie die Erklärung und bestätigen Sie den Beitritt oder geben Sie die Erklärung mit einer
        Anmerkung zurück.
      </P>
      <Action href={props.reviewUrl} label="Erklärung prüfen" />
    </Layout>
  );
};

MagsNotification.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  version: 2,
  submittedAt: '2027-03-14T09:30:00Z',
  reviewUrl: 'https://inklusion.example.org/mags/beitritte/duesseldorf',
} satisfies MagsNotificationProps;

export default MagsNotification;
