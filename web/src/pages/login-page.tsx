import { type FormEvent, useState } from 'react';
import { startCognitoLogin } from '../app/cognito';
import type { CognitoConfig } from '../app/config';
import { useConfig } from '../app/context';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import { type SessionEnd, startSession, takeEndReason, takeReturnPath, useSession } from '../app/session';
import { ErrorSummary } from '../components/error-summary';
import { TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Notice } from '../components/status';
import { useSubmit } from '../components/use-submit';
import { LOGIN_FIELDS, type LoginErrors, loginSummary, submitLocalLogin } from '../flows/login';

const END_MESSAGES: Record<SessionEnd, string> = {
  expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  signedOut: 'Sie haben sich abgemeldet.',
};

function LocalLoginForm() {
  const [errors, setErrors] = useState<LoginErrors>({});
  const submit = useSubmit();
  const summary = loginSummary(errors);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (!submit.start()) return;
    await submit.run(async () => {
      const outcome = await submitLocalLogin({
        username: String(form.get('username') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      startSession({ token: outcome.token, expiresAt: outcome.expiresAt, mode: 'local' });
      navigate(takeReturnPath() ?? PATHS.jobcenterList, { replace: true });
    });
  };

  return (
    <>
      <PageTitle title="Anmelden" hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <PageHeading>Anmelden</PageHeading>
      <p>Melden Sie sich mit Ihrem Dienstkonto an, um den Verwaltungsbereich zu nutzen.</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <TextField
          id={LOGIN_FIELDS.username}
          name="username"
          label="E-Mail-Adresse"
          hint="Ihre dienstliche E-Mail-Adresse, mit der Ihr Konto angelegt wurde"
          type="text"
          inputMode="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          error={errors.username}
          className="input-width-30"
        />
        <TextField
          id={LOGIN_FIELDS.password}
          name="password"
          label="Passwort"
          type="password"
          autoComplete="current-password"
          error={errors.password}
          className="input-width-20"
        />
        <button type="submit" className="button" disabled={submit.busy}>
          Anmelden
        </button>
      </form>
    </>
  );
}

function CognitoLogin({ config }: { config: CognitoConfig }) {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <PageTitle title="Anmelden" />
      <PageHeading>Anmelden</PageHeading>
      <p>
        Sie werden zur Anmeldeseite des Landes weitergeleitet und kommen nach der Anmeldung hierher zurück.
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void startCognitoLogin(config).catch(() => setBusy(false));
        }}
      >
        Mit dem Dienstkonto anmelden
      </button>
    </>
  );
}

export function LoginPage() {
  const config = useConfig();
  const session = useSession();
  const [endReason] = useState(takeEndReason);

  if (session)
    return (
      <>
        <PageTitle title="Anmelden" />
        <PageHeading>Sie sind angemeldet</PageHeading>
        <p>
          <Link to={PATHS.jobcenterList}>Weiter zum Verwaltungsbereich</Link>
        </p>
      </>
    );

  return (
    <>
      {endReason ? <Notice title={END_MESSAGES[endReason]} /> : null}
      {config.auth === 'cognito' ? <CognitoLogin config={config} /> : <LocalLoginForm />}
    </>
  );
}
