import { useEffect, useRef } from 'react';
import { PRINT_LINK_LABEL } from '../../../functions/questionnaire/accession-pages';
import { Link, Redirect } from '../app/router';
import { type FormPage, PATHS } from '../app/routes';
import { AccessionSummary } from '../components/accession-summary';
import { CheckAndSubmit } from '../components/check-and-submit';
import { ConflictPanel, HandoverSection, SaveStatusLine, TaskList } from '../components/form-status';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Notice, Problem } from '../components/status';
import {
  describePath,
  fieldId,
  normalise,
  readStoredAnswers,
  stepById,
  stepOfPath,
} from '../flows/accession-form';
import { readFormSession } from '../flows/form-session';
import { type AccessionForm, loadForm, logout, type ReadyForm, useFormState } from '../flows/form-store';
import { formatDate, formatDateTime } from '../labels';
import { FormDonePage, FormHandoverPage, FormPrintPage } from './form-result-pages';
import { ANY_FORM_TITLE, LoggedOutPage, NoSessionPage, SessionEndedPage } from './form-session-pages';
import { FormStepPage, stepLink } from './form-step-page';
import { SelfAssessmentPages } from './self-assessment-pages';

const FORM_TITLE = 'Beitrittserklärung zur Rahmenvereinbarung Inklusion';

function StatusNotices({ form }: { form: AccessionForm }) {
  const { context } = form;
  const latest = context.submissions.at(-1);
  if (context.progress === 'confirmed')
    return (
      <Notice kind="success" title="Der Beitritt ist bestätigt">
        <p>
          Das Ministerium hat den Beitritt Ihres Jobcenters bestätigt. Die Erklärung kann nicht mehr geändert
          werden.
        </p>
        <p>
          <Link to={PATHS.formPrint}>{PRINT_LINK_LABEL}</Link>
        </p>
      </Notice>
    );
  if (context.progress === 'returned')
    return (
      <div className="notice notice-warning" role="note" aria-labelledby="rueckgabe-titel">
        <h2 className="notice-title" id="rueckgabe-titel">
          Das Ministerium hat Ihre Erklärung zurückgegeben
        </h2>
        <p>Bitte ändern Sie Ihre Angaben und reichen Sie sie erneut ein. Der Kommentar des Ministeriums:</p>
        <blockquote className="quote multiline">{context.returnComment ?? '(kein Kommentar)'}</blockquote>
      </div>
    );
  if (latest)
    return (
      <Notice title="Ihre Erklärung ist abgegeben">
        <p>
          Eingegangen am {formatDateTime(latest.submittedAt)} mit der Eingangsnummer{' '}
          <strong>{latest.receiptNumber}</strong>. Bis das Ministerium den Beitritt bestätigt, können Sie Ihre
          Angaben ändern und als neue Fassung einreichen.
        </p>
        <p>
          <Link to={PATHS.formPrint}>{PRINT_LINK_LABEL}</Link>
        </p>
      </Notice>
    );
  return null;
}

function FormOverviewPage({ form }: { form: AccessionForm }) {
  const { context } = form;
  const submitted = context.submissions.length > 0;
  if (!context.editable) {
    const answers = readStoredAnswers(context.latestSubmission?.answers ?? {});
    return (
      <>
        <PageTitle title="Beitrittserklärung" />
        <PageHeading caption={`Jobcenter ${context.jobcenter.name}`}>{FORM_TITLE}</PageHeading>
        <StatusNotices form={form} />
        <AccessionSummary answers={answers} jobcenter={context.jobcenter} />
      </>
    );
  }
  return (
    <>
      <PageTitle title="Beitrittserklärung" />
      <PageHeading caption={`Jobcenter ${context.jobcenter.name}`}>{FORM_TITLE}</PageHeading>
      <StatusNotices form={form} />
      <p>
        Bitte geben Sie die Erklärung bis zum <strong>{formatDate(context.campaign.deadline)}</strong> ab. Sie
        können die Abschnitte in beliebiger Reihenfolge bearbeiten.
      </p>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <h2>Abschnitte</h2>
      <TaskList form={form} />
      <p>
        <Link to={PATHS.formCheck} className="button">
          {submitted ? 'Angaben prüfen und Änderungen einreichen' : 'Angaben prüfen und abgeben'}
        </Link>
      </p>
      <HandoverSection />
    </>
  );
}

