import { type FormEvent, useMemo, useState } from 'react';
import { type HandlungsfeldId, handlungsfeld } from '../../../functions/questionnaire/handlungsfelder';
import { previousValues } from '../../../functions/self-assessment/questionnaire/basis';
import { SECTION_STATUS_LABELS } from '../../../functions/self-assessment/questionnaire/check';
import type { FieldProblem } from '../api/client';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary, useFocusFieldFromHash } from '../components/error-summary';
import { ConflictPanel, SaveStatusLine } from '../components/form-status';
import { PageHeading, PageTitle } from '../components/page';
import { type Bound, CountField, QuestionField, RatingField } from '../components/self-assessment-fields';
import { CarriedMeasureFields, NewMeasures } from '../components/self-assessment-measures';
import { useSubmit } from '../components/use-submit';
import { type SelfAssessmentForm, selfAssessmentStore } from '../flows/form-store';
import {
  markDone,
  RETURN_TO_CHECK,
  STATUS_TAG,
  sectionErrors,
  sectionOf,
  statusOf,
} from '../flows/self-assessment';
import { describePath, doneButtonId, fieldId, hfOfPath, summaryText } from '../flows/self-assessment-labels';

/**
 * One Handlungsfeld of the self-assessment: the stage of each carried measure, new measures,
 * the indicators, the text questions and the self-rating, each beside last year's value with an
 * "unchanged since last year" confirmation. "Als erledigt markieren" runs the API's own section
 * check; errors appear in a focused summary on top and at each field.
 */
