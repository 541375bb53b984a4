import { useEffect, useState } from 'react';
import type { ConsentState } from '../../../functions/consent/consent';
import { type ApiError, toApiError } from '../api/client';
import { consentApi } from '../api/consent-endpoints';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Notice } from '../components/status';
import { SubmitProblem, useSubmit } from '../components/use-submit';
import { linkTokenFromHash } from '../flows/form-link';
import { formatDate } from '../labels';

type View =
  | { state: 'loading' }
  | { state: 'invalid'; error: ApiError | undefined }
  | { state: 'ready'; consent: ConsentState; changed?: boolean };

/**
 * Public, opened by the mailed consent link (`/einwilligung/aendern#t=…`): shows whether the
 * Jobcenter is named on the public list and withdraws or gives again the consent. The token stays
 * in the fragment and is only ever posted, never put into a URL a server sees.
 */
export function ConsentChangePage() {
  const [token] = useState(() => linkTokenFromHash(window.location.hash));
  const [view, setView] = useState<View>({ state: 'loading' });
  const submit = useSubmit();

  useEffect(() => {
    if (!token) {
      setView({ state: 'invalid', error: undefined });
      return;
    }
    consentApi
      .state(token)
      .then((consent) => setView({ state: 'ready', consent }))
      .catch((e: unknown) => setView({ state: 'invalid', error: toApiError(e) }));
  }, [token]);

  const onChange = async (veroeffentlichung: boolean) => {
    if (!token || !submit.start()) return;
    await submit.run(
      async () =>
        setView({
          state: 'ready',
          consent: await consentApi.change(token, veroeffentlichung),
          changed: true,
        }),
      (error) => {
        if (error.status === 401) setView({ state: 'invalid', error });
        return error.status === 401;
      },
    );
  };

  return (
    <>
      <PageTitle title="Einwilligung zur Veröffentlichung" />
      <SubmitProblem submit={submit} />
      <PageHeading>Einwilligung zur Veröffentlichung</PageHeading>
      {view.state === 'loading' ? <Loading>Der Link wird geprüft …</Loading> : null}
      {view.state === 'invalid' ? (
        <>
          <p>{view.error?.message ?? 'Dieser Link ist nicht (mehr) gültig.'}</p>
          <p>
            <Link to={PATHS.consent}>Neuen Link anfordern</Link>
          </p>
        </>
      ) : null}
      {view.state === 'ready' ? (
        <>
          <div role="status" aria-live="polite">
            {view.changed ? (
              <Notice title="Gespeichert" kind="success">
                <p>
                  {view.consent.veroeffentlichung
                    ? 'Die Einwilligung ist erteilt. Ihr Jobcenter steht ab sofort in der öffentlichen Liste.'
                    : 'Die Einwilligung ist widerrufen. Ihr Jobcenter steht ab sofort nicht mehr in der öffentlichen Liste.'}
                </p>
              </Notice>
            ) : null}
          </div>
          <dl className="summary-list">
            <div className="summary-row">
              <dt>Jobcenter</dt>
              <dd>{view.consent.jobcenterName}</dd>
            </div>
            <div className="summary-row">
              <dt>Beigetreten am</dt>
              <dd>{formatDate(view.consent.accededOn)}</dd>
            </div>
            <div className="summary-row">
              <dt>Öffentliche Nennung</dt>
              <dd>
                {view.consent.veroeffentlichung
                  ? 'Eingewilligt: Ihr Jobcenter wird in der öffentlichen Liste genannt.'
                  : 'Nicht eingewilligt: Ihr Jobcenter wird nicht öffentlich genannt.'}
              </dd>
            </div>
          </dl>
          <p>
            Die Änderung gilt sofort für die{' '}
            <Link to={PATHS.acceded}>öffentliche Liste der beigetretenen Jobcenter</Link> und wird mit Datum
            und Uhrzeit protokolliert. Ihr Beitritt selbst bleibt davon unberührt.
          </p>
          <button
            type="button"
            className={view.consent.veroeffentlichung ? 'button button-secondary' : 'button'}
            aria-busy={submit.busy}
            onClick={() => void onChange(!view.consent.veroeffentlichung)}
          >
            {view.consent.veroeffentlichung ? 'Einwilligung widerrufen' : 'Einwilligung erneut erteilen'}
          </button>
        </>
      ) : null}
    </>
  );
}
