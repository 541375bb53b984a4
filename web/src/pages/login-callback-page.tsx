import { useEffect, useState } from 'react';
import { completeCognitoLogin, LoginError } from '../app/cognito';
import { useConfig } from '../app/context';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import { startSession, takeReturnPath } from '../app/session';
import { PageHeading, PageTitle } from '../components/page';
import { Loading } from '../components/status';

/** One exchange per code, even if the effect runs twice. */
let exchange: { search: string; done: Promise<void> } | undefined;

export function LoginCallbackPage() {
  const config = useConfig();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (config.auth !== 'cognito') {
      navigate(PATHS.login, { replace: true });
      return;
    }
    const search = window.location.search;
    if (exchange?.search !== search)
      exchange = {
        search,
        done: completeCognitoLogin(config, search).then((session) => {
          startSession(session);
          // Drop code and state from the address bar and history.
          navigate(takeReturnPath() ?? PATHS.jobcenterList, { replace: true });
        }),
      };
    exchange.done.catch((e: unknown) =>
      setError(e instanceof LoginError ? e.message : 'Die Anmeldung ist fehlgeschlagen.'),
    );
  }, [config]);

  return (
    <>
      <PageTitle title="Anmeldung" hasErrors={Boolean(error)} />
      <PageHeading>Anmeldung</PageHeading>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <p>
            <Link to={PATHS.login}>Erneut anmelden</Link>
          </p>
        </div>
      ) : (
        <Loading>Die Anmeldung wird abgeschlossen …</Loading>
      )}
    </>
  );
}
