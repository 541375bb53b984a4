import type { FormEvent, ReactNode } from 'react';
import { Link, navigate, Redirect } from '../app/router';
import { PATHS } from '../app/routes';
import { type ReadyForm, storeOf } from '../flows/form-store';
import { ErrorSummary, type SummaryError } from './error-summary';
import { ConflictPanel, SaveStatusLine } from './form-status';
import { PageHeading, PageTitle } from './page';
import { Loading } from './status';
import { useSubmit } from './use-submit';

/**
 * The "check your answers" page of either form: error summary, the answers (children), and the
 * submit section. `noun` names the form in running text ("Erklärung", "Selbstbewertung").
 */
export function CheckAndSubmit({
  form,
  title,
  caption,
  noun,
  summary,
  submitHeading,
  submitLabel,
  declaration,
  children,
}: {
  form: ReadyForm;
  title: string;
  caption: string;
  noun: string;
  summary: SummaryError[];
  submitHeading: string;
  submitLabel: string;
  declaration: ReactNode;
  children: ReactNode;
}) {
  const submitted = form.context.submissions.length > 0;
  const submit = useSubmit();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    await submit.run(async () => {
      if (await storeOf(form).submit()) navigate(PATHS.formDone);
    });
  };

  if (!form.context.editable) return <Redirect to={PATHS.form} />;
  return (
    <>
      <PageTitle title={title} hasErrors={summary.length > 0} />
      {summary.length > 0 ? (
        <ErrorSummary
          attempt={submit.attempt}
          errors={summary}
          description={`Die ${noun} ist noch nicht vollständig. Bitte ergänzen oder korrigieren Sie diese Angaben:`}
        />
      ) : null}
      <p>
        <Link to={PATHS.form} className="back-link">
          Zurück zur Übersicht
        </Link>
      </p>
      <PageHeading caption={caption}>Angaben prüfen und abgeben</PageHeading>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      {children}
      <section className="section" aria-labelledby="abgabe">
        <h2 id="abgabe">{submitHeading}</h2>
        {declaration}
        {submitted ? (
          <p>Ihre Angaben werden als neue Fassung abgegeben; frühere Fassungen bleiben erhalten.</p>
        ) : null}
        {form.submitError ? (
          <div className="notice notice-error" role="alert">
            <h3 className="notice-title">Die {noun} wurde nicht abgegeben</h3>
            <p>{form.submitError}</p>
          </div>
        ) : null}
        <form noValidate onSubmit={onSubmit} aria-busy={form.submitting}>
          <button id="abgeben" type="submit" className="button" disabled={form.submitting}>
            {submitLabel}
          </button>
          {form.submitting ? <Loading>Die {noun} wird abgegeben …</Loading> : null}
        </form>
      </section>
    </>
  );
}
