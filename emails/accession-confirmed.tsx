import { Field, H1, H2, P, TextLink } from './_components/blocks';
import { formatDate } from './_components/format';
import { Layout } from './_components/layout';

export type AccessionConfirmedProps = {
  jobcenterName: string;
  /** ISO date or datetime */
  confirmedAt: string;
  publicListing: boolean;
  publicListUrl: string;
};

export const accessionConfirmedSubject = (props: AccessionConfirmedProps): string =>
  `Beitritt bestätigt: Jobcenter ${props.jobcenterName} – Rahmenvereinbarung Inklusion`;

/** MAGS has accepted the declaration: the Jobcenter has acceded. */
export const AccessionConfirmed = (props: AccessionConfirmedProps) => {
  const confirmedAt = formatDate(props.confirmedAt);
  return (
    <Layout
      title={accessionConfirmedSubject(props)}
      preview={`Der Beitritt des Jobcenters ${props.jobcenterName} zur Rahmenvereinbarung Inklusion ist bestätigt.`}
    >
      <H1>Beitritt bestätigt</H1>
      <P>Guten Tag,</P>
      <P>
        das Ministerium für Arbeit, Gesundheit und Soziales hat den Beitritt des Jobcenters{' '}
        {props.jobcenterName} zur Rahmenvereinbarung Inklusion bestätigt. Herzlich willkommen!
      </P>
      <Field label="Beitritt bestätigt am">{confirmedAt}</Field>

      <H2>Mitglied in „NRW inklusiv“</H2>
      <P>
        Mit dem Beitritt ist Ihr Jobcenter Mitglied der Landesinitiative „NRW inklusiv“ und berechtigt, deren
        Logo zu verwenden, zum Beispiel auf Ihrer Website und in Veröffentlichungen.
      </P>

      <H2>Veröffentlichung</H2>
      {props.publicListing ? (
        <P>
          Wie von Ihnen gewünscht, wird Ihr Jobcenter in der öffentlichen Liste der beigetretenen Jobcenter
          genannt: <TextLink href={props.publicListUrl} />
        </P>
      ) : (
        <P>
          Sie haben einer Veröffentlichung nicht zugestimmt. Ihr Jobcenter wird daher nicht in der
          öffentlichen Liste der beigetretenen Jobcenter (<TextLink href={props.publicListUrl} />) genannt.
        </P>
      )}

      <H2>Wie es weitergeht</H2>
      <P>
        Einmal im Jahr bitten wir Sie um eine kurze Selbstbewertung: Wie weit sind Ihre Maßnahmen in den sechs
        Handlungsfeldern, was ist als Nächstes geplant? Ihre Angaben aus der Beitrittserklärung sind dafür der
        Ausgangspunkt. Sie erhalten rechtzeitig eine Einladung.
      </P>
    </Layout>
  );
};

AccessionConfirmed.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  confirmedAt: '2027-03-20T10:15:00Z',
  publicListing: true,
  publicListUrl: 'https://inklusion.example.org/beigetretene-jobcenter',
} satisfies AccessionConfirmedProps;

export default AccessionConfirmed;
