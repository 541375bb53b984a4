import { Action, Field, H1, H2, P } from './_components/blocks';
import { formatDateTime } from './_components/format';
import { Layout } from './_components/layout';

export type ConsentLinkProps = {
  jobcenterName: string;
  /** Page where the consent is withdrawn or given again; the token is in its fragment. */
  consentUrl: string;
  /** ISO datetime until which the link works. */
  validUntil: string;
};

export const consentLinkSubject = (props: ConsentLinkProps): string =>
  `Veröffentlichung als beigetretenes Jobcenter: Link für Jobcenter ${props.jobcenterName}`;

/** Someone asked for the link to change the Jobcenter's consent to be listed publicly. */
export const ConsentLink = (props: ConsentLinkProps) => (
  <Layout
    title={consentLinkSubject(props)}
    preview={`Hier können Sie die Einwilligung des Jobcenters ${props.jobcenterName} zur Veröffentlichung ändern.`}
  >
    <H1>Einwilligung zur Veröffentlichung</H1>
    <P>Guten Tag,</P>
    <P>
      für das Jobcenter {props.jobcenterName} wurde ein Link angefordert, mit dem die Einwilligung zur Nennung
      in der öffentlichen Liste der beigetretenen Jobcenter widerrufen oder erneut erteilt werden kann. Die
      E-Mail geht an die beim Ministerium hinterlegten Kontakte des Jobcenters.
    </P>
    <Action href={props.consentUrl} label="Einwilligung ansehen und ändern" />
    <Field label="Gültig bis">{formatDateTime(props.validUntil)}</Field>
    <H2>Sie haben den Link nicht angefordert?</H2>
    <P>
      Dann können Sie diese E-Mail ignorieren. Ohne einen Klick auf den Link ändert sich nichts; er dient nur
      diesem einen Zweck und verfällt von selbst.
    </P>
  </Layout>
);

ConsentLink.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  consentUrl: 'https://inklusion.example.org/einwilligung/aendern#t=preview-consent',
  validUntil: '2027-03-20T12:15:00Z',
} satisfies ConsentLinkProps;

export default ConsentLink;
