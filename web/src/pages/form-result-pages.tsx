import { type FormEvent, useEffect, useState } from 'react';
import { HandoverBody } from '../../../functions/forms/api-schemas';
import { PRINT_LINK_LABEL } from '../../../functions/questionnaire/accession-pages';
import { ApiError } from '../api/client';
import { formApi } from '../api/endpoints';
import { Link, Redirect } from '../app/router';
import { PATHS } from '../app/routes';
import { AccessionSummary } from '../components/accession-summary';
import { ErrorSummary } from '../components/error-summary';
import { TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { ReceiptFacts, SubmittedBanner } from '../components/receipt-facts';
import { Notice } from '../components/status';
import { useSubmit } from '../components/use-submit';
import { readStoredAnswers } from '../flows/accession-form';
import { readFormSession } from '../flows/form-session';
import type { ReadyForm } from '../flows/form-store';

/** After submitting: the receipt, what happens next, the printable declaration. */
export function FormDonePage({ form }: { form: ReadyForm }) {
  const latest = form.context.submissions.at(-1);
  if (!latest) return <Redirect to={PATHS.form} />;
  return (
    <>
      <SubmittedBanner heading="Beitrittserklärung abgegeben" submission={latest} />
      <p>
        Wir haben eine Eingangsbestätigung mit der vollständigen Erklärung per E-Mail an die Geschäftsführung
        und an die Ansprechperson Inklusion Ihres Jobcenters gesendet. Mit der Prüfsumme lässt sich später
        feststellen, dass die gespeicherte Erklärung unverändert ist.
      </p>
      <p>
        <Link to={PATHS.formPrint}>{PRINT_LINK_LABEL}</Link>
      </p>
      <h2>Wie es weitergeht</h2>
      <p>
        Das Ministerium prüft Ihre Erklärung und bestätigt den Beitritt per E-Mail. Bis dahin können Sie Ihre
        Angaben noch ändern und als neue Fassung einreichen.
      </p>
      <p>
        <Link to={PATHS.form}>Zur Übersicht des Formulars</Link>
      </p>
    </>
  );
}

/** The full declaration for the files, printable on A4 (see styles/print.css). */
export function FormPrintPage({ form }: { form: ReadyForm }) {
  const { context } = form;
  const latest = context.submissions.at(-1);
  const answers = context.latestSubmission ? readStoredAnswers(context.latestSubmission.answers) : undefined;
  return (
    <>
      <PageTitle title="Beitrittserklärung – Druckfassung" />
      <p className="no-print">
        <Link to={PATHS.form} className="back-link">
          Zurück zur Übersicht
        </Link>
      </p>
      <div className="declaration">
        <PageHeading caption="Anlage A3 zur Rahmenvereinbarung Inklusion">
          Beitrittserklärung des Jobcenters {context.jobcenter.name}
        </PageHeading>
        {!latest || !answers ? (
          <p>Es liegt noch keine abgegebene Erklärung vor.</p>
        ) : (
          <>
            <p>
              Das Jobcenter {context.jobcenter.name} tritt im Einvernehmen mit seinen Trägern der
              „Rahmenvereinbarung zur Verbesserung der beruflichen Integration von arbeitsuchenden Menschen
              mit Beeinträchtigungen in der Grundsicherung für Arbeitsuchende (SGB II)“ bei und wird Mitglied
              der Landesinitiative „NRW inklusiv“.
            </p>
            <ReceiptFacts submission={latest} show={{ version: true }} />
            <button type="button" className="button no-print" onClick={() => window.print()}>
              Drucken
            </button>
            <AccessionSummary answers={answers} jobcenter={context.jobcenter} />
            <p className="print-footer">
              {context.campaign.title} – Eingangsnummer {latest.receiptNumber} – Prüfsumme{' '}
              {latest.contentHash}
            </p>
          </>
        )}
      </div>
    </>
  );
}

const HANDOVER_FIELDS = { fromName: 'h-fromName', toName: 'h-toName', toEmail: 'h-toEmail' } as const;
const HANDOVER_LABELS = {
  fromName: 'Ihr Name',
  toName: 'Name der Kollegin oder des Kollegen',
  toEmail: 'E-Mail-Adresse der Kollegin oder des Kollegen',
} as const;
type HandoverField = keyof typeof HANDOVER_FIELDS;
type HandoverErrors = Partial<Record<HandoverField, string>>;

const SESSION_ENDED = 'Ihre Sitzung ist abgelaufen. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.';

/** "An Kollegin/Kollegen übergeben": a personal link for a colleague; the own link keeps working. */
export function FormHandoverPage({ form }: { form: ReadyForm }) {
  const [values, setValues] = useState({ fromName: '', toName: '', toEmail: '' });
  const [errors, setErrors] = useState<HandoverErrors>({});
  const submit = useSubmit();
  const [sent, setSent] = useState<{ toName: string; toEmail: string }>();
  useEffect(() => {
    if (sent) document.getElementById('uebergeben-titel')?.focus();
  }, [sent]);

  if (!form.context.editable) return <Redirect to={PATHS.form} />;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    const parsed = HandoverBody.safeParse(values);
    if (!parsed.success) {
      const next: HandoverErrors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as HandoverField] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    await submit.run(
      async () => {
        const token = readFormSession()?.token;
        if (!token) throw new ApiError(401, 'session_ended', SESSION_ENDED);
        await formApi.handover(token, parsed.data);
        setSent({ toName: parsed.data.toName, toEmail: parsed.data.toEmail });
        setValues({ fromName: '', toName: '', toEmail: '' });
      },
      (error) => {
        const next: HandoverErrors = {};
        for (const f of error.fields)
          if (f.field in HANDOVER_FIELDS) next[f.field as HandoverField] ??= f.message;
        setErrors(next);
        return Object.keys(next).length > 0;
      },
    );
  };

  const summary = [
    ...(submit.problem ? [{ text: submit.problem.message, href: `#${HANDOVER_FIELDS.fromName}` }] : []),
    ...(Object.keys(HANDOVER_FIELDS) as HandoverField[]).flatMap((f) =>
      errors[f] ? [{ text: `${HANDOVER_LABELS[f]}: ${errors[f]}`, href: `#${HANDOVER_FIELDS[f]}` }] : [],
    ),
  ];
  const field = (name: HandoverField) => ({
    id: HANDOVER_FIELDS[name],
    name,
    value: values[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <>
      <PageTitle title="An Kollegin oder Kollegen übergeben" hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <p>
        <Link to={PATHS.form} className="back-link">
          Zurück zur Übersicht
        </Link>
      </p>
      <PageHeading caption={`Jobcenter ${form.context.jobcenter.name}`}>
        An Kollegin oder Kollegen übergeben
      </PageHeading>
      {sent ? (
        <Notice kind="success" title="Link versendet" headingId="uebergeben-titel">
          <p>
            Wir haben {sent.toName} einen persönlichen Link an {sent.toEmail} gesendet. Ihr eigener Link
            funktioniert weiterhin; Sie arbeiten gemeinsam am selben Entwurf.
          </p>
          <p>
            <Link to={PATHS.form}>Zur Übersicht des Formulars</Link>
          </p>
        </Notice>
      ) : null}
      <p>
        Die Person erhält per E-Mail einen eigenen Link zum Formular Ihres Jobcenters. Bitte übergeben Sie nur
        an Personen in Ihrem Jobcenter.
      </p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <TextField
          {...field('fromName')}
          label={HANDOVER_LABELS.fromName}
          autoComplete="name"
          className="input-width-30"
        />
        <TextField
          {...field('toName')}
          label={HANDOVER_LABELS.toName}
          autoComplete="off"
          className="input-width-30"
        />
        <TextField
          {...field('toEmail')}
          label={HANDOVER_LABELS.toEmail}
          hint="Die dienstliche Adresse im Jobcenter"
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          className="input-width-30"
        />
        <button type="submit" className="button" disabled={submit.busy}>
          Link senden
        </button>
      </form>
    </>
  );
}