function FormCheckPage({ form }: { form: AccessionForm }) {
  const { context } = form;
  const submitted = context.submissions.length > 0;
  const summary = form.errors.map((e) => {
    const step = stepOfPath(e.field);
    return {
      text: `${describePath(e.field, form.answers)}: ${e.message}`,
      ...(step ? { href: stepLink(step.id, { fromCheck: true, field: fieldId(e.field) }) } : {}),
    };
  });
  return (
    <CheckAndSubmit
      form={form}
      title="Angaben prüfen"
      caption={`Jobcenter ${context.jobcenter.name}`}
      noun="Erklärung"
      summary={summary}
      submitHeading={submitted ? 'Änderungen einreichen' : 'Erklärung abgeben'}
      submitLabel={submitted ? 'Änderungen einreichen' : 'Verbindlich abgeben'}
      declaration={
        <p>
          Mit der Abgabe erklärt das Jobcenter {context.jobcenter.name} im Einvernehmen mit seinen Trägern den
          Beitritt zur Rahmenvereinbarung Inklusion und die Mitgliedschaft in der Landesinitiative „NRW
          inklusiv“. Sie erhalten eine Eingangsbestätigung per E-Mail.
        </p>
      }
    >
      <AccessionSummary
        answers={normalise(form.answers)}
        jobcenter={context.jobcenter}
        changeLink={(step) => stepLink(step, { fromCheck: true })}
      />
    </CheckAndSubmit>
  );
}

function AccessionPages({ form, page }: { form: AccessionForm; page: FormPage }) {
  switch (page.kind) {
    case 'start':
      return <FormOverviewPage form={form} />;
    case 'step': {
      const step = stepById(page.step);
      if (!step || !form.context.editable) return <Redirect to={PATHS.form} />;
      return <FormStepPage key={step.id} form={form} step={step} />;
    }
    case 'check':
      return <FormCheckPage form={form} />;
    case 'done':
      return <FormDonePage form={form} />;
    case 'print':
      return <FormPrintPage form={form} />;
    case 'handover':
      return <FormHandoverPage form={form} />;
    case 'section':
    case 'report':
      return <Redirect to={PATHS.form} />;
  }
}

/** The same address serves both campaign kinds; the campaign of the session decides. */
function ReadyPages({ form, page }: { form: ReadyForm; page: FormPage }) {
  return form.kind === 'selbstbewertung' ? (
    <SelfAssessmentPages form={form} page={page} />
  ) : (
    <AccessionPages form={form} page={page} />
  );
}

/** "Abmelden" below every form page: ends the session here and on the server (after a last save). */
function LogoutBar() {
  return (
    <div className="form-logout no-print">
      <button type="button" className="button button-secondary" onClick={() => void logout()}>
        Abmelden
      </button>
    </div>
  );
}

/** Clears what an earlier session left in this tab, before a freshly opened form mounts. */
export { resetForm } from '../flows/form-store';

/** The address stays `/formular` while the page changes: move focus to the new heading ourselves. */
const focusHeading = () => setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);

/**
 * Everything under /formular once the link is exchanged (app/form-route.tsx shows the link's first
 * page before): the form pages of one Jobcenter. `justOpened`: focus the heading once it is there.
 */
export function FormArea({ page, justOpened = false }: { page: FormPage; justOpened?: boolean }) {
  const form = useFormState();
  const focusPending = useRef(justOpened);
  useEffect(() => {
    if (
      focusPending.current &&
      (form.status === 'ready' || form.status === 'failed' || form.status === 'ended')
    ) {
      focusPending.current = false;
      focusHeading();
    }
  }, [form.status]);

  useEffect(() => {
    if (form.status === 'none' && readFormSession()) void loadForm();
  }, [form.status]);

  switch (form.status) {
    case 'none':
      return readFormSession() ? <Loading>Das Formular wird geladen …</Loading> : <NoSessionPage />;
    case 'loading':
      return (
        <>
          <PageTitle title="Formular" />
          <Loading>Das Formular wird geladen …</Loading>
        </>
      );
    case 'ended':
      return form.loggedOut ? <LoggedOutPage /> : <SessionEndedPage replyTo={form.replyTo} />;
    case 'failed':
      return (
        <>
          <PageTitle title="Formular" hasErrors />
          <PageHeading>{ANY_FORM_TITLE}</PageHeading>
          <Problem error={form.error} onRetry={() => void loadForm()} />
        </>
      );
    case 'ready':
      return (
        <>
          <ReadyPages form={form} page={page} />
          <LogoutBar />
        </>
      );
  }
}
