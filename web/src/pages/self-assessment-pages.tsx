import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { SelfAssessmentAnswers } from '../../../functions/self-assessment/questionnaire/answers';
import { SECTION_STATUS_LABELS } from '../../../functions/self-assessment/questionnaire/check';
import { newMeasureDetailsById } from '../../../functions/self-assessment/questionnaire/measure-details';
import {
  compareAssessments,
  REPORT_LINK_LABEL,
  yearOf,
} from '../../../functions/self-assessment/questionnaire/report';
import { Link, Redirect } from '../app/router';
import { type FormPage, PATHS } from '../app/routes';
import { CheckAndSubmit } from '../components/check-and-submit';
import { MagsFeedbackSection } from '../components/feedback-list';
import { ConflictPanel, HandoverSection, SaveStatusLine } from '../components/form-status';
import { PageHeading, PageTitle } from '../components/page';
import { ReceiptFacts, SubmittedBanner } from '../components/receipt-facts';
import { ReportSectionTables, SectionSummary } from '../components/self-assessment-summary';
import { Notice } from '../components/status';
import type { SelfAssessmentForm } from '../flows/form-store';
import { isHandlungsfeld, STATUS_TAG, statusOf } from '../flows/self-assessment';
import { errorsBySection } from '../flows/self-assessment-labels';
import { formatDate, formatDateTime } from '../labels';
import { FormHandoverPage } from './form-result-pages';
import { SelfAssessmentSectionPage, sectionLink } from './self-assessment-section-page';

/**
 * The Jobcenter's yearly self-assessment (Selbstbewertung): a task list of the six
 * Handlungsfelder, one page per Handlungsfeld, check answers and submit, the receipt and the
 * report for passing on (e.g. to the council), printable.
 */

/** What the start page says before the link is exchanged, when the link says it is a self-assessment. */
const titleOf = (form: SelfAssessmentForm) => form.context.campaign.title;

function Submitted({ form }: { form: SelfAssessmentForm }) {
  const { submissions } = form.context;
  if (submissions.length === 0) return null;
  return (
    <Notice kind="success" title="Ihre Selbstbewertung ist abgegeben">
      <ul className="list">
        {[...submissions].reverse().map((s) => (
          <li key={s.version}>
            Fassung {s.version}, eingegangen am {formatDateTime(s.submittedAt)}, Eingangsnummer{' '}
            <strong>{s.receiptNumber}</strong>
          </li>
        ))}
      </ul>
      <p>
        <Link to={PATHS.formReport}>{REPORT_LINK_LABEL}</Link>
      </p>
      {form.context.editable ? (
        <p>
          Bis zum Ende der Frist können Sie Ihre Angaben ändern und als neue Fassung abgeben; frühere
          Fassungen bleiben erhalten.
        </p>
      ) : null}
    </Notice>
  );
}

