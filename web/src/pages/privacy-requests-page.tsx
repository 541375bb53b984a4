import { type FormEvent, useState } from 'react';
import {
  PRIVACY_KIND_TEXT,
  PRIVACY_STATUS_TEXT,
  type PrivacyRequestKind,
} from '../../../functions/privacy/privacy-request';
import { privacyApi } from '../api/privacy-endpoints';
import { useResource } from '../api/use-resource';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import { AdminOnly } from '../components/admin-only';
import { ErrorSummary } from '../components/error-summary';
import { RadioGroup, TextAreaField, TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { useSubmit } from '../components/use-submit';
import {
  errorsFromProblems,
  initialPrivacyValues,
  PRIVACY_ADMINS_ONLY,
  PRIVACY_FIELD_IDS,
  type PrivacyErrors,
  type PrivacyValues,
  privacySummary,
  validatePrivacyRequest,
} from '../flows/privacy-request-form';
import { formatDateTime } from '../labels';

const TITLE = 'Datenschutzanfragen';
const KIND_OPTIONS = (['access', 'erasure'] as const).map((value) => ({
  value,
  label: PRIVACY_KIND_TEXT[value],
  hint:
    value === 'access'
      ? 'Zeigt jede Stelle, an der die Adresse gespeichert ist, und gibt sie als JSON-Datei aus.'
      : 'Zeigt zuerst die Fundstellen; erst nach Ihrer Bestätigung wird gelöscht bzw. pseudonymisiert.',
}));

function NewRequestForm() {
  const [values, setValues] = useState<PrivacyValues>(initialPrivacyValues);
  const [errors, setErrors] = useState<PrivacyErrors>({});
  const submit = useSubmit();
  const summary = privacySummary(errors);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    const checked = validatePrivacyRequest(values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    await submit.run(
      async () => {
        const created = await privacyApi.create(checked.body);
        navigate(PATHS.privacyRequest(created.id));
      },
      (error) => {
        if (error.fields.length > 0) setErrors(errorsFromProblems(error.fields));
        return error.fields.length > 0;
      },
    );
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="pr-title">
      <PageTitle title={TITLE} hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <h2 id="pr-title">Neue Anfrage erfassen</h2>
      <TextField
        id={PRIVACY_FIELD_IDS.email}
        name="email"
        type="email"
        label="E-Mail-Adresse der Person"
        hint="Gesucht wird in allen gespeicherten Daten, ohne Rücksicht auf Groß- und Kleinschreibung."
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        error={errors.email}
        onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
      />
      <RadioGroup<PrivacyRequestKind>
        id={PRIVACY_FIELD_IDS.kind}
        name="kind"
        legend="Art der Anfrage"
        options={KIND_OPTIONS}
        value={values.kind || undefined}
        error={errors.kind}
        onChange={(kind) => setValues((v) => ({ ...v, kind }))}
      />
      <TextAreaField
        id={PRIVACY_FIELD_IDS.reason}
        name="reason"
        label="Anlass"
        hint="Zum Beispiel „Schreiben vom 1. Dezember 2026, Az. …“. Wird mit der Anfrage und im Protokoll gespeichert; bitte ohne die E-Mail-Adresse."
        rows={3}
        limit={500}
        value={values.reason}
        error={errors.reason}
        onChange={(e) => setValues((v) => ({ ...v, reason: e.target.value }))}
      />
      {submit.problem ? <Problem error={submit.problem} /> : null}
      <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
        {submit.busy ? 'Wird erfasst …' : 'Anfrage erfassen'}
      </button>
    </form>
  );
}

function RequestList() {
  const list = useResource('privacy-requests', (signal) => privacyApi.list(signal));
  if (list.state === 'loading') return <Loading>Die Anfragen werden geladen …</Loading>;
  if (list.state === 'failed') return <Problem error={list.error} onRetry={list.reload} />;
  const { requests } = list.data;
  if (requests.length === 0) return <p>Bisher wurden keine Anfragen erfasst.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Erfasste Datenschutzanfragen, neueste zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Erfasst</th>
          <th scope="col">Art</th>
          <th scope="col">Anlass</th>
          <th scope="col">Stand</th>
          <th scope="col">Fundstellen</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={PATHS.privacyRequest(r.id)}>
                <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              </Link>
            </th>
            <td data-label="Art">{PRIVACY_KIND_TEXT[r.kind]}</td>
            <td data-label="Anlass">{r.reason}</td>
            <td data-label="Stand">{PRIVACY_STATUS_TEXT[r.status]}</td>
            <td data-label="Fundstellen">{r.status === 'searching' ? '–' : r.findingsTotal}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Access and erasure requests (GDPR Art. 15, 17) for one e-mail address, admins only: the form
 * records a request, a background job finds every place (a read of the whole table, never on a
 * request path), the request's page shows the findings, exports them and erases on confirmation.
 */
export function PrivacyRequestsPage() {
  return (
    <AdminOnly title={TITLE} denied={PRIVACY_ADMINS_ONLY}>
      <PageHeading>{TITLE}</PageHeading>
      <p>
        Auskunft und Löschung nach Art. 15 und 17 DSGVO für eine Person, gesucht nach ihrer E-Mail-Adresse.
        Beitrittserklärungen und Selbstbewertungen bleiben als Akten des Ministeriums erhalten; darin treten
        an die Stelle von Name und Adresse die Funktion und ein Platzhalter.
      </p>
      <NewRequestForm />
      <h2>Erfasste Anfragen</h2>
      <RequestList />
    </AdminOnly>
  );
}
