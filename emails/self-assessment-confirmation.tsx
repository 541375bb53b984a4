import { Hr } from '@react-email/components';
import type { SelfAssessmentAnswers } from '../functions/self-assessment/questionnaire/answers';
import { newMeasureDetailsById } from '../functions/self-assessment/questionnaire/measure-details';
import {
  CHANGE_LABELS,
  compareAssessments,
  REPORT_LINK_LABEL,
  type ReportRow,
  yearOf,
} from '../functions/self-assessment/questionnaire/report';
import { Field, H1, H2, H3, P, Small } from './_components/blocks';
import { formatDateTime } from './_components/format';
import { Layout } from './_components/layout';
import * as s from './_components/styles';

export type SelfAssessmentConfirmationProps = {
  jobcenterName: string;
  campaignTitle: string;
  answers: SelfAssessmentAnswers;
  /** Last year's submitted answers, if any: the e-mail shows the change per answer. */
  previous?: SelfAssessmentAnswers;
  receiptNumber: string;
  contentHash: string;
  /** ISO datetime */
  submittedAt: string;
  version: number;
};

export const selfAssessmentConfirmationSubject = (props: SelfAssessmentConfirmationProps): string =>
  `Eingangsbestätigung: ${props.campaignTitle} Jobcenter ${props.jobcenterName} (Nr. ${props.receiptNumber})`;

const Rows = ({
  caption,
  rows,
  withPrevious,
  details,
}: {
  caption: string;
  rows: ReportRow[];
  withPrevious: boolean;
  /** Shown under a row's label, by row id: period, target group and funding of a new measure. */
  details?: ReadonlyMap<string, string>;
}) =>
  rows.length === 0 ? null : (
    <table style={s.table}>
      <tbody>
        <tr>
          <th style={s.th}>{caption}</th>
          <th style={s.th}>Angabe</th>
          {withPrevious && <th style={s.th}>Vorjahr</th>}
        </tr>
        {rows.map((r) => (
          <tr key={r.id}>
            <td style={s.td}>
              {r.label}
              {details?.get(r.id) && (
                <>
                  <br />
                  {details.get(r.id)}
                </>
              )}
            </td>
            <td style={s.td}>
              {r.current ?? '–'}
              {withPrevious && r.change !== 'new' ? ` (${CHANGE_LABELS[r.change]})` : ''}
            </td>
            {withPrevious && <td style={s.td}>{r.previous ?? '–'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );

/** Receipt of a self-assessment with the answers per Handlungsfeld and the change against last year. */
export const SelfAssessmentConfirmation = (props: SelfAssessmentConfirmationProps) => {
  const sections = compareAssessments(
    yearOf(props.answers),
    props.previous ? yearOf(props.previous) : undefined,
  );
  const withPrevious = props.previous !== undefined;
  return (
    <Layout
      title={selfAssessmentConfirmationSubject(props)}
      preview={`${props.campaignTitle}: Ihre Angaben sind eingegangen.`}
    >
      <H1>Ihre Selbstbewertung ist eingegangen</H1>
      <P>
        Vielen Dank. Das Jobcenter {props.jobcenterName} hat die {props.campaignTitle} abgegeben
        {props.version > 1 ? ` (Fassung ${props.version})` : ''}. Unten finden Sie Ihre Angaben
        {withPrevious ? ' im Vergleich zum Vorjahr' : ''}.
      </P>
      <Field label="Eingangsnummer">{props.receiptNumber}</Field>
      <Field label="Eingegangen am">{formatDateTime(props.submittedAt)}</Field>
      <P>
        Einen druckbaren Bericht mit dem Vergleich zum Vorjahr, etwa für Ihre Trägerversammlung, finden Sie im
        Formular: Öffnen Sie es über den persönlichen Link aus der Einladung und wählen Sie „
        {REPORT_LINK_LABEL}“.
      </P>
      {sections.map((section) => (
        <div key={section.hf}>
          <H2>
            Handlungsfeld {section.nummer}: {section.titel}
          </H2>
          <Field label="Einschätzung">
            {section.rating.current ?? '–'}
            {withPrevious && section.rating.previous ? ` (Vorjahr: ${section.rating.previous})` : ''}
          </Field>
          <H3>Maßnahmen</H3>
          <Rows
            caption="Maßnahme"
            rows={section.measures}
            withPrevious={withPrevious}
            details={newMeasureDetailsById(props.answers.abschnitte[section.hf])}
          />
          <H3>Kennzahlen</H3>
          <Rows caption="Kennzahl" rows={section.indicators} withPrevious={withPrevious} />
          <H3>Angaben</H3>
          <Rows caption="Frage" rows={section.questions} withPrevious={withPrevious} />
        </div>
      ))}
      <Hr style={s.hr} />
      <Small>Prüfsumme (SHA-256) Ihrer Angaben: {props.contentHash}</Small>
    </Layout>
  );
};

const previewSection = (bewertung: number) => ({
  massnahmen: [
    { id: 'massnahme-0001', titel: 'Lokaler Aktionsplan Inklusion', status: 'umgesetzt' as const },
  ],
  neueMassnahmen: [],
  kennzahlen: {},
  antworten: { umgesetzt: 'Aktionsplan verabschiedet.', geplant: 'Fortschreibung 2027.' },
  bewertung,
  unveraendert: [],
});

SelfAssessmentConfirmation.PreviewProps = {
  jobcenterName: 'Düsseldorf',
  campaignTitle: 'Selbstbewertung 2026',
  answers: {
    fragebogen: 'sb-2026',
    abschnitte: {
      hf1: previewSection(3),
      hf2: previewSection(2),
      hf3: previewSection(4),
      hf4: previewSection(3),
      hf5: previewSection(2),
      hf6: previewSection(5),
    },
    erledigt: ['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'],
  },
  receiptNumber: 'SB-2026-DUESSELDORF-1',
  contentHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  submittedAt: '2026-11-20T10:15:00Z',
  version: 1,
} satisfies SelfAssessmentConfirmationProps;

export default SelfAssessmentConfirmation;