function SelfAssessmentOverviewPage({ form }: { form: SelfAssessmentForm }) {
  const { context, setup } = form;
  const rows = HANDLUNGSFELDER.map((hf) => ({ hf, status: statusOf(setup, form.answers, hf.id) }));
  const done = rows.filter((r) => r.status === 'done').length;
  const missing = rows.filter((r) => r.status !== 'done');
  const submitted = context.submissions.length > 0;
  const heading = <PageHeading caption={`Jobcenter ${context.jobcenter.name}`}>{titleOf(form)}</PageHeading>;
  if (!context.editable)
    return (
      <>
        <PageTitle title={titleOf(form)} />
        {heading}
        <Submitted form={form} />
      </>
    );
  return (
    <>
      <PageTitle title={titleOf(form)} />
      {heading}
      <Submitted form={form} />
      {submitted ? (
        <p>
          Die Frist endet am <strong>{formatDate(context.campaign.deadline)}</strong>.
        </p>
      ) : (
        <p>
          Bitte geben Sie die Selbstbewertung bis zum <strong>{formatDate(context.campaign.deadline)}</strong>{' '}
          ab.
        </p>
      )}
      <p>
        Ihre Angaben aus dem Beitritt und dem Vorjahr sind vorausgefüllt: die Maßnahmen Ihres Jobcenters und,
        wo es sie gibt, Ihre Antworten aus dem Vorjahr. Was sich nicht geändert hat, bestätigen Sie mit einem
        Häkchen. Sie können die Handlungsfelder in beliebiger Reihenfolge bearbeiten.
      </p>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <h2>Handlungsfelder</h2>
      <p className="task-progress">
        {done} von {rows.length} Handlungsfeldern erledigt
      </p>
      <ol className="task-list">
        {rows.map(({ hf, status }) => (
          <li key={hf.id} className="task-list-item">
            <span className="task-list-name">
              <span className="task-list-number">{hf.nummer}. </span>
              <Link
                id={`abschnitt-${hf.id}`}
                to={PATHS.formSection(hf.id)}
                aria-describedby={`status-${hf.id}`}
              >
                {hf.titel}
              </Link>
            </span>
            <span id={`status-${hf.id}`} className={`tag ${STATUS_TAG[status]}`}>
              {SECTION_STATUS_LABELS[status]}
            </span>
          </li>
        ))}
      </ol>
      <section aria-labelledby="abgabe">
        <h2 id="abgabe">{submitted ? 'Neue Fassung abgeben' : 'Abgeben'}</h2>
        {missing.length === 0 ? (
          <>
            <p>
              Alle Handlungsfelder sind erledigt. Prüfen Sie Ihre Angaben noch einmal und geben Sie sie ab.
            </p>
            <p>
              <Link id="pruefen" to={PATHS.formCheck} className="button">
                Angaben prüfen und abgeben
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>
              Sie können die Selbstbewertung abgeben, sobald alle sechs Handlungsfelder als erledigt markiert
              sind. Noch nicht erledigt:
            </p>
            <ul className="list list-bullet">
              {missing.map(({ hf }) => (
                <li key={hf.id}>
                  Handlungsfeld {hf.nummer}: {hf.kurz}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <HandoverSection />
    </>
  );
}

function SelfAssessmentCheckPage({ form }: { form: SelfAssessmentForm }) {
  const { context, setup } = form;
  const submitLabel = context.submissions.length > 0 ? 'Neue Fassung abgeben' : 'Selbstbewertung abgeben';
  const summary = errorsBySection(form.errors, form.answers, setup.questionnaire).map(
    ({ hf, field, text }) => ({
      text,
      ...(hf ? { href: sectionLink(hf, { fromCheck: true, ...(field ? { field } : {}) }) } : {}),
    }),
  );
  return (
    <CheckAndSubmit
      form={form}
      title={`Angaben prüfen – ${titleOf(form)}`}
      caption={`${titleOf(form)} – Jobcenter ${context.jobcenter.name}`}
      noun="Selbstbewertung"
      summary={summary}
      submitHeading={submitLabel}
      submitLabel={submitLabel}
      declaration={
        <p>
          Mit der Abgabe übermittelt das Jobcenter {context.jobcenter.name} seine Selbstbewertung an das
          Ministerium. Sie erhalten eine Eingangsbestätigung per E-Mail.
        </p>
      }
    >
      <div className="answers">
        {HANDLUNGSFELDER.map((hf) => (
          <SectionSummary
            key={hf.id}
            setup={setup}
            answers={form.answers}
            hf={hf.id}
            changeLink={sectionLink(hf.id, { fromCheck: true })}
          />
        ))}
      </div>
    </CheckAndSubmit>
  );
}

function SelfAssessmentDonePage({ form }: { form: SelfAssessmentForm }) {
  const latest = form.context.submissions.at(-1);
  if (!latest) return <Redirect to={PATHS.form} />;
  return (
    <>
      <SubmittedBanner
        heading="Selbstbewertung abgegeben"
        pageTitle={`${titleOf(form)} abgegeben`}
        submission={latest}
      />
      <p>
        Wir haben eine Eingangsbestätigung mit Ihren Angaben und der Veränderung gegenüber dem Vorjahr per
        E-Mail an die Hauptansprechperson Ihres Jobcenters gesendet, mit Kopie an die Vertretung.
      </p>
      <p>
        <Link to={PATHS.formReport}>{REPORT_LINK_LABEL}</Link>
      </p>
      <h2>Wie es weitergeht</h2>
      <p>
        Das Ministerium wertet die Selbstbewertungen aller Jobcenter aus. Bis zum Ende der Frist am{' '}
        {formatDate(form.context.campaign.deadline)} können Sie Ihre Angaben ändern und als neue Fassung
        abgeben.
      </p>
      <p>
        <Link to={PATHS.form}>Zur Übersicht der Selbstbewertung</Link>
      </p>
    </>
  );
}

/** The latest submitted version beside last year's, per Handlungsfeld; printable for the council. */
function SelfAssessmentReportPage({ form }: { form: SelfAssessmentForm }) {
  const { context, setup } = form;
  const latest = context.submissions.at(-1);
  const parsed = SelfAssessmentAnswers.safeParse(context.latestSubmission?.answers);
  const back = (
    <p className="no-print">
      <Link to={PATHS.form} className="back-link">
        Zurück zur Übersicht
      </Link>
    </p>
  );
  if (!latest || !parsed.success)
    return (
      <>
        <PageTitle title={`Bericht – ${titleOf(form)}`} />
        {back}
        <PageHeading caption={`Jobcenter ${context.jobcenter.name}`}>Bericht zur Selbstbewertung</PageHeading>
        <p>Es liegt noch keine abgegebene Selbstbewertung vor. Der Bericht entsteht mit der Abgabe.</p>
      </>
    );
  const current = yearOf(parsed.data);
  const last = setup.basis.previous;
  const sections = compareAssessments(current, last ? yearOf(last.answers) : undefined);
  const title = `${current.questionnaire.title} – Jobcenter ${context.jobcenter.name}`;
  return (
    <>
      <PageTitle title={title} />
      {back}
      <div className="report">
        <PageHeading caption="Rahmenvereinbarung Inklusion">{title}</PageHeading>
        <p>
          Selbstbewertung des Jobcenters {context.jobcenter.name} in den sechs Handlungsfeldern der
          Rahmenvereinbarung Inklusion,{' '}
          {last ? `im Vergleich mit dem Vorjahr ${last.year}` : 'ohne Vorjahreswerte'}.
        </p>
        <ReceiptFacts submission={latest} show={{ version: true }} />
        {last ? null : (
          <p>
            Dies ist die erste Selbstbewertung des Jobcenters; alle Angaben sind daher als „neu“
            gekennzeichnet.
          </p>
        )}
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Drucken
        </button>
        <MagsFeedbackSection items={context.rueckmeldungen} />
        {sections.map((section) => (
          <ReportSectionTables
            key={section.hf}
            section={section}
            year={current.questionnaire.year}
            previousYear={last?.year}
            measureDetails={newMeasureDetailsById(parsed.data.abschnitte[section.hf])}
          />
        ))}
        <p className="print-footer">
          {title} – Fassung {latest.version} – Eingangsnummer {latest.receiptNumber} – Prüfsumme{' '}
          {latest.contentHash}
        </p>
      </div>
    </>
  );
}

export function SelfAssessmentPages({ form, page }: { form: SelfAssessmentForm; page: FormPage }) {
  switch (page.kind) {
    case 'start':
      return <SelfAssessmentOverviewPage form={form} />;
    case 'section':
      if (!isHandlungsfeld(page.hf) || !form.context.editable) return <Redirect to={PATHS.form} />;
      return <SelfAssessmentSectionPage key={page.hf} form={form} hf={page.hf} />;
    case 'check':
      return <SelfAssessmentCheckPage form={form} />;
    case 'done':
      return <SelfAssessmentDonePage form={form} />;
    case 'report':
      return <SelfAssessmentReportPage form={form} />;
    case 'handover':
      return <FormHandoverPage form={form} />;
    case 'step':
    case 'print':
      return <Redirect to={PATHS.form} />;
  }
}