export const sectionLink = (hf: string, options: { fromCheck?: boolean; field?: string } = {}): string =>
  `${PATHS.formSection(hf)}${options.fromCheck ? `?zurueck=${RETURN_TO_CHECK}` : ''}${
    options.field ? `#${options.field}` : ''
  }`;

export function SelfAssessmentSectionPage({ form, hf }: { form: SelfAssessmentForm; hf: HandlungsfeldId }) {
  const { query } = useLocation();
  const fromCheck = query.get('zurueck') === RETURN_TO_CHECK;
  const { questionnaire: q, basis } = form.setup;
  const definition = sectionOf(q, hf);
  const info = handlungsfeld(hf);
  const section = form.answers.abschnitte?.[hf] ?? {};
  const previous = useMemo(() => previousValues(basis, hf), [basis, hf]);
  const ownErrors = form.errors.filter((e) => hfOfPath(e.field) === hf);
  // The summary lists the errors of the last attempt (or those brought along from the check page);
  // it does not change while the person fixes them, so it never takes focus away from a field.
  const [summary, setSummary] = useState<{ attempt: number; errors: FieldProblem[] }>(() => ({
    attempt: 0,
    errors: ownErrors,
  }));
  const submit = useSubmit();
  useFocusFieldFromHash();

  const idOf = (path: string) => fieldId(path, form.answers, q) ?? doneButtonId(hf);
  const errorOf = (id: string) => {
    const problem = ownErrors.find((e) => idOf(e.field) === id);
    return problem ? problem.message : undefined;
  };
  const bound: Bound = {
    form,
    hf,
    section,
    previous,
    lastYear: basis.previous?.year,
    idOf,
    errorOf,
  };
  const status = statusOf(form.setup, form.answers, hf);
  const back = fromCheck ? PATHS.formCheck : PATHS.form;

  const markDoneAndBack = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = sectionErrors(form.setup, form.answers, hf);
    if (errors.length > 0) {
      selfAssessmentStore.showErrors([...form.errors.filter((x) => hfOfPath(x.field) !== hf), ...errors]);
      setSummary((s) => ({ attempt: s.attempt + 1, errors }));
      return;
    }
    selfAssessmentStore.update((a) => markDone(a, hf), [`abschnitte.${hf}`, `erledigt.${hf}`]);
    if (await submit.run(() => selfAssessmentStore.saveNow())) navigate(back);
  };
  const saveAndBack = async () => {
    if (await submit.run(() => selfAssessmentStore.saveNow())) navigate(back);
  };

  const doneError = errorOf(doneButtonId(hf));
  const doneErrorId = `${doneButtonId(hf)}-error`;
  return (
    <>
      <PageTitle title={`Handlungsfeld ${info.nummer} – ${q.title}`} hasErrors={summary.errors.length > 0} />
      {summary.errors.length > 0 ? (
        <ErrorSummary
          key={summary.attempt}
          description="Das Handlungsfeld ist noch nicht vollständig. Bitte ergänzen oder korrigieren Sie:"
          errors={summary.errors.map((e) => ({
            text: summaryText(describePath(e.field, form.answers, q), e.message),
            href: `#${idOf(e.field)}`,
          }))}
        />
      ) : null}
      <p>
        <Link to={back} className="back-link">
          {fromCheck ? 'Zurück zur Prüfung der Angaben' : 'Zurück zur Übersicht'}
        </Link>
      </p>
      <PageHeading caption={`${q.title} – Jobcenter ${form.context.jobcenter.name}`}>
        Handlungsfeld {info.nummer}: {info.titel}
      </PageHeading>
      <p className="lead">{definition.intro}</p>
      <p className="section-status">
        Stand: <span className={`tag ${STATUS_TAG[status]}`}>{SECTION_STATUS_LABELS[status]}</span>
      </p>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <form className="form form-wide" noValidate onSubmit={markDoneAndBack} aria-busy={submit.busy}>
        <section className="sa-part" aria-labelledby="teil-massnahmen">
          <h2 id="teil-massnahmen">Stand Ihrer Maßnahmen</h2>
          {(section.massnahmen ?? []).length === 0 ? (
            <p className="muted">
              Aus der Beitrittserklärung und dem Vorjahr gibt es in diesem Handlungsfeld keine Maßnahmen.
            </p>
          ) : (
            <p>Welchen Stand haben diese Maßnahmen heute?</p>
          )}
          {(section.massnahmen ?? []).map((m, index) => (
            <CarriedMeasureFields key={m.id} bound={bound} measure={m} index={index} />
          ))}
        </section>
        <NewMeasures bound={bound} />
        <section className="section sa-part" aria-labelledby="teil-kennzahlen">
          <h2 id="teil-kennzahlen">Kennzahlen</h2>
          <p>
            Bitte geben Sie den Stand zum Ende des Berichtsjahres an. Schätzen Sie, wenn es keine genaue Zahl
            gibt.
          </p>
          {definition.indicators.map((indicator) => (
            <CountField key={indicator.id} bound={bound} indicator={indicator} />
          ))}
        </section>
        <section className="section sa-part" aria-labelledby="teil-fragen">
          <h2 id="teil-fragen">Fragen zum Handlungsfeld</h2>
          {definition.questions.map((question) => (
            <QuestionField key={question.id} bound={bound} question={question} />
          ))}
        </section>
        <section className="section sa-part" aria-labelledby="teil-bewertung">
          <h2 id="teil-bewertung">Selbsteinschätzung</h2>
          <RatingField bound={bound} />
        </section>
        {doneError ? (
          <p id={doneErrorId} className="error-message">
            <span className="visually-hidden">Fehler: </span>
            {doneError}
          </p>
        ) : null}
        <div className="button-group">
          <button
            id={doneButtonId(hf)}
            type="submit"
            className="button"
            disabled={submit.busy}
            aria-describedby={doneError ? doneErrorId : undefined}
          >
            Als erledigt markieren und zurück
          </button>
          <button
            id="speichern-zurueck"
            type="button"
            className="button button-secondary"
            disabled={submit.busy}
            onClick={() => void saveAndBack()}
          >
            {fromCheck ? 'Speichern und zurück zur Prüfung' : 'Speichern und zurück zur Übersicht'}
          </button>
        </div>
      </form>
    </>
  );
}
