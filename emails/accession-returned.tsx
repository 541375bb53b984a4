import { Action, H1, P, Quote } from './_components/blocks';
import { Layout } from './_components/layout';

export type AccessionReturnedProps = {
  jobcenterName: string;
  /** Comment of the MAGS reviewer; paragraphs separated by blank lines. */
  comment: string;
  formUrl: string;
};

export const accessionReturnedSubject = (props: AccessionReturnedProps): string =>
  `Rückfrage zu Ihrer Beitrittserklärung: Jobcenter ${props.jobcenterName}`;

/** MAGS returns the declaration to the Jobcenter with a comment, asking for a revised version. */
export const AccessionReturned = (props: AccessionReturnedProps) => (
  <Layout
    title={accessionReturnedSubject(props)}
    preview="Ihre Beitrittserklärung wurde mit einer Anmerkung zurückgegeben."
  >
    <H1>Rückfrage zu Ihrer Beitrittserklärung</H1>
    <P>Guten Tag,</P>
    <P>
      vielen Dank für die Beitrittserklärung des Jobcenters {props.jobcenterName}. Wir haben sie geprüft und
      geben sie mit folgender Anmerkung an Sie zurück:
    </P>
    <Quote text={props.comment} />
    <P>
      Bitte überarbeiten Sie die Erklärung und senden Sie sie erneut ab. Ihre bisherigen Angaben bleiben
      erhalten.
    </P>
    <Action href={props.formUrl} label="Beitrittserklärung überarbeiten" />
    <P>Bei Fragen antworten Sie gern auf diese E-Mail.</P>
  </Layout>
);

AccessionReturned.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  comment:
    'Bei der Zustimmung der Träger fehlt das Datum des Beschlusses der Trägerversammlung.\n\nBitte ergänzen Sie außerdem für das Handlungsfeld 5 mindestens eine konkrete Maßnahme.',
  formUrl: 'https://inklusion.example.org/formular#t=preview-token',
} satisfies AccessionReturnedProps;

export default AccessionReturned;
