import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../api/client';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { InvalidLinkPage } from './form-session-pages';

/**
 * The first page behind a personal link: the introduction and "Formular öffnen". The build
 * prerenders it into formular.html (web/prerender/), so a Jobcenter sees it before any script has
 * run; the app, in the main chunk and without API or form code, then hydrates it (budget in
 * test/browser/first-load.test.ts); the form itself loads while the link is exchanged.
 */
const FORM_TITLE = 'Beitrittserklärung zur Rahmenvereinbarung Inklusion';
/** The document titles of the two variants (also prerendered into formular.html). */
export const INTRO_TITLES = { beitritt: 'Beitrittserklärung', selbstbewertung: 'Selbstbewertung' } as const;

/** Starts loading the form's pages (app/form-route.tsx imports the same module lazily). */
export const preloadForm = () => import('./form-page');

function PrivacyHint() {
  return (
    <p>
      Wie wir mit Ihren Angaben umgehen, lesen Sie in den <Link to={PATHS.privacy}>Datenschutzhinweisen</Link>
      .
    </p>
  );
}

function AccessionIntro() {
  return (
    <>
      <PageTitle title={INTRO_TITLES.beitritt} />
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
      <PrivacyHint />
    </>
  );
}

export function SelfAssessmentIntro() {
  return (
    <>
      <PageTitle title={INTRO_TITLES.selbstbewertung} />
      <PageHeading caption="Rahmenvereinbarung Inklusion">Jährliche Selbstbewertung</PageHeading>
      <p className="lead">
        Einmal im Jahr schätzt Ihr Jobcenter ein, wo es in den sechs Handlungsfeldern der Rahmenvereinbarung
        Inklusion steht.
      </p>
      <p>Sie brauchen dafür:</p>
      <ul className="list list-bullet">
        <li>den heutigen Stand Ihrer Maßnahmen,</li>
        <li>einige Kennzahlen je Handlungsfeld (Anteile in Prozent oder Anzahlen),</li>
        <li>kurze Antworten: was umgesetzt wurde und was Sie planen,</li>
        <li>Ihre Einschätzung des Standes je Handlungsfeld auf einer Skala von 1 bis 5.</li>
      </ul>
      <p>
        Ihre Angaben aus dem Beitritt und dem Vorjahr sind vorausgefüllt. Alles wird automatisch gespeichert;
        Sie können jederzeit unterbrechen und später mit demselben Link weitermachen.
      </p>
      <PrivacyHint />
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

export function OpenFormPage({
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
    // The form's code comes while the link is exchanged: the first page itself needs none of it.
    let outcome: Awaited<ReturnType<typeof import('../flows/form-session').openFormSession>>;
    try {
      const formCode = preloadForm();
      const { openFormSession } = await import('../flows/form-session');
      outcome = await openFormSession(token);
      await formCode;
    } catch (e) {
      setState({ step: 'failed', error: toApiError(e) });
      return;
    }
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
