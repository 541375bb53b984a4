import { H1, P, Quote } from './_components/blocks';
import { Layout } from './_components/layout';

export type FeedbackProps = {
  jobcenterName: string;
  campaignTitle: string;
  /** The version the feedback is about, and its receipt number. */
  version: number;
  receiptNumber: string;
  /** MAGS's feedback; paragraphs separated by blank lines. */
  text: string;
};

export const feedbackSubject = (props: FeedbackProps): string =>
  `Rückmeldung des MAGS zu Ihrer Selbstbewertung: Jobcenter ${props.jobcenterName}`;

/** MAGS's written feedback on a submitted self-assessment; it also appears on the Jobcenter's report. */
export const Feedback = (props: FeedbackProps) => (
  <Layout title={feedbackSubject(props)} preview="Das MAGS hat Ihre Selbstbewertung gelesen.">
    <H1>Rückmeldung zu Ihrer Selbstbewertung</H1>
    <P>Guten Tag,</P>
    <P>
      vielen Dank für die Selbstbewertung des Jobcenters {props.jobcenterName} ({props.campaignTitle}, Fassung{' '}
      {props.version}, Eingangsnummer {props.receiptNumber}). Wir haben sie gelesen und möchten Ihnen
      Folgendes zurückmelden:
    </P>
    <Quote text={props.text} />
    <P>
      Die Rückmeldung steht auch in Ihrem Bericht zur Selbstbewertung, den Sie über Ihren persönlichen Link
      öffnen können. Bei Fragen antworten Sie gern auf diese E-Mail.
    </P>
  </Layout>
);

Feedback.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Selbstbewertung 2027',
  version: 1,
  receiptNumber: 'SB-2027-DUESSELDORF-0001',
  text: 'Ihre Fortschritte im Handlungsfeld 2 sind beispielhaft.\n\nFür das Handlungsfeld 5 bieten wir Ihnen ein Gespräch mit der Jugendberufsagentur an.',
} satisfies FeedbackProps;

export default Feedback;
