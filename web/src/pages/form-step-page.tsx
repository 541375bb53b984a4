import { type FormEvent, useEffect, useRef } from 'react';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary, useFocusFieldFromHash } from '../components/error-summary';
import { ConflictPanel, SaveStatusLine } from '../components/form-status';
import { PageHeading, PageTitle } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { move, type Place } from '../flows/accession-flow';
import { describePath, fieldId, STEPS, type Step, stepOfPath } from '../flows/accession-form';
import { type AccessionForm, accessionStore } from '../flows/form-store';
import { STEP_FIELDS } from './accession-steps';

/** `?zurueck=pruefen`: opened from the check-answers page, so "continue" returns there. */
const RETURN_TO_CHECK = 'pruefen';
/** The address of a place in the flow. */
const pathOf = (place: Place): string =>
  place === 'pruefen' ? PATHS.formCheck : place === 'uebersicht' ? PATHS.form : PATHS.formStep(place);

export const stepLink = (step: string, options: { fromCheck?: boolean; field?: string } = {}): string =>
  `${PATHS.formStep(step)}${options.fromCheck ? `?zurueck=${RETURN_TO_CHECK}` : ''}${
    options.field ? `#${options.field}` : ''
  }`;

/**
 * One step of the Beitrittserklärung. "Speichern und weiter" saves the draft and checks this
 * step (GOV.UK: validate on submit): with a problem the step stays, with an error summary whose
 * links lead to the fields; the draft is saved either way, and the back and overview links still
 * lead away (the errors of an unfinished step are not carried to other pages).
 */
export function FormStepPage({ form, step }: { form: AccessionForm; step: Step }) {
  const { query } = useLocation();
  const fromCheck = query.get('zurueck') === RETURN_TO_CHECK;
  const index = STEPS.findIndex((s) => s.id === step.id);
  const ownField = (field: string) => stepOfPath(field)?.id === step.id;
  const stepErrors = form.errors.filter((e) => ownField(e.field));
  const Fields = STEP_FIELDS[step.id];
  const back = move({ place: step.id, fromCheck }, { kind: 'back' }, form.answers, []).at;
  const submit = useSubmit();
  const checked = useRef(false);

  useFocusFieldFromHash();
  // biome-ignore lint/correctness/useExhaustiveDependencies: clean up once, when the step is left
  useEffect(
    () => () => {
      if (checked.current) accessionStore.showStepErrors(ownField, []);
    },
    [],
  );

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const here = { place: step.id, fromCheck };
    const { at, problems } = move(here, { kind: 'save' }, form.answers, form.context.jobcenter.traeger);
    if (!submit.start()) return;
    await submit.run(() => accessionStore.saveNow());
    if (problems.length > 0) {
      checked.current = true;
      accessionStore.showStepErrors(ownField, problems);
      return;
    }
    navigate(pathOf(at.place));
  };

  return (
    <>
      <PageTitle title={`${step.title} – Beitrittserklärung`} hasErrors={stepErrors.length > 0} />
      {stepErrors.length > 0 ? (
        <ErrorSummary
          attempt={submit.attempt}
          errors={stepErrors.map((e) => ({
            text: `${describePath(e.field, form.answers)}: ${e.message}`,
            href: `#${fieldId(e.field)}`,
          }))}
        />
      ) : null}
      <p>
        <Link to={pathOf(back.place)} className="back-link">
          {fromCheck ? 'Zurück zur Prüfung der Angaben' : 'Zurück zur Übersicht'}
        </Link>
      </p>
      <PageHeading
        caption={`Schritt ${index + 1} von ${STEPS.length} – Jobcenter ${form.context.jobcenter.name}`}
      >
        {step.title}
      </PageHeading>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <form className="form form-wide" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <Fields form={form} />
        <div className="button-group">
          <button id="weiter" type="submit" className="button" disabled={submit.busy}>
            {fromCheck ? 'Speichern und zurück zur Prüfung' : 'Speichern und weiter'}
          </button>
          <Link to={PATHS.form}>Zur Übersicht</Link>
        </div>
      </form>
    </>
  );
}
