import { type HandlungsfeldId, handlungsfeld } from '../../../functions/questionnaire/handlungsfelder';
import { SECTION_STATUS_LABELS } from '../../../functions/self-assessment/questionnaire/check';
import { measureDetails } from '../../../functions/self-assessment/questionnaire/measure-details';
import {
  CHANGE_LABELS,
  type ReportRow,
  type ReportSection,
} from '../../../functions/self-assessment/questionnaire/report';
import { Link } from '../app/router';
import {
  effectiveSection,
  type SelfAssessmentInput,
  type SelfAssessmentSetup,
  STATUS_TAG,
  sectionOf,
  statusOf,
} from '../flows/self-assessment';
import { countText, ratingText, statusText } from '../flows/self-assessment-labels';
import { SummaryRow as Row } from './summary-row';

/**
 * A self-assessment shown back: per Handlungsfeld as "check answers" summary lists (before
 * submitting, with "Ändern" links) and, once submitted, as the report tables beside last year.
 * User text is always rendered as text.
 */
const MISSING = 'Nicht angegeben';

const valueOr = (value: string | undefined, confirmed = false) =>
  value?.trim() ? (
    <>
      <span className="multiline">{value}</span>
      {confirmed ? <span className="cell-block muted">Unverändert seit dem Vorjahr</span> : null}
    </>
  ) : (
    <span className="muted">{MISSING}</span>
  );

/** One Handlungsfeld's answers as they will be submitted ("unchanged" answers with last year's value). */
export function SectionSummary({
  setup,
  answers,
  hf,
  changeLink,
}: {
  setup: SelfAssessmentSetup;
  answers: SelfAssessmentInput;
  hf: HandlungsfeldId;
  changeLink?: string;
}) {
  const info = handlungsfeld(hf);
  const definition = sectionOf(setup.questionnaire, hf);
  const s = effectiveSection(setup, answers, hf);
  const confirmed = new Set(s.unveraendert ?? []);
  const status = statusOf(setup, answers, hf);
  const title = `Handlungsfeld ${info.nummer}: ${info.titel}`;
  const headingId = `antworten-${hf}`;
  return (
    <section className="answers-section" aria-labelledby={headingId}>
      <div className="answers-section-header">
        <h2 id={headingId} className="answers-section-title">
          {title}
        </h2>
        {changeLink ? (
          <Link to={changeLink} className="change-link">
            Ändern<span className="visually-hidden"> – Handlungsfeld {info.nummer}</span>
          </Link>
        ) : null}
      </div>
      <p>
        Stand: <span className={`tag ${STATUS_TAG[status]}`}>{SECTION_STATUS_LABELS[status]}</span>
      </p>
      <h3 className="answers-subtitle">Maßnahmen</h3>
      <dl className="summary-list">
        {(s.massnahmen ?? []).map((m) => (
          <Row key={m.id} label={m.titel}>
            {valueOr(statusText(m.status), confirmed.has(`massnahmen.${m.id}`))}
            {m.bemerkung?.trim() ? (
              <span className="cell-block multiline">Anmerkung: {m.bemerkung}</span>
            ) : null}
          </Row>
        ))}
        {(s.neueMassnahmen ?? []).map((m, i) => (
          <Row
            key={m.id}
            label={
              <>
                <span className="cell-block muted">Neu</span>
                {m.titel?.trim() ? m.titel : `Neue Maßnahme ${i + 1}`}
              </>
            }
          >
            {valueOr(statusText(m.status))}
            {m.beschreibung?.trim() ? <span className="cell-block multiline">{m.beschreibung}</span> : null}
            {measureDetails(m).map((d) => (
              <span key={d.label} className="cell-block">
                {d.label}: {d.value}
              </span>
            ))}
          </Row>
        ))}
        {(s.massnahmen ?? []).length + (s.neueMassnahmen ?? []).length === 0 ? (
          <Row label="Maßnahmen">
            <span className="muted">Keine</span>
          </Row>
        ) : null}
      </dl>
      <h3 className="answers-subtitle">Kennzahlen</h3>
      <dl className="summary-list">
        {definition.indicators.map((x) => (
          <Row key={x.id} label={x.label}>
            {valueOr(countText(s.kennzahlen?.[x.id], x.unit), confirmed.has(`kennzahlen.${x.id}`))}
          </Row>
        ))}
      </dl>
      <h3 className="answers-subtitle">Fragen</h3>
      <dl className="summary-list">
        {definition.questions.map((x) => (
          <Row key={x.id} label={x.label}>
            {valueOr(s.antworten?.[x.id], confirmed.has(`antworten.${x.id}`))}
          </Row>
        ))}
      </dl>
      <h3 className="answers-subtitle">Selbsteinschätzung</h3>
      <dl className="summary-list">
        <Row label={setup.questionnaire.ratingQuestion}>
          {valueOr(ratingText(setup.questionnaire, s.bewertung), confirmed.has('bewertung'))}
        </Row>
      </dl>
    </section>
  );
}

const NONE = (
  <>
    <span aria-hidden="true">–</span>
    <span className="visually-hidden">keine Angabe</span>
  </>
);

function ReportTable({
  caption,
  section,
  rows,
  year,
  previousYear,
  details,
}: {
  caption: string;
  section: ReportSection;
  rows: ReportRow[];
  year: number;
  previousYear: number | undefined;
  /** Shown under a row's label, by row id (the period etc. of a new measure). */
  details?: ReadonlyMap<string, string> | undefined;
}) {
  if (rows.length === 0) return null;
  const previousLabel = previousYear ? `Vorjahr (${previousYear})` : 'Vorjahr';
  return (
    <table className="table table-stack report-table">
      <caption className="table-caption">
        {caption}
        <span className="visually-hidden"> – Handlungsfeld {section.nummer}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col" className="report-col-label">
            Angabe
          </th>
          <th scope="col" className="report-col-current">
            {year}
          </th>
          <th scope="col" className="report-col-previous">
            {previousLabel}
          </th>
          <th scope="col" className="report-col-change">
            Veränderung
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.label}
              {details?.get(r.id) ? (
                <span className="cell-block muted comparison-note">{details.get(r.id)}</span>
              ) : null}
            </th>
            <td data-label={String(year)}>
              {r.current ? <span className="multiline">{r.current}</span> : NONE}
            </td>
            <td data-label={previousLabel}>
              {r.previous ? <span className="multiline">{r.previous}</span> : NONE}
            </td>
            <td data-label="Veränderung">
              <span>
                {CHANGE_LABELS[r.change]}
                {r.confirmedUnchanged ? ' (bestätigt)' : ''}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One Handlungsfeld of the report: rating, measures, indicators, questions, each beside last year. */
export function ReportSectionTables({
  section,
  year,
  previousYear,
  measureDetails: details,
}: {
  section: ReportSection;
  year: number;
  previousYear: number | undefined;
  /** Period, target group and funding of this year's new measures, by measure id. */
  measureDetails?: ReadonlyMap<string, string>;
}) {
  const props = { section, year, previousYear };
  return (
    <section className="report-section" aria-labelledby={`bericht-${section.hf}`}>
      <h2 id={`bericht-${section.hf}`}>
        Handlungsfeld {section.nummer}: {section.titel}
      </h2>
      <ReportTable caption="Selbsteinschätzung" rows={[section.rating]} {...props} />
      <ReportTable caption="Maßnahmen" rows={section.measures} details={details} {...props} />
      <ReportTable caption="Kennzahlen" rows={section.indicators} {...props} />
      <ReportTable caption="Fragen" rows={section.questions} {...props} />
    </section>
  );
}
