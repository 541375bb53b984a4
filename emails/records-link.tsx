import { Action, H1, H2, P } from './_components/blocks';
import { Layout } from './_components/layout';

export type RecordsLinkProps = {
  jobcenterName: string;
  /** The personal records link (made at send time). */
  recordsUrl: string;
  /** Days the link works. */
  days: number;
};

export const recordsLinkSubject = (props: RecordsLinkProps): string =>
  `Ihre Unterlagen zur Rahmenvereinbarung Inklusion: Jobcenter ${props.jobcenterName}`;

/** The answer to a request on the records page: a personal link to the Jobcenter's documents. */
export const RecordsLink = (props: RecordsLinkProps) => (
  <Layout
    title={recordsLinkSubject(props)}
    preview={`Ihr Link zu den Unterlagen des Jobcenters ${props.jobcenterName}, ${props.days} Tage gültig.`}
  >
    <H1>Ihre Unterlagen</H1>
    <P>Guten Tag,</P>
    <P>
      für diese Adresse wurde ein Link zu den Unterlagen des Jobcenters {props.jobcenterName} angefordert: die
      Beitrittserklärung und jede Selbstbewertung, die das Jobcenter abgegeben hat, jeweils als PDF-Dokument
      mit Eingangsnummer und Prüfsumme.
    </P>
    <Action href={props.recordsUrl} label="Unterlagen öffnen" />
    <H2>Hinweise zu Ihrem Link</H2>
    <P>
      Der Link ist {props.days} Tage gültig und öffnet die Unterlagen nur zum Lesen. Geben Sie ihn bitte nur
      innerhalb Ihres Jobcenters weiter. Wenn Sie keinen Link angefordert haben, können Sie diese E-Mail
      löschen; ohne den Link sieht niemand Ihre Unterlagen.
    </P>
  </Layout>
);

RecordsLink.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  recordsUrl: 'https://inklusion.example.org/unterlagen/ansehen#t=preview-records',
  days: 7,
} satisfies RecordsLinkProps;

export default RecordsLink;
