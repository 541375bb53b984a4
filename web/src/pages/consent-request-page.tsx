import { type FormEvent, useState } from 'react';
import * as z from 'zod';
import { consentApi } from '../api/consent-endpoints';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary } from '../components/error-summary';
import { TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Notice } from '../components/status';
import { SubmitProblem, useSubmit } from '../components/use-submit';

const EMAIL_ID = 'einwilligung-email';
const Email = z.email('Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@jobcenter.de.');

/**
 * Public: a Jobcenter asks for the link to withdraw (or give again) its consent to be named on the
 * public list. The link goes to its registered contacts; the answer is the same for every address.
 */
export function ConsentRequestPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [answer, setAnswer] = useState<string>();
  const submit = useSubmit();

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    const parsed = Email.safeParse(email.trim());
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    await submit.run(
      async () => setAnswer((await consentApi.requestLink(parsed.data)).message),
      (apiError) => {
        const field = apiError.fields.find((f) => f.field === 'email');
        if (field) setError(field.message);
        return Boolean(field);
      },
    );
  };

  const summary = error ? [{ text: error, href: `#${EMAIL_ID}` }] : [];
  return (
    <>
      <PageTitle title="Einwilligung zur Veröffentlichung ändern" hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <SubmitProblem submit={submit} />
      <PageHeading>Einwilligung zur Veröffentlichung ändern</PageHeading>
      <p className="lead">
        Beigetretene Jobcenter werden in der <Link to={PATHS.acceded}>öffentlichen Liste</Link> genannt, wenn
        sie zugestimmt haben. Ihr Jobcenter kann diese Einwilligung jederzeit widerrufen und auch wieder
        erteilen.
      </p>
      <p>
        Geben Sie dazu eine E-Mail-Adresse ein, die beim Ministerium als Kontakt Ihres Jobcenters hinterlegt
        ist. Wir senden einen Link an die hinterlegten Kontakte des Jobcenters; er ist 60 Minuten gültig.
        Einen schriftlichen Widerruf per Brief an das Ministerium erfassen wir ebenso.
      </p>
      <div role="status" aria-live="polite">
        {answer ? (
          <Notice title="Anfrage erhalten" kind="success">
            <p>{answer}</p>
          </Notice>
        ) : null}
      </div>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <TextField
          id={EMAIL_ID}
          name="email"
          label="E-Mail-Adresse Ihres Jobcenters"
          hint="Die Adresse der Geschäftsführung oder der Vertretung, die dem Ministerium vorliegt. Ihr Jobcenter müssen Sie nicht auswählen: Es ergibt sich aus der Adresse. Ist sie bei mehreren Jobcentern hinterlegt, erhält jedes einen eigenen Link."
          type="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          error={error}
          className="input-width-30"
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button">
          Link anfordern
        </button>
      </form>
      <p>
        Mehr zur Verarbeitung Ihrer Angaben: <Link to={PATHS.privacy}>Datenschutzhinweise</Link>.
      </p>
    </>
  );
}
