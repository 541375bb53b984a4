import { type FormEvent, useEffect, useState } from 'react';
import { RecordsRequestBody } from '../../../functions/records/records-request';
import { recordsApi } from '../api/records-endpoints';
import { ErrorSummary } from '../components/error-summary';
import { TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Notice } from '../components/status';
import { useSubmit } from '../components/use-submit';

const FIELD_ID = 'f-email';
const LABEL = 'E-Mail-Adresse';

/**
 * Public: a Jobcenter asks for a link to its records (declaration, self-assessments as PDF) by
 * entering its registered e-mail address. The answer is the same whether the address is known.
 */
export function RecordsRequestPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [answer, setAnswer] = useState<string>();
  const submit = useSubmit();
  useEffect(() => {
    if (answer) document.getElementById('angefordert-titel')?.focus();
  }, [answer]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    const parsed = RecordsRequestBody.safeParse({ email: email.trim() });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Bitte eine gültige E-Mail-Adresse angeben.');
      return;
    }
    setError(undefined);
    await submit.run(
      async () => {
        setAnswer((await recordsApi.request(parsed.data.email)).message);
        setEmail('');
      },
      (problem) => {
        const fieldError = problem.fields.find((f) => f.field === 'email')?.message;
        if (fieldError) setError(fieldError);
        return Boolean(fieldError);
      },
    );
  };

  const summary = [
    ...(error ? [{ text: `${LABEL}: ${error}`, href: `#${FIELD_ID}` }] : []),
    ...(submit.problem ? [{ text: submit.problem.message, href: `#${FIELD_ID}` }] : []),
  ];
  return (
    <>
      <PageTitle title="Unterlagen anfordern" hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <PageHeading>Unterlagen anfordern</PageHeading>
      <p className="lead">
        Ihr Jobcenter kann seine Beitrittserklärung und jede abgegebene Selbstbewertung jederzeit als
        PDF-Dokument herunterladen, auch nach dem Ende einer Kampagne.
      </p>
      <p>
        Geben Sie die E-Mail-Adresse ein, die beim Ministerium als Kontakt Ihres Jobcenters hinterlegt ist.
        Wir senden an diese Adresse einen persönlichen Link zu Ihren Unterlagen, der 7 Tage gültig ist.
      </p>
      {answer ? (
        <Notice kind="success" title="Anfrage erhalten" headingId="angefordert-titel">
          <p>{answer}</p>
        </Notice>
      ) : null}
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <TextField
          id={FIELD_ID}
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={LABEL}
          hint="Die Adresse der Geschäftsführung oder der Vertretung, wie sie bei uns hinterlegt ist"
          value={email}
          error={error}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button" disabled={submit.busy}>
          Link anfordern
        </button>
      </form>
    </>
  );
}
