import { useEffect, useRef, useState } from 'react';
import { PRINT_LINK_LABEL } from '../../../functions/questionnaire/accession-pages';
import type { ApiError } from '../api/client';
import { Link, navigate, Redirect } from '../app/router';
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
import { linkKindFromHash, linkTokenFromHash, openFormSession, readFormSession } from '../flows/form-session';
import { type AccessionForm, loadForm, type ReadyForm, resetForm, useFormState } from '../flows/form-store';
import { formatDate, formatDateTime } from '../labels';
import { FormDonePage, FormHandoverPage, FormPrintPage } from './form-result-pages';
import { ANY_FORM_TITLE, InvalidLinkPage, NoSessionPage, SessionEndedPage } from './form-session-pages';
import { FormStepPage, stepLink } from './form-step-page';
import { SelfAssessmentIntro, SelfAssessmentPages } from './self-assessment-pages';

const FORM_TITLE = 'Beitrittserklärung zur Rahmenvereinbarung Inklusion';

function AccessionIntro() {
  return (
    <>
      <PageTitle title="Beitrittserklärung" />
      <PageHeading caption="Anlage A3">{FORM_TITLE}</PageHeading>
      <p className="lead">
        Mit diesem Formular erklärt Ihr Jobcenter den Beitritt zur Rahmenvereinbarung zur Verbesserung der
        beruflichen Integration von arbeitsuchenden Menschen mit Beeinträchtigungen in der Grundsicherung für
        Arbeitsuchende (SGB II).
      </p>
      <p>Sie brauchen dafür:</p>
      <ul className="list list-bullet">
        <li>Name und Funktion der Geschäftsführung,</li>
        <li>das Datum, an dem Ihre Träger dem Beitritt zugestimmt haben,</li>
        <li>eine Ansprechperson oder ein Funktionspostfach für Inklusion,</li>
        <li>eine kurze Beschreibung der Ausgangslage in den sechs Handlungsfeldern,</li>
        <li>mindestens eine geplante Maßnahme mit Zeitraum.</li>
      </ul>
      <p>
        Ihre Angaben werden automatisch gespeichert. Sie können jederzeit unterbrechen und später mit
        demselben Link weitermachen, auch auf einem anderen Gerät.
      </p>
    </>
  );
}

type Opening =
  | { step: 'intro' }
  | { step: 'opening' }
  | { step: 'invalid' }
  | { step: 'rateLimited'; message: string }
  | { step: 'failed'; error: ApiError };

/**
 * The page behind the personal link. It changes nothing by itself: mail scanners that fetch the
 * link see this page only. The exchange happens on the button click.
 */
/** The address stays `/formular` while the page changes: move focus to the new heading ourselves. */
const focusHeading = () => setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);

function OpenFormPage({
  token,
  kind,
  onOpened,
}: {
  token: string;
  kind: 'beitritt' | 'selbstbewertung';
  onOpened: () => void;
}) {
  const [state, setState] = useState<Opening>({ step: 'intro' });
  useEffect(() => {
    if (state.step === 'invalid') focusHeading();
  }, [state.step]);

  const open = async () => {
    setState({ step: 'opening' });
    const outcome = await openFormSession(token);
    if (outcome.ok) {
      // The token leaves the address bar and the history entry.
      navigate(PATHS.form, { replace: true, scroll: false });
      onOpened();
      return;
    }
    if (outcome.reason === 'invalid') setState({ step: 'invalid' });
    else if (outcome.reason === 'rateLimited')
      setState({ step: 'rateLimited', message: outcome.error.message });
    else setState({ step: 'failed', error: outcome.error });
  };

  if (state.step === 'invalid') return <InvalidLinkPage />;

  return (
    <>
      {kind === 'selbstbewertung' ? <SelfAssessmentIntro /> : <AccessionIntro />}
      {state.step === 'rateLimited' ? (
        <div className="notice notice-error" role="alert">
          <h2 className="notice-title">Bitte warten Sie einen Moment</h2>
          <p>{state.message}</p>
        </div>
      ) : null}
      {state.step === 'failed' ? <Problem error={state.error} /> : null}
      <button
        id="formular-oeffnen"
        type="button"
        className="button button-start"
        onClick={() => void open()}
        disabled={state.step === 'opening'}
      >
        Formular öffnen
      </button>
      {state.step === 'opening' ? <Loading>Das Formular wird geöffnet …</Loading> : null}
      <p className="hint">
        Der Link ist persönlich für Ihr Jobcenter. Wer ihn hat, kann{' '}
        {kind === 'selbstbewertung' ? 'die Selbstbewertung' : 'die Erklärung'} bearbeiten; bitte geben Sie ihn
        nur innerhalb Ihres Jobcenters weiter.
      </p>
    </>
  );
}

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

/** Everything under /formular: the link exchange, then the form pages of one Jobcenter. */
export function FormArea({ page }: { page: FormPage }) {
  const form = useFormState();
  const [linkToken, setLinkToken] = useState(() => linkTokenFromHash(window.location.hash));
  const justOpened = useRef(false);
  useEffect(() => {
    if (
      justOpened.current &&
      (form.status === 'ready' || form.status === 'failed' || form.status === 'ended')
    ) {
      justOpened.current = false;
      focusHeading();
    }
  }, [form.status]);

  useEffect(() => {
    if (!linkToken && form.status === 'none' && readFormSession()) void loadForm();
  }, [linkToken, form.status]);

  if (linkToken && page.kind === 'start')
    return (
      <OpenFormPage
        token={linkToken}
        kind={linkKindFromHash(window.location.hash)}
        onOpened={() => {
          justOpened.current = true;
          resetForm();
          setLinkToken(undefined);
        }}
      />
    );

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
      return <SessionEndedPage replyTo={form.replyTo} />;
    case 'failed':
      return (
        <>
          <PageTitle title="Formular" hasErrors />
          <PageHeading>{ANY_FORM_TITLE}</PageHeading>
          <Problem error={form.error} onRetry={() => void loadForm()} />
        </>
      );
    case 'ready':
      return <ReadyPages form={form} page={page} />;
  }
}
