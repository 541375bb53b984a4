import { Action, Field, H1, H2, P } from './_components/blocks';
import { formatDate } from './_components/format';
import { Layout } from './_components/layout';
import * as s from './_components/styles';

export type MissingJobcenter = {
  jobcenterName: string;
  /** German status label, e.g. "Nicht geöffnet" or "Entwurf gespeichert". */
  status: string;
  remindersSent: number;
  /** The main address bounced. */
  undeliverable: boolean;
};

export type MissingSummaryProps = {
  campaignTitle: string;
  /** ISO date YYYY-MM-DD */
  deadline: string;
  /** Jobcenters invited in this campaign. */
  total: number;
  /** Jobcenters that have submitted. */
  answered: number;
  missing: MissingJobcenter[];
  /** The campaign page in the MAGS area. */
  campaignUrl: string;
};

const jobcenterCount = (n: number) =>
  n === 0 ? 'kein Jobcenter fehlt' : n === 1 ? '1 Jobcenter fehlt' : `${n} Jobcenter fehlen`;

export const missingSummarySubject = (props: MissingSummaryProps): string =>
  `Frist abgelaufen: ${props.campaignTitle} – ${jobcenterCount(props.missing.length)}`;

const UNDELIVERABLE = 'Adresse unzustellbar';

/**
 * The Jobcenters still missing, as a data table: header cells for screen readers in HTML, one line
 * per Jobcenter in the plain-text version.
 */
const MissingTable = ({ missing }: { missing: MissingJobcenter[] }) => (
  <table style={s.table} data-text-format="dataTable">
    <thead>
      <tr>
        <th scope="col" style={s.th}>
          Jobcenter
        </th>
        <th scope="col" style={s.th}>
          Status
        </th>
        <th scope="col" style={s.th}>
          Erinnerungen
        </th>
        <th scope="col" style={s.th}>
          Zustellung
        </th>
      </tr>
    </thead>
    <tbody>
      {missing.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static list, names may repeat
        <tr key={i}>
          <th scope="row" style={{ ...s.td, fontWeight: 700 }}>
            {m.jobcenterName}
          </th>
          <td style={s.td}>{m.status}</td>
          <td style={s.td}>{String(m.remindersSent)}</td>
          <td style={s.td}>{m.undeliverable ? UNDELIVERABLE : '–'}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** To MAGS after the deadline: which Jobcenters have not submitted, with reminders and bounces. */
export const MissingSummary = (props: MissingSummaryProps) => {
  const deadline = formatDate(props.deadline);
  const missing = props.missing.length;
  return (
    <Layout title={missingSummarySubject(props)} preview={`Frist ${deadline}: ${jobcenterCount(missing)}.`}>
      <H1>Frist abgelaufen: {props.campaignTitle}</H1>
      <P>
        Die Frist für „{props.campaignTitle}“ ist am {deadline} abgelaufen.{' '}
        {missing === 0
          ? 'Alle Jobcenter haben geantwortet.'
          : `${missing === 1 ? 'Ein Jobcenter hat' : `${missing} Jobcenter haben`} noch keine Erklärung abgegeben.`}
      </P>
      <Field label="Jobcenter insgesamt">{String(props.total)}</Field>
      <Field label="Abgegeben">{String(props.answered)}</Field>
      <Field label="Fehlend">{String(missing)}</Field>

      {missing > 0 && (
        <>
          <H2>Fehlende Jobcenter</H2>
          <MissingTable missing={props.missing} />
          <P>
            Eine Abgabe ist weiterhin möglich. Bei „{UNDELIVERABLE}“ hat die Hauptadresse des Jobcenters die
            E-Mails nicht angenommen; bitte prüfen Sie die Kontaktdaten.
          </P>
        </>
      )}
      <Action href={props.campaignUrl} label="Kampagne öffnen" />
    </Layout>
  );
};

MissingSummary.PreviewProps = {
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  deadline: '2027-03-31',
  total: 53,
  answered: 50,
  missing: [
    { jobcenterName: 'Bochum', status: 'Entwurf gespeichert', remindersSent: 3, undeliverable: false },
    { jobcenterName: 'Kreis Höxter', status: 'Nicht geöffnet', remindersSent: 3, undeliverable: true },
    { jobcenterName: 'Wuppertal', status: 'Geöffnet', remindersSent: 2, undeliverable: false },
  ],
  campaignUrl: 'https://inklusion.example.org/mags/kampagnen/beitritt-2027',
} satisfies MissingSummaryProps;

export default MissingSummary;
